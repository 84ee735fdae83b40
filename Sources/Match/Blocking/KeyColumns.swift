/// The block keys of one stretch of records, one growable column per rule.
///
/// Plain buffers rather than an array of arrays: appending to `entries[rule]` costs two
/// uniqueness checks per key, which the key pass (a dozen keys per record) cannot afford. A rule's
/// column is freed as soon as its blocks are built.
final class KeyColumns {
    typealias Entry = RuleBlocks.Entry

    private let rules: Int
    private let bases: UnsafeMutablePointer<UnsafeMutablePointer<Entry>?>
    private let counts: UnsafeMutablePointer<Int>
    private let capacities: UnsafeMutablePointer<Int>

    /// Empty columns for `rules` rules, each with room for `capacity` keys to start with.
    init(rules: Int, capacity: Int) {
        self.rules = rules
        bases = .allocate(capacity: rules)
        counts = .allocate(capacity: rules)
        capacities = .allocate(capacity: rules)
        for rule in 0..<rules {
            let room = max(16, capacity)
            bases[rule] = .allocate(capacity: room)
            counts[rule] = 0
            capacities[rule] = room
        }
    }

    deinit {
        for rule in 0..<rules { bases[rule]?.deallocate() }
        bases.deallocate()
        counts.deallocate()
        capacities.deallocate()
    }

    /// Appends a key to `rule`'s column.
    @inline(__always)
    func append(_ entry: Entry, to rule: Int) {
        let count = counts[rule]
        if count == capacities[rule] { grow(rule) }
        bases[rule]![count] = entry
        counts[rule] = count + 1
    }

    /// The keys of `rule`, in the order appended; valid until ``free(_:)``.
    func column(_ rule: Int) -> UnsafeBufferPointer<Entry> {
        UnsafeBufferPointer(start: bases[rule], count: counts[rule])
    }

    /// Frees `rule`'s column. Columns of different rules may be freed at once from different
    /// threads.
    func free(_ rule: Int) {
        bases[rule]?.deallocate()
        bases[rule] = nil
        counts[rule] = 0
        capacities[rule] = 0
    }

    private func grow(_ rule: Int) {
        let capacity = capacities[rule] * 2
        let grown = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        grown.moveInitialize(from: bases[rule]!, count: counts[rule])
        bases[rule]!.deallocate()
        bases[rule] = grown
        capacities[rule] = capacity
    }
}
