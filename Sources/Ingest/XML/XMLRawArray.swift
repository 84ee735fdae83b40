/// A growable array of plain values in manually managed memory: appending costs no uniqueness
/// or exclusivity check, and elements are written in place through the pointer.
///
/// A value type without ownership: copies share the memory, and whoever owns it (an `XMLTree`)
/// calls `deallocate()` once. Growing moves the memory, so the owner must take the new value.
struct XMLRawArray<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// Makes room for `extra` more elements; returns whether the memory moved.
    @inline(__always) @discardableResult
    mutating func reserve(_ extra: Int) -> Bool {
        guard capacity - count < extra else { return false }
        grow(extra)
        return true
    }

    @inline(never)
    private mutating func grow(_ extra: Int) {
        let grown = Swift.max(count + extra, capacity * 2)
        let memory = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        memory.moveInitialize(from: base, count: count)
        base.deallocate()
        base = memory
        capacity = grown
    }

    /// Appends `element`; returns whether the memory moved.
    @inline(__always) @discardableResult
    mutating func append(_ element: Element) -> Bool {
        let moved = reserve(1)
        (base + count).initialize(to: element)
        count += 1
        return moved
    }

    /// Appends copies of `elements` (which must not point into this array); returns whether the memory moved.
    @inline(__always) @discardableResult
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) -> Bool {
        guard let source = elements.baseAddress, !elements.isEmpty else { return false }
        let moved = reserve(elements.count)
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
        return moved
    }

    /// Appends a copy of `self[range]`; returns whether the memory moved.
    @discardableResult
    mutating func appendCopy(of range: Range<Int>) -> Bool {
        let moved = reserve(range.count)
        (base + count).initialize(from: base + range.lowerBound, count: range.count)
        count += range.count
        return moved
    }

    func deallocate() { base.deallocate() }
}
