import GoldenCore
import Merge
import Store

/// The Merge stage over the store: each cluster of the latest Match stage becomes one golden
/// record — its attributes chosen by survivorship, its events rolled up — under a golden id that
/// stays stable across runs (``IdentityAssigner``), with the facts Quality and Engage read
/// (``GoldenFacts``). Only golden records and facts whose content changed are written, so a
/// re-run over the same data changes nothing; survivorship conflicts join the review queue as
/// `conflict` items.
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
    /// Build every golden record again even when an incremental run could do (`golden rebuild`).
    public var full = false

    public init(config: WorkspaceConfig, store: GoldenStore, threads: Int, progress: ProgressLog = .silent, full: Bool = false) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
        self.full = full
    }

    /// Who the merge log names for the pipeline's own decisions.
    static let actor = "golden"

    /// Clusters built at a time (``defaultBatchSize`` unless set). Memory holds one batch of
    /// records and events being read and built, and up to three batches of golden records: two
    /// built ahead and the one being written.
    public var batchSize = MergeStage.defaultBatchSize
    public static let defaultBatchSize = 2048

    public func run(runID: Int64) throws(GoldenError) -> MergeSummary {
        var clock = StepClock()
        var summary = MergeSummary()
        let fingerprint = survivorshipFingerprint
        let scope = try incrementalScope(fingerprint: fingerprint)
        clock.lap("scope", into: &summary.timings)
        let clusters: [(record: Int64, cluster: Int64)], previous: [(record: Int64, id: GoldenID)]
        if let scope {
            (clusters, previous) = (scope.clusters, scope.previous)
        } else {
            (clusters, previous) = (try allClusters(), try allPrevious())
        }
        let assignment = IdentityAssigner().assign(
            previous: previous, clusters: clusters, nextSequence: UInt64(try store.nextGoldenSequence()))
        clock.lap("assign", into: &summary.timings)
        progress.note("merge: \(assignment.clusters.count) clusters of \(clusters.count) records")

        let builder = GoldenBuilder(
            survivorship: Survivorship(settings: config.survivorship, sourceKinds: config.sourceKinds))
        var built = 0, events = 0, read = 0
        var reviews: [NewReviewItem] = []
        var buildSeconds = 0.0
        let changes = try mergeTransaction(runID: runID) { session in
            let stored = try session.contentHashes(of: scope.map { _ in assignment.clusters.values.map { Int64($0.id.sequence) } })
            let only = scope.map { _ in Array(Set(clusters.map(\.cluster))).sorted() }
            try forEachBuiltBatch(session, only: only, builder: builder) { batch, seconds in
                buildSeconds += seconds
                var upserts: [GoldenRow] = []
                for golden in batch {
                    read += golden.events
                    guard let identity = assignment.clusters[golden.cluster] else { continue }
                    built += 1
                    events += golden.events
                    reviews += golden.conflicts
                    let sequence = Int64(identity.id.sequence)
                    // The facts are compared on their own: an event attribute only engagement
                    // reads changes them, not the record's JSON.
                    let factsChanged = stored[sequence]?.facts != golden.factsHash
                    // A record stored before its export fragment (or with one of another
                    // layout) is sent again for the fragment alone.
                    let exportCurrent = stored[sequence]?.exportVersion == golden.export.version
                    if identity.change == .unchanged, stored[sequence]?.content == golden.contentHash, !factsChanged,
                        exportCurrent
                    {
                        continue
                    }
                    upserts.append(
                        GoldenRow(
                            sequence: sequence, goldenID: identity.id.text, recordCount: golden.recordCount,
                            record: golden.record, history: golden.history, contentHash: golden.contentHash,
                            facts: factsChanged ? GoldenFactsBlob(bytes: golden.facts, hash: golden.factsHash) : nil,
                            searchTerms: golden.searchTerms, export: golden.export))
                }
                try session.write(upserts)
            }
            let retirements = assignment.retired.map {
                GoldenRetirement(retired: Int64($0.id.sequence), survivor: Int64($0.into.sequence), reason: $0.reason.rawValue)
            }
            var xref: [(recordID: Int64, sequence: Int64)] = []
            xref.reserveCapacity(clusters.count)
            for (record, cluster) in clusters {
                if let id = assignment.clusters[cluster]?.id { xref.append((record, Int64(id.sequence))) }
            }
            try session.finish(
                retirements: retirements, xref: xref, log: MergeLogLines.lines(for: assignment, actor: Self.actor),
                reviews: reviews, only: scope?.records, fingerprint: fingerprint)
            return session.changes
        }
        // `build`: the seconds the batches took to build, on their own thread(s) when the store
        // is read alongside the writes (then overlapping `read_and_write`).
        summary.timings["build"] = buildSeconds
        clock.lap("read_and_write", into: &summary.timings)
        if !store.readsAlongsideWrites {
            summary.timings["read_and_write"] = (summary.timings["read_and_write"] ?? 0) - buildSeconds
        }

        summary.mode = scope == nil ? "full" : "incremental"
        summary.rebuiltRecords = clusters.count
        if scope == nil {
            summary.records = clusters.count
            summary.goldenRecords = built
        } else {
            let counts = try store.goldenCounts()
            (summary.records, summary.goldenRecords) = (counts.records, counts.active)
        }
        summary.events = events
        // Every clustered record's events were read: the rest belong to no clustered record.
        if scope == nil { summary.unattachedEvents = max(0, try store.eventCount() - read) }
        clock.lap("counts", into: &summary.timings)
        summary.created = changes.created
        summary.updated = changes.updated
        summary.unchanged = built - changes.created - changes.updated
        summary.merged = assignment.retired.count
        summary.splits = assignment.splits.count
        summary.conflicts = reviews.count
        summary.reviewChanges = changes.reviews
        summary.seconds = clock.total
        return summary
    }

    /// Every record's cluster, by record id.
    private func allClusters() throws(GoldenError) -> [(record: Int64, cluster: Int64)] {
        var clusters: [(record: Int64, cluster: Int64)] = []
        try readingStore("the clusters") { try store.forEachClusterAssignment { clusters.append(($0, $1)) } }
        return clusters
    }

    /// Every record's golden id after the last merge, by record id.
    private func allPrevious() throws(GoldenError) -> [(record: Int64, id: GoldenID)] {
        var previous: [(record: Int64, id: GoldenID)] = []
        for (record, sequence) in try store.goldenAssignments() { previous.append((record, GoldenID(sequence: UInt64(sequence)))) }
        previous.sort { $0.record < $1.record }
        return previous
    }

    /// Runs `body` in the store's merge transaction, passing `GoldenError`s on.
    private func mergeTransaction<T>(runID: Int64, _ body: (MergeSession) throws -> T) throws(GoldenError) -> T {
        do {
            return try store.merge(runID: runID, at: .now, body)
        } catch let error as GoldenError {
            throw error
        } catch {
            throw GoldenError(.store, "cannot merge the clusters")
        }
    }
}
