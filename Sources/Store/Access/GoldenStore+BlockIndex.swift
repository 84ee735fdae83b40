import Foundation
import GRDB
import GoldenCore

/// Reads for an incremental Match stage: its state, its queue, the blocking index, and the
/// records and pairs around the records that changed.
extension GoldenStore {
    /// The model version and settings fingerprint the stored match results were made with;
    /// `nil` before the first Match stage of this store version.
    public func matchState() throws(GoldenError) -> MatchState? {
        try readSnapshot("Could not read the match state") { db in
            try Row.fetchOne(db, sql: "SELECT model_version, fingerprint FROM match_state WHERE id = 1").map {
                MatchState(modelVersion: try $0.decode(Int64.self, atIndex: 0), fingerprint: try $0.decode(String.self, atIndex: 1))
            }
        }
    }

    /// The records the Match stage must revisit (normalized anew, or named by a changed steward
    /// constraint), ascending.
    public func matchQueue() throws(GoldenError) -> [Int64] {
        try readSnapshot("Could not read the match queue") { db in
            try Int64.fetchAll(db, sql: "SELECT record_id FROM match_queue ORDER BY record_id")
        }
    }

    /// The encoded normalized records of `ids` that are normalized, in record-id order.
    public func normalizedPayloads(ids: [Int64]) throws(GoldenError) -> [EncodedNormalizedRow] {
        try readSnapshot("Could not read normalized records") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT n.payload, s.source, s.key, n.record_id
                    FROM normalized_records n JOIN source_records s ON s.id = n.record_id
                    WHERE n.record_id IN (SELECT value FROM json_each(?)) ORDER BY n.record_id
                    """,
                arguments: [Self.jsonList(ids)])
            var result: [EncodedNormalizedRow] = []
            result.reserveCapacity(ids.count)
            while let row = try rows.next() {
                result.append(
                    EncodedNormalizedRow(
                        recordID: try row.decode(Int64.self, atIndex: 3), source: try row.decode(String.self, atIndex: 1),
                        key: try row.decode(String.self, atIndex: 2), payload: [UInt8](try row.decode(Data.self, atIndex: 0))))
            }
            return result
        }
    }

    /// The indexed block keys of those of `ids` that are in the blocking index.
    public func blockKeys(of ids: [Int64]) throws(GoldenError) -> [Int64: [StoredBlockKey]] {
        try readSnapshot("Could not read the blocking index") { db in
            var result: [Int64: [StoredBlockKey]] = [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT record_id, keys FROM record_block_keys WHERE record_id IN (SELECT value FROM json_each(?))",
                arguments: [Self.jsonList(ids)])
            while let row = try rows.next() {
                let id = try row.decode(Int64.self, atIndex: 0)
                guard let keys = StoredBlockKey.keys(blob: try row.decode(Data.self, atIndex: 1)) else {
                    throw GoldenError(.store, "The blocking index entry of record \(id) is malformed")
                }
                result[id] = keys
            }
            return result
        }
    }

    /// The records indexed under each of `keys`, ascending, in the order of `keys`: one pass
    /// over the index's blobs, checking each key against `keys`.
    ///
    /// - Complexity: O(*k*) for the *k* keys of all indexed records.
    public func blockMembers(_ keys: [StoredBlockKey]) throws(GoldenError) -> [[Int64]] {
        let slots = KeySlots(keys)
        var members = [[Int64]](repeating: [], count: keys.count)
        try readSnapshot("Could not read the blocking index") { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT record_id, keys FROM record_block_keys ORDER BY record_id")
            while let row = try rows.next() {
                let record = try row.decode(Int64.self, atIndex: 0)
                // The blob is read in place: the bytes are valid only inside the closure.
                let wellFormed = try row.withUnsafeData(atIndex: 1) { data -> Bool in
                    guard let data else { return true }
                    return data.withUnsafeBytes { blob in
                        guard blob.count % 9 == 0 else { return false }
                        var offset = 0
                        while offset < blob.count {
                            let hash = UInt64(littleEndian: blob.loadUnaligned(fromByteOffset: offset + 1, as: UInt64.self))
                            let slot = slots.slot(rule: blob[offset], hash: hash)
                            if slot >= 0 { members[slot].append(record) }
                            offset += 9
                        }
                        return true
                    }
                }
                guard wellFormed else { throw GoldenError(.store, "The blocking index entry of record \(record) is malformed") }
            }
        }
        return members
    }

    /// The stored pairs with at least one record among `ids`, each once.
    public func matchPairs(touching ids: [Int64]) throws(GoldenError) -> [StoredMatchPair] {
        try readSnapshot("Could not read the match pairs") { db in
            try StoredMatchPair.fetchAll(
                db,
                sql: """
                    SELECT * FROM match_pairs WHERE record_a IN (SELECT value FROM json_each(?1))
                    UNION
                    SELECT * FROM match_pairs WHERE record_b IN (SELECT value FROM json_each(?1))
                    """,
                arguments: [Self.jsonList(ids)])
        }
    }

    /// The records of the clusters of `ids`, with their cluster ids, by record id.
    public func clusterMembers(ofRecords ids: [Int64]) throws(GoldenError) -> [(recordID: Int64, clusterID: Int64)] {
        try groupMembers(of: ids, table: "match_clusters", group: "cluster_id", what: "the clusters")
    }

    /// Every `(record_id, group)` row of `table` whose group holds one of `ids`, by record id:
    /// the whole clusters, or golden records, of a few records. `table` and `group` are the
    /// store's own names, never input.
    func groupMembers(of ids: [Int64], table: String, group: String, what: String) throws(GoldenError) -> [(Int64, Int64)] {
        try readSnapshot("Could not read \(what)") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT record_id, \(group) FROM \(table) WHERE \(group) IN (
                        SELECT \(group) FROM \(table) WHERE record_id IN (SELECT value FROM json_each(?)))
                    ORDER BY record_id
                    """,
                arguments: [Self.jsonList(ids)]
            ).map { (try $0.decode(Int64.self, atIndex: 0), try $0.decode(Int64.self, atIndex: 1)) }
        }
    }
}

/// The positions of a few block keys, by open addressing on the keys' own hash bits: the blob
/// scan of ``GoldenStore/blockMembers(_:)`` looks up every indexed key, millions of them.
private struct KeySlots {
    private var rules: [UInt8]
    private var hashes: [UInt64]
    private var slots: [Int]
    private let mask: Int

    init(_ keys: [StoredBlockKey]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        rules = [UInt8](repeating: 0, count: capacity)
        hashes = [UInt64](repeating: 0, count: capacity)
        slots = [Int](repeating: -1, count: capacity)
        for (slot, key) in keys.enumerated() {
            let hash = UInt64(bitPattern: key.key)
            var index = Self.start(UInt8(key.rule), hash) & mask
            while slots[index] >= 0 && !(rules[index] == UInt8(key.rule) && hashes[index] == hash) { index = (index + 1) & mask }
            (rules[index], hashes[index], slots[index]) = (UInt8(key.rule), hash, slot)
        }
    }

    /// Where the key hashes first: its bits are a hash already; the rule is mixed in.
    private static func start(_ rule: UInt8, _ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (UInt64(rule) &* 0x9E37_79B9_7F4A_7C15)) >> 7)
    }

    /// The position of the key `rule`, `hash` among the keys given, or -1.
    func slot(rule: UInt8, hash: UInt64) -> Int {
        var index = Self.start(rule, hash) & mask
        while true {
            let slot = slots[index]
            if slot < 0 { return -1 }
            if hashes[index] == hash && rules[index] == rule { return slot }
            index = (index + 1) & mask
        }
    }
}

