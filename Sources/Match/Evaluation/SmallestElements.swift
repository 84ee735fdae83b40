/// The few smallest elements of a stream, kept sorted, without sorting the whole stream.
struct SmallestElements<Element: Comparable> {
    /// How many elements are kept.
    let limit: Int
    /// The smallest elements added so far, ascending; equal elements keep their order.
    private(set) var elements: [Element] = []

    init(limit: Int) {
        self.limit = max(limit, 0)
        elements.reserveCapacity(min(self.limit, 64))
    }

    /// Offers `element` to the selection.
    ///
    /// - Complexity: O(log *limit*) comparisons, plus O(*limit*) moves when `element` is kept.
    mutating func add(_ element: Element) {
        guard limit > 0 else { return }
        if elements.count == limit {
            guard element < elements[limit - 1] else { return }
            elements.removeLast()
        }
        var low = 0, high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if element < elements[middle] { high = middle } else { low = middle + 1 }
        }
        elements.insert(element, at: low)
    }

    /// The `limit` smallest of `sequence`, ascending.
    ///
    /// - Complexity: O(*m* log *limit*) comparisons for *m* elements.
    static func of(_ sequence: some Sequence<Element>, limit: Int) -> [Element] {
        var selection = SmallestElements(limit: limit)
        for element in sequence { selection.add(element) }
        return selection.elements
    }
}
