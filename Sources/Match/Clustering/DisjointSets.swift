/// Union–find over record positions: union by size and path halving, so that any sequence of
/// *m* operations on *n* records takes O(*m* α(*n*)) time.
struct DisjointSets {
    /// An element's parent and, for a root, its set's size: side by side, so that a root costs
    /// one cache miss, not two.
    private struct Node {
        var parent: Int32
        var size: Int32
    }

    private var nodes: [Node]

    /// `count` singletons.
    init(count: Int) {
        precondition(count <= Int(Int32.max), "too many records for 32-bit positions")
        nodes = (0..<Int32(count)).map { Node(parent: $0, size: 1) }
    }

    var count: Int { nodes.count }

    /// The root of the set holding `element`; halves the path on the way.
    ///
    /// - Complexity: amortized O(α(*n*)).
    @inline(__always)
    mutating func find(_ element: Int) -> Int {
        var node = element
        while true {
            let up = Int(nodes[node].parent)
            if up == node { return node }
            let grand = nodes[up].parent
            nodes[node].parent = grand
            node = Int(grand)
        }
    }

    /// The root of `element`'s set, without shortening the path (for reads that must not mutate).
    ///
    /// - Complexity: O(log *n*) with union by size.
    func root(of element: Int) -> Int {
        var node = element
        while true {
            let up = Int(nodes[node].parent)
            if up == node { return node }
            node = up
        }
    }

    /// The number of elements in the set whose root is `root`.
    @inline(__always)
    func size(ofRoot root: Int) -> Int { Int(nodes[root].size) }

    /// Joins the sets of two different roots; returns the new root and the root it absorbed.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    mutating func join(roots a: Int, _ b: Int) -> (root: Int, absorbed: Int) {
        let x = nodes[a], y = nodes[b]
        precondition(a != b && x.parent == Int32(a) && y.parent == Int32(b))
        // The larger set keeps its root; on equal sizes the smaller position does.
        let (root, absorbed) = x.size > y.size || (x.size == y.size && a < b) ? (a, b) : (b, a)
        nodes[absorbed].parent = Int32(root)
        nodes[root].size = x.size + y.size
        return (root, absorbed)
    }

    /// Per element, the smallest element of its set.
    ///
    /// - Complexity: O(*n* α(*n*)).
    mutating func smallestMembers() -> [Int32] {
        var smallest = [Int32](repeating: -1, count: count)
        var result = [Int32](repeating: 0, count: count)
        for element in 0..<count {
            let root = find(element)
            // Ascending order: the first element met in a set is its smallest.
            if smallest[root] < 0 { smallest[root] = Int32(element) }
            result[element] = smallest[root]
        }
        return result
    }
}
