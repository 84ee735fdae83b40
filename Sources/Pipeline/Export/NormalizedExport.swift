import Foundation
import GoldenCore
import GoldenIO
import Store

/// `golden export normalized`: every normalized record as one JSON object per line, in record-id
/// order — the typed values beside their raw text, and the findings — for inspection and for
/// tools downstream. Keys are snake_case; absent values are left out.
public enum NormalizedExport {
    /// Writes the export to `path` ("-" for standard output); returns the number of records written.
    @discardableResult
    public static func write(configPath: String, gzip: Bool, to path: String) throws(GoldenError) -> Int {
        let config = try WorkspaceConfig.load(path: configPath)
        let store = try GoldenStore(path: config.storePath)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var count = 0
        try TableExport.withSink(path: path, gzip: gzip) { sink in
            try store.forEachNormalized { id, record in
                var line = try encoder.encode(Line(recordID: id, record: record))
                line.append(UInt8(ascii: "\n"))
                try sink.write(line)
                count += 1
            }
        }
        return count
    }

    /// The record with its id first.
    struct Line: Encodable {
        var recordID: Int64
        var record: NormalizedRecord

        enum CodingKeys: String, CodingKey { case recordID }

        func encode(to encoder: any Encoder) throws {
            try record.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(recordID, forKey: .recordID)
        }
    }
}
