/// A small set of non-zero 64-bit values per cluster root — loyalty-card hashes, packed dates of
/// birth, steward cannot-link partners — merged as clusters join.
///
/// Most clusters hold no value or one, so the first value lives inline (`0` meaning none) and
/// only further values take an array in a side table: a million records cost 16 bytes each, not
/// an allocation each, and looking at a cluster's set is one cache miss.
struct ClusterValueSets {
    private struct Head {
        /// The first value, or 0 for an empty set.
        var first: UInt64 = 0
        /// Index into `more` of the further values, or -1.
        var overflow: Int32 = -1
    }

    private var heads: [Head]
    private var more: [[UInt64]] = []

    /// Empty sets for `count` records.
    init(count: Int) {
        heads = Array(repeating: Head(), count: count)
    }

    /// Whether the set at `index` holds no value.
    @inline(__always)
    func isEmpty(_ index: Int) -> Bool { heads[index].first == 0 }

    /// Adds `value` (not 0) to the set at `index` unless it is there.
    ///
    /// - Complexity: O(*k*) for *k* values in the set.
    mutating func insert(_ value: UInt64, at index: Int) {
        precondition(value != 0, "0 marks an empty set")
        let head = heads[index]
        if head.first == 0 {
            heads[index].first = value
        } else if head.first == value {
            return
        } else if head.overflow < 0 {
            heads[index].overflow = Int32(more.count)
            more.append([value])
        } else if !more[Int(head.overflow)].contains(value) {
            more[Int(head.overflow)].append(value)
        }
    }

    /// Whether `predicate` holds for a value of the set at `index`.
    ///
    /// - Complexity: O(*k*) calls for *k* values.
    @inline(__always)
    func contains(at index: Int, where predicate: (UInt64) throws -> Bool) rethrows -> Bool {
        let head = heads[index]
        guard head.first != 0 else { return false }
        if try predicate(head.first) { return true }
        return try head.overflow >= 0 && more[Int(head.overflow)].contains(where: predicate)
    }

    /// Whether both sets have values and no value of one is `related` to a value of the other.
    ///
    /// - Complexity: O(*k*·*l*) calls for sets of *k* and *l* values (one each, mostly).
    @inline(__always)
    func disjoint(_ a: Int, _ b: Int, related: (UInt64, UInt64) -> Bool) -> Bool {
        let x = heads[a], y = heads[b]
        guard x.first != 0, y.first != 0 else { return false }
        if x.overflow < 0, y.overflow < 0 { return !related(x.first, y.first) }
        return !contains(at: a) { value in contains(at: b) { related(value, $0) } }
    }

    /// Moves the values of the set at `absorbed` into the set at `root`.
    ///
    /// - Complexity: O(*k*·*l*) for sets of *k* and *l* values; O(1) when either is empty.
    @inline(__always)
    mutating func merge(_ absorbed: Int, into root: Int) {
        let moved = heads[absorbed]
        guard moved.first != 0 else { return }
        heads[absorbed] = Head()
        guard heads[root].first != 0 else {
            heads[root] = moved
            return
        }
        insert(moved.first, at: root)
        guard moved.overflow >= 0 else { return }
        let values = more[Int(moved.overflow)]
        more[Int(moved.overflow)] = []
        for value in values { insert(value, at: root) }
    }
}
