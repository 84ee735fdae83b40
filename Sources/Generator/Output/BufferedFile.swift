import GoldenIO

/// A plain file written through a 64 KiB buffer: `truth.csv`, `stories.csv`.
final class BufferedFile {
    private let sink: FileWriter
    private var buffer: [UInt8] = []

    /// Creates `path` (and the directories above it under `root`) and writes `header`.
    init(root: String, name: String, header: String) throws {
        try makeDirectories(root)
        sink = try FileWriter(path: root + "/" + name)
        try sink.write(header)
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends bytes, writing the buffer out when it is full.
    func append(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func close() throws {
        try flush()
        try sink.close()
    }

    private func flush() throws {
        try sink.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
