/// A bounded shuffle: holds up to `capacity` items and, once full, releases a randomly chosen one
/// for each item added.
///
/// Feeds pass their records through one so that a customer's several records do not sit next to
/// each other in a file, while memory stays bounded by the capacity.
struct ShuffleWindow<Item> {
    private var items: [Item] = []
    private let capacity: Int
    private var generator: SplitMix64

    init(capacity: Int, generator: SplitMix64) {
        self.capacity = max(capacity, 1)
        self.generator = generator
        items.reserveCapacity(self.capacity)
    }

    /// Adds `item`; returns the item released to make room, if the window was full.
    mutating func push(_ item: Item) -> Item? {
        guard items.count >= capacity else {
            items.append(item)
            return nil
        }
        let index = generator.below(items.count)
        let released = items[index]
        items[index] = item
        return released
    }

    /// Releases every held item, in random order.
    mutating func drain() -> [Item] {
        var released: [Item] = []
        released.reserveCapacity(items.count)
        while !items.isEmpty {
            let index = generator.below(items.count)
            items.swapAt(index, items.count - 1)
            released.append(items.removeLast())
        }
        return released
    }
}
