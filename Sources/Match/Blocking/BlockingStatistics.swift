/// What one blocking rule did in a run: its blocks, its pairs, and what it skipped.
///
/// Counts only, never a key's value, so that summaries can be shown and stored freely. The
/// blocker makes them; other modules read them (or decode them).
public struct BlockingStatistics: Hashable, Sendable, Codable {
    /// The rule's name (its keys, as configuration writes them, unless named).
    public var rule: String
    /// Blocks that gave pairs: at least two and at most the block size limit of records.
    public var blocks = 0
    /// The rule's own distinct pairs, whether or not an earlier rule found them too.
    public var pairs = 0
    /// The rule's pairs that no earlier rule (in rule order) found.
    public var newPairs = 0
    /// Blocks over the size limit, skipped.
    public var oversizedBlocks = 0
    /// Records in the skipped blocks, once per block.
    public var oversizedRecords = 0
    /// Pairs of the skipped blocks, not generated (some may have come from other blocks).
    public var skippedPairs = 0
    /// Records in the largest block kept (0 without one).
    public var largestBlock = 0

    enum CodingKeys: String, CodingKey {
        case rule, blocks, pairs
        case newPairs = "new_pairs"
        case oversizedBlocks = "oversized_blocks"
        case oversizedRecords = "oversized_records"
        case skippedPairs = "skipped_pairs"
        case largestBlock = "largest_block"
    }
}
