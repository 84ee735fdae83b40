import Foundation

/// ProgressLog lines for people: written to standard error, only when it is a terminal (or when asked).
/// Never carries personal data: file names and counts only.
public struct ProgressLog: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// On when standard error is a terminal.
    public static var automatic: ProgressLog { ProgressLog(enabled: isatty(2) == 1) }
    public static let silent = ProgressLog(enabled: false)

    public func note(_ line: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
