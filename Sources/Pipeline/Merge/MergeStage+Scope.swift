import GoldenCore
import Merge
import Store

/// The records an incremental Merge stage builds golden records for: those on the merge queue,
/// closed over clusters and golden records — every record of a cluster of one of them, and of
/// the golden record one of them had — so that golden ids are assigned exactly as over all
/// records (``IdentityAssigner`` decides per group of overlapping clusters and golden records).
struct MergeScope {
    /// The records, ascending.
    var records: [Int64]
    /// Their clusters, by record id.
    var clusters: [(record: Int64, cluster: Int64)]
    /// Their golden ids after the last merge, by record id.
    var previous: [(record: Int64, id: GoldenID)]
}

extension MergeStage {
    /// The share of the clustered records that may be queued for an incremental run; above it a
    /// full run is faster.
    static let incrementalShare = 0.2

    /// The scope of an incremental run, or `nil` when every golden record must be built: none
    /// built yet, the survivorship settings or the facts layout changed, a full match ran since,
    /// the queue is long, or a rebuild was asked for.
    func incrementalScope(fingerprint: String) throws(GoldenError) -> MergeScope? {
        guard !full, try store.mergeFingerprint() == fingerprint else { return nil }
        let queue = try store.mergeQueue()
        guard Double(queue.count) <= max(1000, Double(try store.clusteredCount()) * Self.incrementalShare) else { return nil }
        var records = Set(queue)
        var clusters: [Int64: Int64] = [:]
        var previous: [Int64: Int64] = [:]
        var frontier = queue
        while !frontier.isEmpty {
            var next: [Int64] = []
            for (record, cluster) in try store.clusterMembers(ofRecords: frontier) {
                clusters[record] = cluster
                if records.insert(record).inserted { next.append(record) }
            }
            for (record, sequence) in try store.goldenMembers(ofRecords: frontier) {
                previous[record] = sequence
                if records.insert(record).inserted { next.append(record) }
            }
            frontier = next
        }
        return MergeScope(
            records: records.sorted(), clusters: clusters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            previous: previous.sorted { $0.key < $1.key }.map { ($0.key, GoldenID(sequence: UInt64($0.value))) })
    }

    /// A fingerprint of what golden records are built with besides their records: the
    /// survivorship settings, the kind of each source and the layout of the stored facts (so a
    /// store whose facts are missing or of another version gets them from one full run).
    var survivorshipFingerprint: String {
        let kinds = config.sourceKinds.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let text =
            ["golden-merge-state/1", "golden-facts/\(GoldenFacts.formatVersion)", String(describing: config.survivorship)] + kinds
        return SHA256.hex(Array(text.joined(separator: "\u{1E}").utf8))
    }
}
