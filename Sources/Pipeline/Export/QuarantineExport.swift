import Foundation
import GoldenCore
import GoldenIO
import Store

/// `golden export quarantine`: every quarantined row with its place, reason and raw bytes.
public enum QuarantineExport {
    public enum Format: Sendable { case csv, jsonl }

    static let columns = [
        "id", "run_id", "batch", "source", "file", "line", "element_path", "field", "reason", "message",
        "raw_encoding", "raw", "raw_truncated",
    ]

    /// Writes the export to `path` ("-" for standard output); returns the number of rows written.
    @discardableResult
    public static func write(configPath: String, format: Format, gzip: Bool, to path: String) throws(GoldenError) -> Int {
        let config = try WorkspaceConfig.load(path: configPath)
        let store = try GoldenStore(path: config.storePath)
        return try TableExport.write(
            columns: columns, format: format == .csv ? .csv : .jsonl, gzip: gzip, to: path
        ) { emit in
            try store.forEachQuarantined { stored in
                let row = stored.row
                let (encoding, raw) = rawText(row.raw)
                try emit([
                    String(stored.id), String(stored.runID), stored.batchID.map(String.init), row.source, row.file,
                    row.line.map(String.init), row.elementPath, row.field, row.reason.rawValue, row.message, encoding,
                    raw, row.rawTruncated ? "true" : "false",
                ])
            }
        }
    }

    /// The raw bytes as text when they are UTF-8, else base64.
    static func rawText(_ raw: [UInt8]) -> (String, String) {
        if let text = String(validating: raw, as: UTF8.self) { return ("utf-8", text) }
        return ("base64", Data(raw).base64EncodedString())
    }
}

/// One CSV line per RFC 4180: fields with a comma, quote or line break are quoted.
enum CSVLine {
    static func join(_ fields: [String]) -> String {
        fields.map { field in
            // On bytes and scalars, not Characters: a CR LF pair is one Character (equal to
            // neither "\r" nor "\n"), and so is a quote followed by a combining mark.
            guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
            var quoted = "\""
            for scalar in field.unicodeScalars {
                if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
                quoted.unicodeScalars.append(scalar)
            }
            return quoted + "\""
        }.joined(separator: ",")
    }
}

/// One JSON object per line, keys in the given order; nil values are JSON null.
enum JSONLine {
    static func object(_ pairs: [(String, String?)]) -> String {
        "{" + pairs.map { key, value in "\(quote(key)):\(value.map(quote) ?? "null")" }.joined(separator: ",") + "}"
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
