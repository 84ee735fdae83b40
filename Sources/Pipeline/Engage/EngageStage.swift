import Engage
import Foundation
import GoldenCore
import Quality
import Store

/// The Engage stage over the store: every active golden record handed to the engagement rules
/// for one day. It decides each customer's line and stage (keeping every transition), moves
/// remediation ladders, fires triggers, plans treatments and the calendar baseline, resolves
/// channels, holds what suppression and caps forbid, allocates offers under their quantities and
/// budgets, measures earlier actions' response, and writes the day (replacing an earlier
/// decision of the same day: idempotent per as-of date).
///
/// ```swift
/// let stage = EngageStage(config: config, store: store, asOf: Day(iso: "2026-06-30")!)
/// let summary = try stage.run(runID: run)
/// summary.actions          // actions written for the day
/// ```
public struct EngageStage {
    public let config: WorkspaceConfig
    public let store: GoldenStore
    public let threads: Int
    public let progress: ProgressLog
    public let asOf: Day
    /// Where to write the actions file (`nil`: `engage/actions-DAY.csv` in the workspace) and how.
    public var actionsPath: String?
    public var format: TableExport.Format = .csv

    public init(config: WorkspaceConfig, store: GoldenStore, threads: Int = 1, progress: ProgressLog = .silent, asOf: Day) {
        self.config = config
        self.store = store
        self.threads = max(1, threads)
        self.progress = progress
        self.asOf = asOf
    }

    /// A customer whose day is written: its rows, or the position of its decision among those
    /// waiting for offers.
    enum KeptCustomer {
        case rows(CustomerRows)
        case waiting(Int)
    }

    /// One customer decided: the decision, its rows when final, its response tally, the memory
    /// text to keep (`nil`: nothing to write), and the thread time of its facts and its rules.
    typealias Decided = (
        decision: CustomerDecision, rows: CustomerRows?, response: ResponseTally, text: String?, facts: Duration, rules: Duration
    )

    /// Customers decided per batch of parallel work.
    static let batchSize = 4096
    /// Actions older than this many days before the as-of day are not loaded, beyond what
    /// cooldowns, frequencies, suppression and the response window need.
    static let responseLookbackDays = 90

    public func run(runID: Int64) throws(GoldenError) -> EngageSummary {
        guard let engage = config.engage else {
            throw GoldenError(
                .config, "the workspace has no engagement rules (Mappings/engage.yml); run 'golden init' for an example",
                at: SourceLocation(file: config.configPath, key: "engage"))
        }
        let started = ContinuousClock.now
        var clock = StepClock()
        var summary = EngageSummary()
        summary.asOf = asOf.description
        if let latest = try store.latestEngageDay() {
            guard latest <= asOf.index else {
                throw GoldenError(
                    .usage,
                    "engagement is already decided up to \(Day(index: latest)); engage as of that day or later (history is never rewritten)")
            }
            if latest == asOf.index { summary.mode = "replaced" }
        }
        let settings = engage.settings
        var campaigns: [Campaign] = []
        if let calendar = engage.calendarPath {
            campaigns = try EngageReferenceFiles.calendar(
                path: WorkspaceConfig.resolve(calendar, in: config.directory), displayPath: calendar, stages: settings.stages)
        }
        var bank = OfferBank()
        if let offers = engage.offersPath {
            let (read, quarantined) = try EngageReferenceFiles.offers(
                path: WorkspaceConfig.resolve(offers, in: config.directory), displayPath: offers)
            bank = read
            summary.offerRowsQuarantined = quarantined.count
            try store.replaceReferenceQuarantine(source: EngageReferenceFiles.source, file: offers, rows: quarantined, runID: runID)
        }
        let engine = EngageEngine(settings: settings, offers: bank, calendar: campaigns, asOf: asOf)
        // The golden records are read on a thread of their own from here on: while the recent
        // actions load, then while the batch before is decided.
        let pipe = BatchPipe<[EngageInput]>(capacity: 2)
        let store = self.store
        pipe.produce { put in
            try readingStore("the golden records") {
                try store.forEachEngageBatch(size: Self.batchSize) { inputs in try put(inputs) }
            }
        }
        let memory: [Int64: [PastAction]]
        do {
            memory = try pastActions(settings: settings, campaigns: campaigns)
        } catch {
            pipe.cancel()
            throw error
        }
        clock.lap("load", into: &summary.timings)

        let builder = EngageFacts(
            asOf: asOf,
            freshness: FreshnessEvaluator(
                settings: config.quality.freshness, sourceKinds: config.sourceKinds,
                asOf: Timestamp(secondsSinceEpoch: Int64(asOf.index) * 86_400 + 86_399)))
        // Per customer kept, in order: its rows, or where its decision waits for the allocation
        // of offers (in `waiting`, with what its rows need besides).
        var kept: [KeptCustomer] = []
        var waiting: [CustomerDecision] = []
        var waitingRows: [(sequence: Int64, stored: EngageStateRow?, text: String)] = []
        var tally = EngageTally(asOf: asOf, responseWindowDays: settings.responseWindowDays)
        let day = asOf, window = settings.responseWindowDays, threads = self.threads
        // Thread time spent building facts (events, profile, memory) and deciding (signals,
        // rules, ladders, offers ranking, gates), summed over the partitions.
        var factsCPU = Duration.zero, rulesCPU = Duration.zero
        // Each batch read is decided on a thread of its own, in parallel partitions, while this
        // thread counts and keeps the batch before: no core waits for the serial part.
        let decided = BatchPipe<(inputs: [EngageInput], results: [Result<Decided, GoldenError>])>(capacity: 1)
        decided.produce { put in
            do {
                while let inputs = try pipe.take() {
                    let results = NormalizeStage.process(inputs, threads: threads) { (input) throws(GoldenError) in
                        let start = ContinuousClock.now
                        let facts = try builder.facts(for: input, actions: memory[input.sequence] ?? [])
                        let built = ContinuousClock.now
                        var response = ResponseTally(windowDays: window, asOf: day)
                        response.add(actions: facts.previous.actions, events: facts.events)
                        let decision = engine.decide(facts)
                        // Encoded here, in parallel: the loop that keeps the batch runs on one thread.
                        let text = EngageMemoryCodec.encode(decision.state, ladder: decision.ladder)
                        let stored = input.state.flatMap { $0.day >= day.index ? $0.prior : $0.state }
                        let keep =
                            text != stored || decision.transition != nil || !decision.actions.isEmpty || input.state?.day == day.index
                        // The rows are final unless offers are still to be allocated to the actions.
                        let rows =
                            keep && decision.offerRequests.isEmpty
                            ? CustomerRows(decision, sequence: input.sequence, text: text, stored: input.state, asOf: day) : nil
                        return Decided(decision, rows, response, keep ? text : nil, built - start, ContinuousClock.now - built)
                    }
                    try put((inputs, results))
                }
            } catch {
                pipe.cancel()
                throw error
            }
        }
        do {
            while let (inputs, results) = try decided.take() {
                for (input, result) in zip(inputs, results) {
                    var (decision, rows, response, text, factsTime, rulesTime) = try result.get()
                    factsCPU += factsTime
                    rulesCPU += rulesTime
                    tally.add(decision, response: response)
                    if let rows {
                        kept.append(.rows(rows))
                    } else if let text {
                        // Counted: what is kept until the write is only what the write needs.
                        decision.held = []
                        decision.unreachable = []
                        kept.append(.waiting(waiting.count))
                        waiting.append(decision)
                        waitingRows.append((input.sequence, input.state, text))
                    }
                }
            }
        } catch {
            decided.cancel()
            throw error
        }
        clock.lap("decide", into: &summary.timings)
        summary.timings["facts_thread_seconds"] = factsCPU.seconds
        summary.timings["rules_thread_seconds"] = rulesCPU.seconds

        // Only decisions that want offers take part: the others add no request.
        let allocation = engine.allocate(&waiting)
        tally.add(allocation)
        clock.lap("allocate", into: &summary.timings)

        var write = EngageDayWrite(
            day: asOf.index, runID: runID, at: .now, states: [], transitions: [], actions: [], summaryJSON: "{}")
        var goldenIDs: [Int64: String] = [:]
        for customer in kept {
            let rows: CustomerRows
            switch customer {
            case .rows(let made): rows = made
            case .waiting(let index):
                // The memory text was encoded when deciding: allocation changes only the offers.
                let entry = waitingRows[index]
                rows = CustomerRows(waiting[index], sequence: entry.sequence, text: entry.text, stored: entry.stored, asOf: asOf)
            }
            if let state = rows.state { write.states.append(state) }
            if let transition = rows.transition { write.transitions.append(transition) }
            if let first = rows.actions.first { goldenIDs[first.sequence] = rows.goldenID }
            write.actions += rows.actions
        }
        kept = []
        summary = tally.summary(into: summary)
        // The actions file is written on a thread of its own while the store takes the day (a
        // million actions on a first day: each about 4 s). Should the file fail, the command
        // fails; engaging the day again replaces it, file and rows.
        summary.actionsFile = actionsFileShown
        nonisolated(unsafe) let stage = self
        let (actions, ids) = (write.actions, goldenIDs)
        let file = BackgroundJob { () throws(GoldenError) in try stage.writeActionsFile(actions, goldenIDs: ids) }
        // The stored summary cannot time its own commit, nor the file written beside it.
        summary.seconds = (ContinuousClock.now - started).seconds
        write.summaryJSON = compactJSON(summary)
        let stored = Result { () throws(GoldenError) in try store.writeEngageDay(write) }
        try file.wait()
        try stored.get()
        // `write`: the rows and the actions file, at once.
        clock.lap("write", into: &summary.timings)
        summary.seconds = (ContinuousClock.now - started).seconds
        return summary
    }

    /// Actions of the days the memory needs, by golden sequence; unreachable ones left out (they
    /// were never sent).
    func pastActions(settings: EngageSettings, campaigns: [Campaign]) throws(GoldenError) -> [Int64: [PastAction]] {
        var lookback = max(7, settings.suppression.remediationDays, settings.responseWindowDays + Self.responseLookbackDays)
        // A running campaign goes once to each customer: its actions since it started count.
        for campaign in campaigns where campaign.start <= asOf && asOf <= campaign.end {
            lookback = max(lookback, asOf.days(since: campaign.start) + 1)
        }
        for trigger in settings.triggers { lookback = max(lookback, trigger.cooldownDays) }
        for segment in settings.segments { lookback = max(lookback, segment.treatment.frequencyDays) }
        var actions: [Int64: [PastAction]] = [:]
        try readingStore("the engagement actions") {
            try store.forEachEngageAction(
                status: ActionStatus.planned.rawValue, from: asOf.adding(days: -lookback).index, to: asOf.index
            ) { row in
                guard let kind = ActionKind(rawValue: row.kind) else { return }
                actions[row.sequence, default: []].append(
                    PastAction(day: Day(index: row.day), kind: kind, rule: row.rule, step: row.step, channel: row.channel))
            }
        }
        return actions
    }

    /// The actions file's path as shown: `engage/actions-DAY.FORMAT` in the workspace unless set.
    var actionsFileShown: String { actionsPath ?? "engage/actions-\(asOf).\(format.rawValue)" }

    /// Writes the day's actions to the actions file (``actionsFileShown``).
    func writeActionsFile(_ actions: [EngageActionRow], goldenIDs: [Int64: String]) throws(GoldenError) {
        let shown = actionsFileShown
        let full = WorkspaceConfig.resolve(shown, in: actionsPath == nil ? config.directory : ".")
        try? FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try EngageActionsFile.write(actions, goldenIDs: goldenIDs, format: format, to: full)
    }
}
