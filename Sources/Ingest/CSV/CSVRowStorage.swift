/// The memory behind ``CSVRow``: the row's raw bytes followed by the decoded content of the
/// fields that differ from their raw bytes, and two offsets (start, end) per field.
///
/// The parser writes into a storage only while it holds the sole reference
/// (`isKnownUniquelyReferenced`); once a row holds it, it is never written again, the same
/// copy-on-write discipline as `Array`. That is what makes sharing it across threads safe.
final class CSVRowStorage: @unchecked Sendable {
    // No dynamic exclusivity checks on the pointers: every field read goes through them, and the
    // discipline above (written only while uniquely referenced) already rules out overlapping access.
    @exclusivity(unchecked) private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCapacity: Int
    @exclusivity(unchecked) private(set) var spans: UnsafeMutablePointer<Int>
    /// Capacity of ``spans`` in offsets (two per field).
    private(set) var spanCapacity: Int

    init(byteCapacity: Int = 512, spanCapacity: Int = 64) {
        self.byteCapacity = max(byteCapacity, 16)
        self.spanCapacity = max(spanCapacity, 16)
        bytes = .allocate(capacity: self.byteCapacity)
        spans = .allocate(capacity: self.spanCapacity)
    }

    deinit {
        bytes.deallocate()
        spans.deallocate()
    }

    /// Grows ``bytes`` to hold at least `needed` bytes, keeping the first `count`.
    func reserveBytes(_ needed: Int, keeping count: Int) {
        Self.grow(&bytes, capacity: &byteCapacity, to: needed, keeping: count)
    }

    /// Grows ``spans`` to hold at least `needed` offsets, keeping the first `count`.
    func reserveSpans(_ needed: Int, keeping count: Int) {
        Self.grow(&spans, capacity: &spanCapacity, to: needed, keeping: count)
    }

    /// Reallocates `pointer` with at least `needed` elements (doubling at least), keeping the
    /// first `count`.
    private static func grow<Element>(
        _ pointer: inout UnsafeMutablePointer<Element>, capacity: inout Int, to needed: Int, keeping count: Int
    ) {
        guard needed > capacity else { return }
        let grownCapacity = max(needed, capacity * 2)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: grownCapacity)
        grown.moveInitialize(from: pointer, count: count)
        pointer.deallocate()
        pointer = grown
        capacity = grownCapacity
    }
}
