extension BlockingRule {
    /// The most block keys one rule gives one record: the cross product of its keys' values
    /// (two given names × two e-mails …) is cut after this many combinations.
    public static let maxKeysPerRecord = 16
}

/// The block keys of a few rules, record after record, in buffers reused between records.
///
/// A record's keys under a rule are the combined hashes of the cross product of its keys' values
/// (in the rule's key order), distinct, at most ``BlockingRule/maxKeysPerRecord``; a record
/// without a value of any one key has none. A key that several rules share (`date_of_birth` in
/// three of the defaults) is read once per record.
final class RuleKeys {
    /// The distinct keys of all rules.
    private let keys: [BlockingKey]
    private let seeds: [UInt64]
    /// Each rule's keys as positions in ``keys``, rule after rule.
    private let ruleKeys: [Int]
    /// Where each rule's keys start in ``ruleKeys``, then the end.
    private let ruleStarts: [Int]
    /// The current record's values: ``BlockingKey/maxValuesPerRecord`` slots per key.
    private let values: UnsafeMutablePointer<UInt64>
    /// How many slots of each key are in use.
    private let counts: UnsafeMutablePointer<Int>
    private let product: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>

    /// Slots per key and in each product buffer: room for ``BlockingKey/maxValuesPerRecord`` and
    /// ``BlockingRule/maxKeysPerRecord`` (a constant, not a lazily initialized `static let`, which
    /// would cost a check per use in the key pass).
    private static var slots: Int { 16 }

    init(_ rules: [BlockingRule]) {
        var keys: [BlockingKey] = []
        var ruleKeys: [Int] = []
        var ruleStarts = [0]
        for rule in rules {
            for key in rule.keys {
                if let index = keys.firstIndex(of: key) {
                    ruleKeys.append(index)
                } else {
                    ruleKeys.append(keys.count)
                    keys.append(key)
                }
            }
            ruleStarts.append(ruleKeys.count)
        }
        self.keys = keys
        self.ruleKeys = ruleKeys
        self.ruleStarts = ruleStarts
        seeds = keys.map(\.seed)
        values = .allocate(capacity: keys.count * Self.slots)
        counts = .allocate(capacity: keys.count)
        product = .allocate(capacity: Self.slots)
        next = .allocate(capacity: Self.slots)
    }

    deinit {
        values.deallocate()
        counts.deallocate()
        product.deallocate()
        next.deallocate()
    }

    /// Calls `body(rule, key)` with each rule's distinct block keys of the record, rules in
    /// order, a rule's keys ascending.
    ///
    /// - Complexity: O(*n*) in the length of the record's values of the rules' attributes.
    @inline(__always)
    func forEachKey(of record: UnsafePointer<MatchRecord>, _ body: (_ rule: Int, _ key: UInt64) -> Void) {
        for index in keys.indices {
            var sink = HashSink(values + index * Self.slots, capacity: BlockingKey.maxValuesPerRecord)
            keys[index].appendHashes(of: record, seed: seeds[index], into: &sink)
            counts[index] = sink.count
        }
        for rule in 0..<(ruleStarts.count - 1) {
            let (keys, count) = combine(ruleStarts[rule]..<ruleStarts[rule + 1])
            switch count {
            case 0: continue
            case 1: body(rule, keys[0])
            default: Self.forEachDistinct(keys, count) { body(rule, $0) }
            }
        }
    }

    /// The combined hashes of the cross product of the values of the keys at `positions` of
    /// ``ruleKeys``: where they are and how many.
    @inline(__always)
    private func combine(_ positions: Range<Int>) -> (UnsafeMutablePointer<UInt64>, Int) {
        let first = ruleKeys[positions.lowerBound]
        var output = values + first * Self.slots
        var count = counts[first]
        var spare = product
        for position in positions.dropFirst() where count > 0 {
            let key = ruleKeys[position]
            let keyValues = values + key * Self.slots
            let made = min(count * counts[key], BlockingRule.maxKeysPerRecord)
            for index in 0..<made {
                let (row, column) = index.quotientAndRemainder(dividingBy: counts[key])
                spare[index] = BlockHash.combine(output[row], keyValues[column])
            }
            let written = spare
            spare = written == product ? next : product
            output = written
            count = made
        }
        if count > 1, positions.count == 1 {
            // Sorting must not reorder the values other rules combine.
            product.update(from: output, count: count)
            output = product
        }
        return (output, count)
    }

    /// Calls `body` with the distinct hashes among the first `count` of `hashes`, ascending
    /// (sorting them in place).
    private static func forEachDistinct(
        _ hashes: UnsafeMutablePointer<UInt64>, _ count: Int, _ body: (UInt64) -> Void
    ) {
        for index in 1..<count {
            let hash = hashes[index]
            var slot = index
            while slot > 0, hashes[slot - 1] > hash {
                hashes[slot] = hashes[slot - 1]
                slot -= 1
            }
            hashes[slot] = hash
        }
        body(hashes[0])
        for index in 1..<count where hashes[index] != hashes[index - 1] { body(hashes[index]) }
    }
}
