import Foundation
import GoldenCore

/// The workspace's access token: what every route of `golden serve` but the sign-in page
/// requires, as `Authorization: Bearer <token>` or once, at sign-in, for a session cookie.
///
/// It comes from the environment (`GOLDEN_TOKEN`) when set, else from the file `.golden-token`
/// in the workspace, which `golden init` writes — and `golden serve` on first use — with
/// permissions 0600. It is compared in constant time, and never logged.
///
/// ```swift
/// let token = try AccessToken.resolve(workspace: config.directory)
/// token.matches(presented)   // constant time
/// ```
public struct AccessToken: Sendable {
    /// The token file's name inside the workspace.
    public static let fileName = ".golden-token"
    /// The environment variable that overrides the file.
    public static let environmentVariable = "GOLDEN_TOKEN"

    /// The secret, as UTF-8 bytes.
    let bytes: [UInt8]
    /// Where it came from: `GOLDEN_TOKEN` or the file's path (never the token itself).
    public let origin: String

    /// A token with the given secret text.
    public init(_ secret: String, origin: String = "given") {
        bytes = Array(secret.utf8)
        self.origin = origin
    }

    /// Whether `presented` is the token, compared in time that depends only on its length.
    public func matches(_ presented: some StringProtocol) -> Bool {
        Self.constantTimeEquals(Array(presented.utf8), bytes)
    }

    /// Whether `a` and `b` are equal, looking at every byte whatever the first difference.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }

    /// The token from `GOLDEN_TOKEN`, else from the workspace's token file, which is created
    /// (0600) when missing.
    ///
    /// - Throws: `io` when the file can neither be read nor created; `config` when it is empty.
    public static func resolve(
        workspace directory: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GoldenError) -> AccessToken {
        if let secret = environment[environmentVariable]?.trimmingCharacters(in: .whitespacesAndNewlines), !secret.isEmpty {
            return AccessToken(secret, origin: environmentVariable)
        }
        let path = directory + "/" + fileName
        if !FileManager.default.fileExists(atPath: path) { try create(in: directory) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw GoldenError(.io, "could not read the access token file", at: SourceLocation(file: path))
        }
        let secret = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !secret.isEmpty else {
            throw GoldenError(.config, "the access token file is empty; delete it to have a new one made", at: SourceLocation(file: path))
        }
        return AccessToken(secret, origin: path)
    }

    /// Writes a new random token to the workspace's token file, readable by its owner only.
    /// Does nothing when the file exists.
    ///
    /// - Returns: whether a file was written.
    /// - Throws: `io` when it cannot be written.
    @discardableResult
    public static func create(in directory: String) throws(GoldenError) -> Bool {
        let path = directory + "/" + fileName
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw GoldenError(.io, "could not create the access token file (errno \(errno))", at: SourceLocation(file: path))
        }
        defer { close(descriptor) }
        let line = Array((randomHex(bytes: 32) + "\n").utf8)
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count else {
            throw GoldenError(.io, "could not write the access token file", at: SourceLocation(file: path))
        }
        return true
    }

    /// `count` bytes from the system's secure random source, as lower-case hex.
    static func randomHex(bytes count: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(count * 2)
        for _ in 0..<count {
            let byte = UInt8.random(in: 0...255, using: &generator)
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
