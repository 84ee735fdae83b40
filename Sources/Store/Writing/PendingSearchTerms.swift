import Foundation
import GRDB

/// The search terms a merge run has yet to insert into `golden_search`, kept until the end of
/// the run and then inserted at once in the order of the table's key.
///
/// Each batch's terms scatter over the whole (field, term) key space, so inserting them batch by
/// batch dirtied most of the table's pages every batch: at 1M records (2.3M terms, a 64 MiB
/// table and its 64 MiB sequence index, the size of the page cache) that spilled and rewrote
/// pages all run long. Held here, the terms take 16 bytes each plus their text, and the insert
/// appends to the table.
struct PendingSearchTerms {
    /// One term: its text is `bytes[offset ..< offset + length]`.
    private struct Entry {
        var sequence: Int64
        var offset: UInt32
        var length: UInt16
        /// The field's position in ``fields`` (the order of its name).
        var field: UInt8
    }

    /// The fields in the order of their names, the order of `golden_search`'s key.
    private static let fields = GoldenStore.SearchField.allCases.sorted { $0.rawValue < $1.rawValue }

    /// Above this many pending terms, the sequence index is dropped while they are inserted and
    /// built again afterwards: one sort instead of a random insert per term.
    var rebuildIndexAbove = 200_000

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []

    var count: Int { entries.count }

    /// Adds the terms of the golden record `sequence`. A term too long to hold (64 KiB) is
    /// inserted straight away; the held ones are flushed first when the text would pass 4 GiB.
    mutating func append(_ terms: [GoldenSearchTerm], of sequence: Int64, _ db: Database) throws {
        for term in terms {
            let field = UInt8(Self.fields.firstIndex(of: term.field)!)
            let length = term.term.utf8.count
            guard length <= Int(UInt16.max) else {
                try Self.insertion(db).insert(count: 1) { statement, _, first in
                    statement.bind(term.field.rawValue, at: first)
                    statement.bind(term.term, at: first + 1)
                    statement.bind(sequence, at: first + 2)
                }
                continue
            }
            if bytes.count + length > Int(UInt32.max) { try flush(db) }
            entries.append(Entry(sequence: sequence, offset: UInt32(bytes.count), length: UInt16(length), field: field))
            bytes.append(contentsOf: term.term.utf8)
        }
    }

    /// Inserts every pending term in key order (a term already stored is left as it is) and
    /// forgets them.
    mutating func flush(_ db: Database) throws {
        guard !entries.isEmpty else { return }
        var entries = self.entries
        let bytes = self.bytes
        self.entries = []
        self.bytes = []
        bytes.withUnsafeBufferPointer { text in
            entries.sort { lhs, rhs in
                if lhs.field != rhs.field { return lhs.field < rhs.field }
                let common = Int(min(lhs.length, rhs.length))
                let order =
                    common == 0 ? 0 : memcmp(text.baseAddress! + Int(lhs.offset), text.baseAddress! + Int(rhs.offset), common)
                if order != 0 { return order < 0 }
                if lhs.length != rhs.length { return lhs.length < rhs.length }
                return lhs.sequence < rhs.sequence
            }
        }
        let rebuild = entries.count > rebuildIndexAbove
        if rebuild { try db.execute(sql: "DROP INDEX IF EXISTS golden_search_on_sequence") }
        let fields = Self.fields
        try bytes.withUnsafeBufferPointer { text in
            try Self.insertion(db).insert(count: entries.count) { statement, index, first in
                let entry = entries[index]
                statement.bind(fields[Int(entry.field)].rawValue, at: first)
                statement.bind(utf8: UnsafeBufferPointer(rebasing: text[Int(entry.offset) ..< Int(entry.offset) + Int(entry.length)]), at: first + 1)
                statement.bind(entry.sequence, at: first + 2)
            }
        }
        if rebuild { try db.create(index: "golden_search_on_sequence", on: "golden_search", columns: ["sequence"], ifNotExists: true) }
    }

    /// Inserts rows of `(field, term, sequence)`, leaving a term already stored as it is.
    private static func insertion(_ db: Database) -> MultiRowInsert {
        MultiRowInsert(db, into: "golden_search", columns: ["field", "term", "sequence"], suffix: "ON CONFLICT DO NOTHING")
    }
}
