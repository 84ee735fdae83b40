import Engage
import Foundation
import GoldenCore
import Ingest
import Match
import Store

/// Runs stages over a workspace and records each run in the store's history.
public struct Runner {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let progress: ProgressLog
    /// Threads for the stages that run partitions at once (Normalize, and later Match).
    public var threads: Int
    /// Whether the Match stage trains a new model even when a fitting one is saved.
    public var retrain = false
    /// The date the Quality stage judges freshness on; `nil`: when the stage runs.
    public var asOf: Timestamp?
    /// Where `golden engage` writes the actions file (`nil`: `engage/actions-DAY.csv` in the
    /// workspace), and as what.
    public var actionsPath: String?
    public var actionsFormat: TableExport.Format = .csv
    /// Told as each stage begins (`false`) and ends (`true`), e.g. to measure each stage's CPU
    /// time and peak memory (`make bench`); a stage that fails is told it ended too.
    public var onStage: ((Stage, _ ended: Bool) -> Void)?

    /// The stages each command runs, in order.
    public enum Stage: String, Sendable, CaseIterable {
        case ingest, normalize, match, merge, quality, engage, publish
    }

    /// Loads `golden.yml` and opens (creating if needed) its store.
    public init(configPath: String, progress: ProgressLog = .automatic, threads: Int? = nil) throws(GoldenError) {
        config = try WorkspaceConfig.load(path: configPath)
        let directory = (config.storePath as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        store = try GoldenStore(path: config.storePath)
        self.progress = progress
        self.threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// The stages `command` runs: `run` runs them all, a stage's name runs that stage alone
    /// (`match` normalizes pending records first; `merge` works on the latest clusters).
    public static func stages(of command: String) -> [Stage] {
        // Re-resolves everything: nothing is ingested, every record matched and merged again.
        if command == "rebuild" { return [.normalize, .match, .merge, .quality] }
        switch Stage(rawValue: command) {
        case nil: return Stage.allCases
        // Matching needs every record normalized: pending ones are normalized first.
        case .match: return [.normalize, .match]
        case let stage?: return [stage]
        }
    }

    /// `golden run` runs every stage in order; `golden ingest`, `golden normalize` one stage;
    /// `golden rebuild` normalizes what is pending, then re-resolves every record (a full match
    /// and merge; golden ids kept by maximal overlap).
    public func run(command: String) throws(GoldenError) -> RunSummary {
        let started = Timestamp.now
        let runID = try store.beginRun(command: command, at: started)
        var summary = RunSummary(
            runID: runID, command: command, status: "running", exitCode: 0, startedAt: started.iso8601,
            finishedAt: started.iso8601)
        summary.quarantineLimit = config.ingest.quarantineLimit
        do {
            for stage in Self.stages(of: command) {
                onStage?(stage, false)
                defer { onStage?(stage, true) }
                switch stage {
                case .ingest:
                    summary.files = try IngestStage(config: config, store: store, progress: progress).run(runID: runID)
                case .normalize:
                    summary.normalize = try NormalizeStage(
                        config: config, store: store, threads: threads, progress: progress
                    ).run(runID: runID)
                case .match:
                    var stage = MatchStage(config: config, store: store, threads: threads, progress: progress)
                    stage.retrain = retrain
                    stage.full = command == "rebuild"
                    summary.match = try stage.run(runID: runID)
                case .merge:
                    summary.merge = try MergeStage(
                        config: config, store: store, threads: threads, progress: progress, full: command == "rebuild"
                    ).run(runID: runID)
                case .quality:
                    summary.quality = try QualityStage(
                        config: config, store: store, threads: threads, progress: progress, asOf: asOf ?? .now
                    ).run(runID: runID)
                // `golden run` engages when the workspace has engagement rules; `golden engage` must.
                case .engage where config.engage != nil || command == "engage":
                    var stage = EngageStage(
                        config: config, store: store, threads: threads, progress: progress, asOf: Day(asOf ?? .now))
                    stage.actionsPath = actionsPath
                    stage.format = actionsFormat
                    summary.engage = try stage.run(runID: runID)
                case .engage:
                    break
                // `golden run` publishes when the workspace has a publish file; `golden publish` must.
                case .publish where config.publish != nil || command == "publish":
                    let stage = PublishStage(config: config, store: store, progress: progress, threads: threads)
                    summary.publish = try stage.run(runID: runID)
                case .publish:
                    break
                }
            }
        } catch {
            summary.status = "failed"
            summary.exitCode = error.exitCode
            summary.messages.append(error.description)
            summary.finishedAt = Timestamp.now.iso8601
            try? store.finishRun(runID, status: .failed, summaryJSON: summary.json, at: .now)
            throw error
        }
        summary.computeTotals()
        summary.finishedAt = Timestamp.now.iso8601
        let status: RunStatus
        if summary.totals.filesIncomplete > 0 {
            (summary.status, summary.exitCode, status) = ("incomplete", 1, .incomplete)
            summary.messages.append("\(summary.totals.filesIncomplete) file(s) broke off before their end; rows before the break were kept")
        } else if summary.quarantineShare > config.ingest.quarantineLimit {
            (summary.status, summary.exitCode, status) = ("quarantine-limit", 3, .quarantineLimit)
            summary.messages.append("quarantined share of rows is above quarantine_limit")
        } else if let failures = summary.quality?.failures, !failures.isEmpty {
            // The runs table knows one "above a configured limit" status; the summary says which.
            (summary.status, summary.exitCode, status) = ("quality-threshold", 3, .quarantineLimit)
            summary.messages.append("\(failures.count) quality check(s) failed: see the quality failures above")
        } else {
            (summary.status, summary.exitCode, status) = ("ok", 0, .ok)
        }
        try store.finishRun(runID, status: status, summaryJSON: summary.json, at: .now)
        return summary
    }
}

extension RunSummary {
    mutating func computeTotals() {
        var totals = Totals()
        for file in files {
            totals.filesSeen += 1
            switch file.status {
            case .ingested: totals.filesIngested += 1
            case .skipped: totals.filesSkipped += 1
            case .incomplete: totals.filesIncomplete += 1
            }
            totals.rowsRead += file.rowsRead
            totals.rowsStored += file.rowsStored
            totals.rowsQuarantined += file.rowsQuarantined
            totals.records += file.records
            totals.events += file.events
        }
        self.totals = totals
        quarantineShare = totals.rowsRead == 0 ? 0 : Double(totals.rowsQuarantined) / Double(totals.rowsRead)
    }

    /// Pretty, key-sorted JSON.
    public var json: String {
        prettyJSON(self)
    }

    /// One line per file, then the totals.
    private var fileTable: [String] {
        var lines: [String] = []
        let header = ["source", "file", "status", "read", "stored", "quarantined"]
        var rows = [header]
        for file in files {
            rows.append([
                file.source, file.file, file.status.rawValue, String(file.rowsRead), String(file.rowsStored),
                String(file.rowsQuarantined),
            ])
        }
        rows.append([
            "total", "\(totals.filesSeen) files", "", String(totals.rowsRead), String(totals.rowsStored),
            String(totals.rowsQuarantined),
        ])
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            lines.append(
                zip(row, widths).enumerated().map { index, pair in
                    let padding = String(repeating: " ", count: pair.1 - pair.0.count)
                    return index >= 3 ? padding + pair.0 : pair.0 + padding
                }.joined(separator: "  "))
        }
        lines.append("records \(totals.records), events \(totals.events), files ingested \(totals.filesIngested), skipped \(totals.filesSkipped), incomplete \(totals.filesIncomplete)")
        return lines
    }

    /// A table for people: one line per file, then the totals.
    public var text: String {
        var lines: [String] = []
        lines.append("run \(runID) (\(command)): \(status)")
        if !files.isEmpty || (normalize == nil && merge == nil && quality == nil && engage == nil && publish == nil) { lines.append(contentsOf: fileTable) }
        for file in files where file.error != nil { lines.append("\(file.file): \(file.error!)") }
        if let normalize { lines.append(normalize.text) }
        if let match { lines.append(match.text) }
        if let merge { lines.append(merge.text) }
        if let quality { lines.append(quality.text) }
        if let engage { lines.append(engage.text) }
        if let publish { lines.append(publish.text) }
        lines.append(contentsOf: messages)
        return lines.joined(separator: "\n")
    }
}
