import Foundation
import GoldenCore
import Ingest

/// Bytes in memory, handed out `chunkSize` bytes at a time (1 exercises every buffer boundary).
final class ScriptedByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0
    /// Throw this once `failAfter` bytes were read, to test source failures.
    private let failure: (any Error)?
    private let failAfter: Int

    init(_ bytes: [UInt8], chunkSize: Int = 64 * 1024, failure: (any Error)? = nil, failAfter: Int = .max) {
        self.bytes = bytes
        self.chunkSize = chunkSize
        self.failure = failure
        self.failAfter = failAfter
    }

    convenience init(_ text: String, chunkSize: Int = 64 * 1024) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if let failure, offset >= failAfter { throw failure }
        let count = min(buffer.count, chunkSize, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
        }
        offset += count
        return count
    }
}

/// Everything one reading produced: the records before the end or the error, and the error.
struct XMLReading {
    var records: [XMLRecord] = []
    var error: GoldenError?

    /// Reads `bytes` to the end (or the first error) with records named `record`.
    init(_ bytes: [UInt8], record: XMLName = XMLName(localName: "member"), chunkSize: Int = 64 * 1024) {
        do {
            let reader = try XMLRecordReader(
                source: ScriptedByteSource(bytes, chunkSize: chunkSize), file: "test.xml", record: record)
            while let next = try reader.next() { records.append(next) }
            // After the end (or a throw) the reader keeps answering nil.
            if try reader.next() != nil { error = GoldenError(.parse, "next() after the end returned a record") }
        } catch {
            self.error = error
        }
    }

    init(_ text: String, record: XMLName = XMLName(localName: "member"), chunkSize: Int = 64 * 1024) {
        self.init(Array(text.utf8), record: record, chunkSize: chunkSize)
    }

    /// Values at `path` (no namespace prefixes) for every record.
    func values(_ path: String, namespaces: [String: String] = [:]) -> [[String]] {
        guard let path = try? XMLPath(parsing: path, namespaces: namespaces) else { return [] }
        return records.map { $0.values(at: path) }
    }
}

/// A committed input under `Tests/IngestTests/Inputs/`.
func inputBytes(_ name: String) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Inputs") else {
        throw GoldenError(.io, "missing test input \(name)")
    }
    return Array(try Data(contentsOf: url))
}

/// `count` member records in a `<members>` root, one line each after the two header lines.
func generatedMembers(_ count: Int, namespace: String? = nil) -> String {
    var text = "<?xml version=\"1.0\"?>\n<members\(namespace.map { " xmlns=\"\($0)\"" } ?? "")>\n"
    for index in 1...max(count, 1) where count > 0 {
        text += "  <member id=\"\(index)\"><name>N\(index)</name></member>\n"
    }
    return text + "</members>\n"
}

/// Runs `body` with stderr redirected to a file and returns what was written to stderr.
func capturingStandardError(_ body: () -> Void) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("golden-stderr-\(UUID()).txt")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let handle = try FileHandle(forWritingTo: url)
    fflush(nil)
    let saved = dup(2)
    dup2(handle.fileDescriptor, 2)
    body()
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    try handle.close()
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
}
