import Foundation
import GoldenCore
import Publish
import Store

/// The Publish stage: sends what changed in the golden records since the last publish to the
/// targets of `Mappings/publish.yml`, writes the change feed, and remembers what it published.
///
/// One publish, in order:
/// 1. connects to every PostgreSQL target and reads its last publish;
/// 2. stops there when no golden id changed and every target is in step (nothing is written);
/// 3. streams the changes once: each becomes a feed line and goes to every target in step
///    (`delta`), with the xref rows of the golden records that changed; a target not in step
///    gets every golden id and xref row instead (`full`);
/// 4. commits each PostgreSQL target and moves the feed file into place; the files targets are
///    rewritten meanwhile, on a thread of their own;
/// 5. records the publish and the state it left each golden id in the store.
///
/// A failure before step 5 records nothing: the next publish carries the same changes again
/// (and brings any target that did commit up to date by a `full` publish that rewrites nothing).
///
/// ```swift
/// let summary = try PublishStage(config: config, store: store).run(runID: run)
/// summary.changes.created   // golden ids minted since the last publish
/// ```
public struct PublishStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let progress: ProgressLog
    /// Threads that render the files targets' rows of golden records not rendered at merge.
    public let threads: Int
    /// Where `GOLDEN_PG_URL` and the `PG*` variables are read.
    public var environment: [String: String]

    public init(
        config: WorkspaceConfig, store: GoldenStore, progress: ProgressLog = .silent,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.config = config
        self.store = store
        self.progress = progress
        self.threads = max(1, threads)
        self.environment = environment
    }

    /// Publishes; `runID` is the run it belongs to.
    ///
    /// - Throws: ``GoldenError`` (`config`) when the workspace has no publish file, (`publish`)
    ///   when a PostgreSQL target cannot be reached or refuses a statement, (`io`) for files.
    public func run(runID: Int64?) throws(GoldenError) -> PublishSummary {
        guard let settings = config.publish else {
            throw GoldenError(
                .config, "no publish targets: write \(WorkspaceConfig.defaultPublishPath) or name one with publish:",
                at: SourceLocation(file: config.configPath, key: "publish"))
        }
        let started = ContinuousClock.now
        var summary = PublishSummary()
        let last = try store.lastPublish()
        let publish = (last?.id ?? 0) + 1
        let pending = try store.goldenChangesToPublish()
        try publishActions(into: &summary)

        var publishers: [PostgresPublisher] = []
        defer { for publisher in publishers { publisher.close() } }
        for case .postgres(let target) in settings.targets {
            publishers.append(try PostgresPublisher.open(target, environment: environment))
        }
        let behind = publishers.map { $0.lastPublish != last?.id }
        let filesMissing = settings.targets.contains { target in
            guard case .files(let files) = target else { return false }
            return !PublishFiles.complete(files, directory: resolve(files.directory))
        }
        guard pending > 0 || behind.contains(true) || filesMissing else {
            summary.postgres = publishers.map {
                PostgresPublishResult(target: $0.settings.name, endpoint: "\($0.endpoint)", schema: $0.settings.schema)
            }
            summary.seconds = (ContinuousClock.now - started).seconds
            return summary
        }
        progress.note("publish \(publish): \(pending) golden ids changed since the last publish")

        for (publisher, isBehind) in zip(publishers, behind) { try publisher.begin(publish: publish, full: isBehind) }
        let inStep = zip(publishers, behind).filter { !$0.1 }.map(\.0)
        let full = zip(publishers, behind).filter(\.1).map(\.0)
        var states: [(sequence: Int64, state: PublishedGoldenState)] = []
        let origins = try store.splitOrigins()
        let send = { (emit: (GoldenChange) throws -> Void) throws in
            var changed: [Int64] = []
            try store.forEachGoldenToPublish { row in
                states.append((row.golden.sequence, row.state))
                guard let change = GoldenChange(row, origins: origins) else { return }
                summary.changes.count(change.kind)
                if change.kind.carriesRecord { changed.append(row.golden.sequence) }
                try emit(change)
                for publisher in inStep { try publisher.add(change) }
            }
            if !inStep.isEmpty {
                try store.forEachXref(of: changed) { source, key, golden in
                    let row = PublishedXref(source: source, recordKey: key, goldenID: golden)
                    for publisher in inStep { try publisher.add(row) }
                }
            }
            if !full.isEmpty { try sendEverything(to: full, origins: origins) }
            for publisher in publishers {
                summary.postgres.append(try publisher.commit(run: runID, counts: summary.changes))
            }
        }
        // The files targets are rewritten on their own thread while the feed is written here.
        var fileTargets: [(settings: FileTargetSettings, directory: String)] = []
        for case .files(let target) in settings.targets { fileTargets.append((target, resolve(target.directory))) }
        let (targets, reader, partitions) = (fileTargets, store, threads)
        let files = BackgroundJob { () throws(GoldenError) in
            try targets.map { target throws(GoldenError) in
                try PublishFiles.write(target.settings, directory: target.directory, store: reader, threads: partitions)
            }
        }
        do {
            try readingStore("the golden records to publish") {
                if let feed = settings.feed {
                    let relative = feed.directory + "/" + feed.fileName(publish: publish)
                    let lines = try ChangeFeedFile.write(to: resolve(relative), gzip: feed.gzip, publish: publish, send)
                    if lines > 0 { summary.feed = relative }
                } else {
                    try send { _ in }
                }
            }
        } catch {
            // No thread outlives the stage: the files finish (or fail) before the error goes on.
            _ = try? files.wait()
            throw error
        }
        summary.files += try files.wait()
        summary.status = "published"
        summary.publish = publish
        summary.seconds = (ContinuousClock.now - started).seconds
        try store.recordPublish(id: publish, runID: runID, at: .now, states: states, summaryJSON: prettyJSON(summary))
        return summary
    }

    /// Every golden id as it is now, and every xref row, to targets not in step with the store.
    private func sendEverything(to publishers: [PostgresPublisher], origins: [Int64: String]) throws {
        try store.forEachGoldenToPublish(all: true) { row in
            guard let change = GoldenChange(row, origins: origins, full: true) else { return }
            for publisher in publishers { try publisher.add(change) }
        }
        try store.forEachXref { source, key, golden in
            let row = PublishedXref(source: source, recordKey: key, goldenID: golden)
            for publisher in publishers { try publisher.add(row) }
        }
    }

    /// A path of the publish file, relative to the workspace unless absolute.
    private func resolve(_ path: String) -> String { WorkspaceConfig.resolve(path, in: config.directory) }
}
