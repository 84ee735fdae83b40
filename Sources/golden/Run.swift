import ArgumentParser
import Pipeline

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the pipeline over the workspace: ingest, normalize, match, merge, quality, engage, publish.",
        discussion: """
            Incremental and idempotent: files whose content was ingested before are skipped. The \
            engage stage runs when the workspace has engagement rules (Mappings/engage.yml), for the \
            --as-of day; the publish stage when it has a publish file (Mappings/publish.yml).
            """)

    @OptionGroup var options: WorkspaceOptions

    @Flag(help: "Train a new match model first, even when a fitting one is saved.")
    var retrain = false

    @Option(name: .customLong("as-of"), help: "Judge freshness and decide engagement on this date (YYYY-MM-DD; default: now).")
    var asOf: AsOfDate?

    func run() throws {
        try execute(command: "run", options: options, retrain: retrain, asOf: asOf)
    }
}

struct Rebuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-resolve every record: a full match and merge; golden ids kept by maximal overlap.",
        discussion: """
            'golden run' matches only new and changed records against the blocking index in the store \
            and gives the same clusters; rebuild re-blocks, re-scores and re-clusters everything with the \
            saved model (--retrain fits a new one first), rebuilds the index and every golden record. \
            Each golden id stays on the cluster holding most of its records; merged ids redirect.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Flag(help: "Train a new match model first, even when a fitting one is saved.")
    var retrain = false

    func run() throws {
        try execute(command: "rebuild", options: options, retrain: retrain)
    }
}

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Normalize the stored records that are new or changed since the last run.",
        discussion: """
            Names, nicknames, e-mails, phones (E.164), addresses, postcodes and dates become typed, \
            comparable values kept beside the raw ones, with data-quality findings. A change to a \
            mapping's normalize: section normalizes that source's records again.
            """)

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try execute(command: "normalize", options: options)
    }
}

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read every source's files into the store (new content only).")

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try execute(command: "ingest", options: options)
    }
}

/// Shared by `run`, `ingest` and `normalize`: the summary goes to stdout (JSON or a table), then the exit code.
func execute(command: String, options: WorkspaceOptions, retrain: Bool = false, asOf: AsOfDate? = nil) throws {
    let summary = try guarded {
        var runner = try Runner(configPath: options.config, progress: options.progress, threads: options.threads)
        runner.retrain = retrain
        runner.asOf = asOf?.timestamp
        return try runner.run(command: command)
    }
    print(options.json ? summary.json : summary.text)
    if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
}
