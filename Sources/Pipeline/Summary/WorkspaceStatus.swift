import Foundation
import GoldenCore
import Store

/// `golden status`: what the store holds per configured source, and the latest runs.
public struct WorkspaceStatus: Codable, Sendable {
    public struct SourceStatus: Codable, Sendable {
        public var name: String
        public var kind: String
        public var records: Int
        public var events: Int
        public var quarantined: Int
        public var normalized: Int
        public var pendingNormalization: Int

        enum CodingKeys: String, CodingKey {
            case name, kind, records, events, quarantined, normalized
            case pendingNormalization = "pending_normalization"
        }
    }

    public struct RunLine: Codable, Sendable {
        public var id: Int64
        public var command: String
        public var status: String
        public var startedAt: String
        public var finishedAt: String?
        enum CodingKeys: String, CodingKey {
            case id, command, status, startedAt = "started_at", finishedAt = "finished_at"
        }
    }

    public var schemaVersion = 1
    public var store: String
    public var batches: Int
    public var sources: [SourceStatus]
    /// Match models, clusters, scored pairs and the review queue.
    public var match: MatchCounts
    /// Golden records: active, retired (each redirects to an active one), and the source records
    /// they cover.
    public var golden: GoldenCounts
    public var runs: [RunLine]

    public struct GoldenCounts: Codable, Sendable {
        public var active: Int
        public var retired: Int
        public var records: Int
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", store, batches, sources, match, golden, runs
    }

    public static func read(configPath: String, recentRuns: Int) throws(GoldenError) -> WorkspaceStatus {
        let config = try WorkspaceConfig.load(path: configPath)
        let store = try GoldenStore(path: config.storePath)
        let counts = try store.counts()
        let golden = try store.goldenCounts()
        return WorkspaceStatus(
            store: config.storePath, batches: counts.batches,
            sources: config.sources.map { source in
                let count = counts[source.name]
                return SourceStatus(
                    name: source.name, kind: source.kind.rawValue, records: count.records, events: count.events,
                    quarantined: count.quarantined, normalized: count.normalized,
                    pendingNormalization: count.pendingNormalization)
            },
            match: try store.matchCounts(),
            golden: GoldenCounts(active: golden.active, retired: golden.retired, records: golden.records),
            runs: try store.recentRuns(limit: recentRuns).map { run in
                RunLine(
                    id: run.id, command: run.command, status: run.status.rawValue, startedAt: run.startedAt.iso8601,
                    finishedAt: run.finishedAt?.iso8601)
            })
    }

    public var json: String {
        prettyJSON(self)
    }

    public var text: String {
        var lines = ["store \(store): \(batches) batches"]
        for source in sources {
            lines.append(
                "  \(source.name) (\(source.kind)): \(source.records) records (\(source.normalized) normalized, \(source.pendingNormalization) pending), \(source.events) events, \(source.quarantined) quarantined")
        }
        if let version = match.latestModel {
            lines.append(
                "match: model v\(version), \(match.clusters) clusters over \(match.clusteredRecords) records, "
                    + "\(match.pairsByBand["match"] ?? 0) matched and \(match.pairsByBand["review"] ?? 0) review pairs, "
                    + "\(match.openReviews) open review items")
        } else {
            lines.append("match: not run yet")
        }
        if golden.active + golden.retired > 0 {
            lines.append(
                "golden records: \(golden.active) over \(golden.records) source records, \(golden.retired) retired ids redirected")
        } else {
            lines.append("golden records: none yet (golden merge)")
        }
        lines.append(runs.isEmpty ? "no runs yet" : "recent runs:")
        for run in runs {
            lines.append("  #\(run.id) \(run.command) \(run.status) \(run.startedAt) → \(run.finishedAt ?? "…")")
        }
        return lines.joined(separator: "\n")
    }
}
