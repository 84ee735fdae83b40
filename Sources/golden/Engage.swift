import ArgumentParser
import Engage
import Pipeline

struct EngageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engage",
        abstract: "Hand every golden record to the engagement rules for one day and write the actions.",
        discussion: """
            Reads Mappings/engage.yml (rules, ladders, segments, caps), the calendar of baseline \
            campaigns and the offer bank it names. For each active golden record it decides the line \
            (above, on, below) and the retention stage, keeping every transition with its day and \
            cause; moves remediation ladders one step when a step's wait passed without success; \
            fires proactive triggers; plans the segment's treatment and the calendar baseline; falls \
            back to another channel when the wanted one is invalid, stale or opted out; holds what \
            suppression and weekly caps forbid; and allocates offers ranked by what each customer \
            buys, within each offer's quantity and budget. Writes the actions file (golden id, \
            state, stage, rule, ladder step, channel, offers and the signals that fired) and prints \
            the summary with response rates of earlier actions.

            Idempotent for an as-of date: engaging the same day again replaces that day's decisions. \
            A day before the latest one engaged is refused: history is never rewritten. `golden run` \
            ends with this stage when the workspace has engagement rules.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Option(name: .customLong("as-of"), help: "Decide for this day (YYYY-MM-DD; default: today, UTC).")
    var asOf: AsOfDate?

    @Option(help: "The actions file (default: engage/actions-DAY.csv in the workspace; .gz compresses).")
    var out: String?

    @Option(help: "csv or jsonl.")
    var format: ActionsFormat = .csv

    @Flag(help: "List the signals rules may use, with what each measures, and exit.")
    var listSignals = false

    func run() throws {
        if listSignals {
            let registry = SignalRegistry.standard
            for (name, summary) in zip(registry.names, registry.summaries) { print("\(name): \(summary)") }
            return
        }
        let summary = try guarded {
            var runner = try Runner(configPath: options.config, progress: options.progress, threads: options.threads)
            runner.asOf = asOf?.timestamp
            runner.actionsPath = out
            runner.actionsFormat = format.format
            return try runner.run(command: "engage")
        }
        print(options.json ? summary.json : summary.text)
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

enum ActionsFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl

    var format: TableExport.Format { self == .csv ? .csv : .jsonl }
}
