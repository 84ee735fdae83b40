import Store

/// What the Merge stage did in a run: the `merge` object of the run's JSON summary.
public struct MergeSummary: Codable, Sendable {
    /// `full` (every golden record built again) or `incremental` (those of the records on the
    /// merge queue, and the golden records and clusters around them).
    public var mode = "full"
    /// Source records whose golden records were built (all of them in a full run).
    public var rebuiltRecords = 0
    /// Source records with a golden record.
    public var records = 0
    /// Active golden records after the run.
    public var goldenRecords = 0
    /// Golden records minted, changed, and left as they were.
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Golden ids retired into an older one (two golden records became one).
    public var merged = 0
    /// Golden records whose records now lie in more than one.
    public var splits = 0
    /// Survivorship conflicts queued for review.
    public var conflicts = 0
    public var reviewChanges = ReviewQueueChanges()
    /// Events attached to the golden records built, and — counted in full runs only, as it reads
    /// every event — those whose record is not clustered (an order of an account that was never
    /// stored).
    public var events = 0
    public var unattachedEvents: Int?
    public var seconds: Double = 0
    /// Seconds per step: `assign` (golden ids), `build` (decoding, survivorship, history, JSON),
    /// `read_and_write` (the store's share of the batched pass). A store on disk is read and its
    /// batches built on a thread of their own while the batch before is written: `build` then
    /// overlaps `read_and_write`, which is the whole batched pass.
    public var timings: [String: Double] = [:]

    enum CodingKeys: String, CodingKey {
        case mode, rebuiltRecords = "rebuilt_records"
        case records, goldenRecords = "golden_records", created, updated, unchanged, merged, splits, conflicts
        case reviewChanges = "review_changes", events, unattachedEvents = "unattached_events", seconds, timings
    }

    /// A few lines for the terminal.
    public var text: String {
        (mode == "incremental"
            ? "merged the golden records of \(rebuiltRecords) records (incremental; now \(goldenRecords) golden records "
                + "over \(records) records): "
            : "merged \(records) records into \(goldenRecords) golden records: ")
            + "\(created) new, \(updated) updated, "
            + "\(unchanged) unchanged; \(merged) merged, \(splits) split; \(conflicts) conflicts for review; "
            + "\(events) events attached"
            + (unattachedEvents.map { $0 > 0 ? " (\($0) without a stored record)" : "" } ?? "")
    }
}
