/// The memory a ``ScoringTable``'s columns point into: arrays copied once into buffers that
/// never change, freed with the last copy of the table.
///
/// The scoring loop reads the columns through plain `UnsafeBufferPointer`s — no reference
/// counting, no uniqueness or bounds checks beyond its own — which is safe because the buffers
/// are immutable and live as long as this owner.
final class FrozenBuffers: @unchecked Sendable {
    private var allocations: [UnsafeMutableRawPointer] = []

    init() {}

    /// A frozen copy of `array`, alive as long as this owner.
    ///
    /// - Complexity: O(*n*).
    func freeze<Element: BitwiseCopyable>(_ array: [Element]) -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        allocations.append(UnsafeMutableRawPointer(buffer.baseAddress!))
        return UnsafeBufferPointer(start: buffer.baseAddress!, count: array.count)
    }

    /// A buffer of `count` elements starting at a multiple of `alignment` bytes, not
    /// initialized: to be filled before it is read (by several threads); alive as long as this
    /// owner.
    func allocate<Element: BitwiseCopyable>(
        count: Int, alignment: Int = MemoryLayout<Element>.alignment
    ) -> UnsafeMutableBufferPointer<Element> {
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: max(1, count) * MemoryLayout<Element>.stride, alignment: max(alignment, MemoryLayout<Element>.alignment))
        allocations.append(raw)
        return UnsafeMutableBufferPointer(start: raw.bindMemory(to: Element.self, capacity: max(1, count)), count: count)
    }

    deinit {
        for allocation in allocations { allocation.deallocate() }
    }
}
