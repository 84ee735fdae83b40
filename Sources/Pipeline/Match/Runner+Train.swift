import Foundation
import GoldenCore
import Match
import Store

extension Runner {
    /// `golden train`: normalizes what is pending, fits a new match model on every normalized
    /// record and saves it as the next version; later runs use it.
    public func train() throws(GoldenError) -> TrainSummary {
        let started = ContinuousClock.now
        let runID = try store.beginRun(command: "train", at: .now)
        do throws(GoldenError) {
            _ = try NormalizeStage(config: config, store: store, threads: threads, progress: progress).run(runID: runID)
            let stage = MatchStage(config: config, store: store, threads: threads, progress: progress)
            let records = try stage.loadRecords()
            guard records.count >= 2 else {
                throw GoldenError(.notFound, "fewer than two normalized records: ingest some feeds first ('golden run')")
            }
            progress.note("train: \(records.count) records")
            let (model, frequencies) = stage.train(records)
            let version = try store.saveMatchModel(
                json: MatchModelJSON.encode(model, termFrequencies: frequencies), fingerprint: model.fingerprint, runID: runID, at: .now)
            let summary = TrainSummary(
                version: version, records: records.count, seconds: (ContinuousClock.now - started).seconds, model: model)
            try store.finishRun(runID, status: .ok, summaryJSON: prettyJSON(summary), at: .now)
            return summary
        } catch {
            try? store.finishRun(runID, status: .failed, summaryJSON: "{}", at: .now)
            throw error
        }
    }
}

/// What `golden train` reports: the new model version and the model itself.
public struct TrainSummary: Codable, Sendable {
    public var version: Int64
    public var records: Int
    public var seconds: Double
    public var model: MatchModel

    /// The model's parameters as a table: each comparison's levels with m, u and the weight.
    public var text: String {
        var lines = [
            "trained match model v\(version) on \(records) records in \(String(format: "%.1f", seconds)) s; "
                + "prior \(String(format: "%.3g", model.prior))"
        ]
        for comparison in model.comparisons {
            lines.append(comparison.name)
            for level in comparison.levels {
                let weight = log2(level.m / level.u)
                lines.append(
                    "  " + level.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                        + String(format: "m %.4f  u %.6f  weight %+.2f", level.m, level.u, weight))
            }
        }
        return lines.joined(separator: "\n")
    }
}
