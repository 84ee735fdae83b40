import Foundation
import GoldenCore
import Ingest
import GoldenIO
import Match
import Store

/// `golden evaluate --truth FILE`: the current clustering scored against labelled truth —
/// pairwise and B-cubed precision, recall and F1, cluster counts, the worst false merges and
/// splits (record keys and entity ids only, no values).
public struct ClusterEvaluation {
    public let config: WorkspaceConfig
    public let store: GoldenStore

    public init(config: WorkspaceConfig, store: GoldenStore) {
        self.config = config
        self.store = store
    }

    /// The truth file's layout: `source,record_key,entity_id` when it has a `source` column, else
    /// `record_key,entity_id` (or `record_id`) for `source`, or for the workspace's only source.
    public func layout(of bytes: [UInt8], source: String?) throws(GoldenError) -> TruthFile.Layout {
        let header = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        let columns = String(decoding: header, as: UTF8.self).split(separator: ",").map {
            $0.trimmingCharacters(in: ["\"", " ", "\u{FEFF}"])
        }
        if columns.contains("source") { return .golden }
        if let source { return .labelled(source: source) }
        let withRecords = config.sources.filter { $0.mapping.record != nil }
        guard withRecords.count == 1 else {
            throw GoldenError(
                .usage, "the truth file has no `source` column and the workspace has \(withRecords.count) sources with records; name one with --source")
        }
        return .labelled(source: withRecords[0].name)
    }

    /// Scores the stored clustering against the truth file at `path`.
    public func evaluate(truthPath: String, source: String?) throws(GoldenError) -> EvaluationReport {
        let bytes = try Self.readAll(path: truthPath)
        let truth = try TruthFile.parse(bytes, layout: try layout(of: bytes, source: source), file: truthPath)
        var prediction: [(RecordRef, Int64)] = []
        try readingStore("the clusters") {
            try store.forEachClusterMember { source, key, cluster in
                prediction.append((RecordRef(source: source, key: key), cluster))
            }
        }
        guard !prediction.isEmpty else {
            throw GoldenError(.notFound, "no clusters yet: run 'golden run' (or 'golden match') first")
        }
        return ClusteringEvaluator().evaluate(prediction: prediction, truth: truth)
    }

    /// The whole file, gunzipped when it is gzip.
    static func readAll(path: String) throws(GoldenError) -> [UInt8] {
        do {
            let source = try ByteSources.open(path: path)
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[..<count])
            }
            return bytes
        } catch let error as GoldenError {
            throw error
        } catch {
            throw GoldenError(.io, "cannot read the truth file", at: SourceLocation(file: path))
        }
    }
}
