/// The blocking index of a full Match stage: each record's block keys, held flat — one list
/// of record ids and every record's `record_block_keys` blob (nine bytes a key) one after the
/// other — rather than an array per record: about 100 MB for a million records with ten keys
/// each, instead of three times that.
///
/// ```swift
/// var index = BlockIndexSnapshot()
/// index.append(recordID: 7, keys: [StoredBlockKey(rule: 0, key: 42)])
/// index.keys(at: 0)   // [StoredBlockKey(rule: 0, key: 42)]
/// ```
public struct BlockIndexSnapshot: Sendable {
    /// The records' ids, in the order appended.
    public private(set) var recordIDs: [Int64] = []
    /// Where each record's blob ends in ``bytes``.
    private var ends: [Int] = []
    /// The records' blobs, one after the other.
    private var bytes: [UInt8] = []

    /// An empty index.
    public init() {}

    /// The index of `recordKeys` (records without keys may be left out), in the given order.
    public init(recordKeys: [(recordID: Int64, keys: [StoredBlockKey])]) {
        for (recordID, keys) in recordKeys { append(recordID: recordID, keys: keys) }
    }

    /// The number of records.
    public var count: Int { recordIDs.count }

    /// Appends a record and its keys.
    ///
    /// - Complexity: amortized O(*k*) for *k* keys.
    public mutating func append(recordID: Int64, keys: some Collection<StoredBlockKey>) {
        bytes.append(contentsOf: StoredBlockKey.blob(keys))
        recordIDs.append(recordID)
        ends.append(bytes.count)
    }

    /// Appends the records of `other`, after this one's.
    ///
    /// - Complexity: O(*m*) in the size of `other`.
    public mutating func append(contentsOf other: BlockIndexSnapshot) {
        let base = bytes.count
        bytes.append(contentsOf: other.bytes)
        recordIDs.append(contentsOf: other.recordIDs)
        ends.append(contentsOf: other.ends.lazy.map { $0 + base })
    }

    /// The keys of the record at `position`, in the order appended.
    public func keys(at position: Int) -> [StoredBlockKey] { StoredBlockKey.keys(blob: blob(at: position)) ?? [] }

    /// The `record_block_keys` blob of the record at `position`.
    func blob(at position: Int) -> ArraySlice<UInt8> {
        bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]]
    }

    /// The positions in ascending record-id order; `nil` when they are in that order already.
    ///
    /// - Complexity: O(*n*) when in order, else O(*n* log *n*).
    func order() -> [Int]? {
        if recordIDs.indices.dropFirst().allSatisfy({ recordIDs[$0 - 1] <= recordIDs[$0] }) { return nil }
        return recordIDs.indices.sorted { recordIDs[$0] < recordIDs[$1] }
    }
}
