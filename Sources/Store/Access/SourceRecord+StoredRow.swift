import GRDB
import GoldenCore

extension SourceRecord {
    /// Decodes a row of ``GoldenStore/selectRecords``.
    init(storedRow row: Row) throws {
        self.init(
            source: try row.decode(String.self, atIndex: 0),
            key: try row.decode(String.self, atIndex: 1),
            observedAt: try row.decode(Int64?.self, atIndex: 2).map(Timestamp.init(secondsSinceEpoch:)),
            fields: try row.decodeFields(atIndex: 3, column: "source_records.fields"),
            lineage: Lineage(
                file: try row.decode(String.self, atIndex: 4),
                line: try row.decode(Int?.self, atIndex: 5),
                elementPath: try row.decode(String?.self, atIndex: 6),
                batch: try row.decode(Int64.self, atIndex: 7)))
    }
}

extension Event {
    /// Decodes a row of ``GoldenStore/selectEvents``.
    init(storedRow row: Row) throws {
        let kind = try EventKind(stored: try row.decode(String.self, atIndex: 4))
        self.init(
            source: try row.decode(String.self, atIndex: 0),
            key: try row.decode(String.self, atIndex: 1),
            subjectSource: try row.decode(String.self, atIndex: 2),
            subjectKey: try row.decode(String.self, atIndex: 3),
            kind: kind,
            occurredAt: try row.decode(Int64?.self, atIndex: 5).map(Timestamp.init(secondsSinceEpoch:)),
            amount: try row.decode(Int64?.self, atIndex: 6).map(Amount.init(tenThousandths:)),
            currency: try row.decode(String?.self, atIndex: 7),
            attributes: try row.decodeFields(atIndex: 8, column: "events.attributes"),
            lineage: Lineage(
                file: try row.decode(String.self, atIndex: 9),
                line: try row.decode(Int?.self, atIndex: 10),
                elementPath: try row.decode(String?.self, atIndex: 11),
                batch: try row.decode(Int64.self, atIndex: 12)))
    }
}

extension EventKind {
    /// The kind stored in `events.kind`.
    ///
    /// - Throws: ``GoldenError`` (`store`) for a value this program does not know.
    init(stored text: String) throws(GoldenError) {
        guard let kind = EventKind(rawValue: text) else {
            throw GoldenError(.store, "Unknown value in events.kind; is the store newer than this program?")
        }
        self = kind
    }

    /// The kinds by their stored bytes.
    private static let storedBytes = allCases.map { (bytes: Array($0.rawValue.utf8), kind: $0) }

    /// The kind whose stored text is `bytes` (UTF-8), found without making a `String`.
    ///
    /// - Throws: ``GoldenError`` (`store`) for a value this program does not know.
    init(stored bytes: UnsafeBufferPointer<UInt8>) throws(GoldenError) {
        for entry in Self.storedBytes where entry.bytes.count == bytes.count && entry.bytes.elementsEqual(bytes) {
            self = entry.kind
            return
        }
        throw GoldenError(.store, "Unknown value in events.kind; is the store newer than this program?")
    }
}

extension Row {
    /// The ``FieldCodec`` list in column `index`.
    ///
    /// - Throws: ``GoldenError`` naming `column` and the byte offset, never the text.
    func decodeFields(atIndex index: Int, column: String) throws -> [Field] {
        let text = try decode(String.self, atIndex: index)
        do {
            return try FieldCodec.decode(text)
        } catch {
            throw GoldenError(.store, "Malformed \(column) in the store", cause: error)
        }
    }
}
