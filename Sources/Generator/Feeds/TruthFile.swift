import GoldenIO

/// `truth.csv`: `source,record_key,entity_id`, one row per source record written, keys exactly
/// as the feed mappings compute them.
final class TruthFile {
    static let header = "source,record_key,entity_id\n"
    private let sink: FileWriter
    private var buffer: [UInt8] = []
    private(set) var rows = 0

    init(root: String) throws {
        try makeDirectories(root)
        sink = try FileWriter(path: root + "/truth.csv")
        try sink.write(Self.header)
        buffer.reserveCapacity(1 << 16)
    }

    /// Adds the row for one record.
    func add(_ source: GeneratedSource, key: String, entity: String) throws {
        buffer.append(source.rawValue)
        buffer.append(UInt8(ascii: ","))
        buffer.appendCSVField(key, delimiter: UInt8(ascii: ","))
        buffer.append(UInt8(ascii: ","))
        buffer.append(entity)
        buffer.append(UInt8(ascii: "\n"))
        rows += 1
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
