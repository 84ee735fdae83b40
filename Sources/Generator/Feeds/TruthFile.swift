/// `truth.csv`: `source,record_key,entity_id`, one row per source record written, keys exactly
/// as the feed mappings compute them.
final class TruthFile {
    static let header = "source,record_key,entity_id\n"
    private let file: BufferedFile
    private(set) var rows = 0

    init(root: String) throws {
        file = try BufferedFile(root: root, name: "truth.csv", header: Self.header)
    }

    /// Adds the row for one record.
    func add(_ source: GeneratedSource, key: String, entity: String) throws {
        var row = Array(source.rawValue.utf8)
        row.append(UInt8(ascii: ","))
        row.appendCSVField(key, delimiter: UInt8(ascii: ","))
        row.append(UInt8(ascii: ","))
        row.append(entity)
        row.append(UInt8(ascii: "\n"))
        try file.append(row)
        rows += 1
    }

    func close() throws { try file.close() }
}
