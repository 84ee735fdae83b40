import GoldenCore
import Merge
import Store

/// The Merge stage over the store: each cluster of the latest Match stage becomes one golden
/// record — its attributes chosen by survivorship, its events rolled up — under a golden id that
/// stays stable across runs (``IdentityAssigner``). Only golden records whose content changed
/// are written, so a re-run over the same data changes nothing; survivorship conflicts join the
/// review queue as `conflict` items.
///
/// ```swift
/// let summary = try MergeStage(config: config, store: store, threads: 2).run(runID: run)
/// summary.goldenRecords   // active golden records
/// summary.merged          // ids retired into another this run
/// ```
public struct MergeStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let threads: Int
    public let progress: ProgressLog

    public init(config: WorkspaceConfig, store: GoldenStore, threads: Int, progress: ProgressLog = .silent) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
    }

    /// Who the merge log names for the pipeline's own decisions.
    static let actor = "golden"

    public func run(runID: Int64) throws(GoldenError) -> MergeSummary {
        var clock = MergeClock()
        var summary = MergeSummary()
        let clusterOf = try store.clusterAssignments()
        var previous: [Int64: GoldenID] = [:]
        previous.reserveCapacity(clusterOf.count)
        for (record, sequence) in try store.goldenAssignments() { previous[record] = GoldenID(sequence: UInt64(sequence)) }
        let assignment = IdentityAssigner().assign(
            previous: previous, clusters: clusterOf, nextSequence: UInt64(try store.nextGoldenSequence()))
        clock.lap("assign", into: &summary)

        let members = try MergeInputs.members(of: store, clusterOf: clusterOf, threads: threads)
        clock.lap("load", into: &summary)
        let histories = try MergeInputs.histories(of: store, clusterOf: clusterOf, summary: &summary)
        clock.lap("events", into: &summary)
        progress.note("merge: \(members.count) clusters of \(clusterOf.count) records")

        let built = GoldenBuilder(
            survivorship: Survivorship(settings: config.survivorship, sourceKinds: config.sourceKinds)
        ).build(members: members, histories: histories, threads: threads)
        clock.lap("survivorship", into: &summary)

        let stored = try store.goldenContentHashes()
        var upserts: [GoldenRow] = []
        var reviews: [NewReviewItem] = []
        for golden in built {
            guard let identity = assignment.clusters[golden.cluster] else { continue }
            let sequence = Int64(identity.id.sequence)
            reviews += golden.conflicts
            if identity.change == .unchanged, stored[sequence] == golden.contentHash { continue }
            upserts.append(
                GoldenRow(
                    sequence: sequence, goldenID: identity.id.text, recordCount: golden.recordCount,
                    record: golden.record, history: golden.history, contentHash: golden.contentHash))
        }
        let retirements = assignment.retired.map {
            GoldenRetirement(retired: Int64($0.id.sequence), survivor: Int64($0.into.sequence), reason: $0.reason.rawValue)
        }
        var xref: [(recordID: Int64, sequence: Int64)] = []
        xref.reserveCapacity(clusterOf.count)
        for (record, cluster) in clusterOf {
            if let id = assignment.clusters[cluster]?.id { xref.append((record, Int64(id.sequence))) }
        }
        xref.sort { $0.recordID < $1.recordID }
        let log = MergeLogLines.lines(for: assignment, actor: Self.actor)
        clock.lap("compare", into: &summary)

        let changes = try store.writeMergeResults(
            runID: runID, upserts: upserts, retirements: retirements, xref: xref, log: log, reviews: reviews, at: .now)
        clock.lap("write", into: &summary)

        summary.records = clusterOf.count
        summary.goldenRecords = built.count
        summary.created = changes.created
        summary.updated = changes.updated
        summary.unchanged = built.count - changes.created - changes.updated
        summary.merged = assignment.retired.count
        summary.splits = assignment.splits.count
        summary.conflicts = reviews.count
        summary.reviewChanges = changes.reviews
        summary.seconds = clock.total
        return summary
    }
}

/// Wall-clock laps of the Merge stage's steps.
struct MergeClock {
    let started = ContinuousClock.now
    var last = ContinuousClock.now

    mutating func lap(_ name: String, into summary: inout MergeSummary) {
        let now = ContinuousClock.now
        summary.timings[name] = (now - last).seconds
        last = now
    }

    var total: Double { (ContinuousClock.now - started).seconds }
}
