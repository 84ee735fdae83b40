/// Every record's block keys under a blocker's rules, in one flat list: what a blocking index
/// kept between runs stores, so that records arriving later can find the blocks they share with
/// the records already there (``BlockDelta``).
///
/// ```swift
/// let keys = Blocker(settings: settings).blockKeys(of: records, threads: 2)
/// for key in keys.keys(of: 0) { print(key.rule, key.hash) }   // record 0's blocks
/// ```
public struct RecordBlockKeys: Sendable {
    /// One block: a rule (its position in the blocker's rules) and the hash of its key values.
    public struct Key: Hashable, Comparable, Sendable {
        public var rule: Int
        public var hash: UInt64

        public init(rule: Int, hash: UInt64) {
            self.rule = rule
            self.hash = hash
        }

        public static func < (x: Key, y: Key) -> Bool { x.rule != y.rule ? x.rule < y.rule : x.hash < y.hash }
    }

    /// The keys of all records, record after record; a record's keys rule by rule, ascending.
    public private(set) var all: [Key] = []
    /// Where each record's keys start in ``all``, then the end.
    public private(set) var starts: [Int] = [0]

    public init() {}

    /// The number of records.
    public var count: Int { starts.count - 1 }

    /// The keys of the record at `position`.
    public func keys(of position: Int) -> ArraySlice<Key> { all[starts[position]..<starts[position + 1]] }

    /// Appends the keys of the next record.
    mutating func append(_ keys: some Sequence<Key>) {
        all.append(contentsOf: keys)
        starts.append(all.count)
    }

    /// Appends the records of `other`, after this one's.
    mutating func append(contentsOf other: RecordBlockKeys) {
        let base = all.count
        all.append(contentsOf: other.all)
        starts.append(contentsOf: other.starts.dropFirst().map { $0 + base })
    }
}

extension Blocker {
    /// The version of the block-key hashes: a blocking index written under another version (or
    /// other rules) must be rebuilt, not extended.
    public static let keyVersion = 1

    /// Each record's distinct block keys under every rule (a record without a value of one of a
    /// rule's keys has none under it), the same keys ``candidates(in:threads:)`` groups by.
    ///
    /// - Parameter range: the positions of the records whose keys are wanted (all by default);
    ///   the result's record 0 is the range's first.
    /// - Complexity: O(*n*) in the records' key values; stretches of records in parallel.
    public func blockKeys(of records: [MatchRecord], in range: Range<Int>? = nil, threads: Int = 1) -> RecordBlockKeys {
        let all = range ?? records.indices
        let stretches = threads <= 1 ? 1 : min(threads * 4, max(1, all.count / 4096))
        let parts = Workers.map(jobs: stretches, threads: threads) { stretch, _ in
            let range = (all.lowerBound + all.count * stretch / stretches)..<(all.lowerBound + all.count * (stretch + 1) / stretches)
            let ruleKeys = RuleKeys(rules)
            var part = RecordBlockKeys()
            var keys: [RecordBlockKeys.Key] = []
            records.withUnsafeBufferPointer { records in
                for index in range {
                    keys.removeAll(keepingCapacity: true)
                    ruleKeys.forEachKey(of: records.baseAddress! + index) { rule, hash in
                        keys.append(RecordBlockKeys.Key(rule: rule, hash: hash))
                    }
                    part.append(keys)
                }
            }
            return part
        }
        var result = RecordBlockKeys()
        for part in parts { result.append(contentsOf: part) }
        return result
    }
}
