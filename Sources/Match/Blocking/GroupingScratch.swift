/// Buffers for grouping block keys, grown as needed and reused from rule to rule (one per
/// worker), so that grouping allocates and faults in fresh memory only once.
final class GroupingScratch {
    private var spreadBuffer = UnsafeMutableBufferPointer<RuleBlocks.Entry>(start: nil, count: 0)
    private var localBuffer = UnsafeMutableBufferPointer<RuleBlocks.Entry>(start: nil, count: 0)
    private var countBuffer = UnsafeMutableBufferPointer<Int>(start: nil, count: 0)

    init() {}

    deinit {
        spreadBuffer.deallocate()
        localBuffer.deallocate()
        countBuffer.deallocate()
    }

    /// Room for `count` entries: all of one rule's.
    func spread(_ count: Int) -> UnsafeMutableBufferPointer<RuleBlocks.Entry> {
        Self.grow(&spreadBuffer, to: count)
    }

    /// Room for `count` entries: one top-level bucket's.
    func local(_ count: Int) -> UnsafeMutableBufferPointer<RuleBlocks.Entry> {
        Self.grow(&localBuffer, to: count)
    }

    /// `count` counters, all zero.
    func counts(_ count: Int) -> UnsafeMutableBufferPointer<Int> {
        let counts = Self.grow(&countBuffer, to: count)
        counts.update(repeating: 0)
        return counts
    }

    private static func grow<Element>(
        _ buffer: inout UnsafeMutableBufferPointer<Element>, to count: Int
    ) -> UnsafeMutableBufferPointer<Element> {
        if buffer.count < count {
            buffer.deallocate()
            buffer = .allocate(capacity: count)
        }
        return UnsafeMutableBufferPointer(rebasing: buffer[..<count])
    }
}
