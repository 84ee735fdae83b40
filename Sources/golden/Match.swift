import ArgumentParser
import Foundation
import GoldenCore
import Match
import Pipeline

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find which records are the same person: blocking, scoring, clustering.",
        discussion: """
            Normalizes what is pending, then re-resolves every record with the saved match model \
            (trained first when there is none, or when the comparisons in Mappings/match.yml changed). \
            Pairs above the match threshold are clustered; doubtful ones become review items.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Flag(help: "Train a new model first, even when a fitting one is saved.")
    var retrain = false

    func run() throws {
        try execute(command: "match", options: options, retrain: retrain)
    }
}

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Refit the match model (u by random sampling, m by EM) and save it as a new version.",
        discussion: "Later runs use the newest model that fits the configured comparisons.")

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let summary = try guarded {
            try Runner(configPath: options.config, progress: options.progress, threads: options.threads).train()
        }
        print(options.json ? prettyJSON(summary) : summary.text)
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain why two records are (not) the same person.",
        discussion: """
            Records are named SOURCE:KEY (the source's name in golden.yml, then the record key). \
            Prints each comparison's level, m, u and weight, the total weight and the probability, \
            the band the thresholds put the pair in, and whether the current clusters join them. \
            Record values are personal data and are shown only with --show-values.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Option(parsing: .upToNextOption, help: ArgumentHelp("The two records.", valueName: "SOURCE:KEY"))
    var pair: [String]

    @Flag(help: "Also print the compared values of both records (personal data).")
    var showValues = false

    mutating func validate() throws {
        guard pair.count == 2 else { throw ValidationError("--pair takes exactly two records, SOURCE:KEY SOURCE:KEY") }
        for ref in pair where Self.ref(ref) == nil {
            throw ValidationError("'\(ref)' is not SOURCE:KEY")
        }
    }

    static func ref(_ text: String) -> RecordRef? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let source = String(text[..<colon]), key = String(text[text.index(after: colon)...])
        guard !source.isEmpty, !key.isEmpty else { return nil }
        return RecordRef(source: source, key: key)
    }

    func run() throws {
        let report = try guarded {
            let runner = try Runner(configPath: options.config, progress: options.progress)
            return try PairExplainer(config: runner.config, store: runner.store)
                .explain(Self.ref(pair[0])!, Self.ref(pair[1])!, showValues: showValues)
        }
        print(options.json ? prettyJSON(report) : report.text)
    }
}

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the current clustering against labelled truth.",
        discussion: """
            The truth file is CSV with a header: source,record_key,entity_id (as 'golden fixtures \
            generate' writes), or record_key,entity_id (record_id is accepted for record_key) for \
            one source. Prints pairwise and B-cubed precision, recall and F1, cluster counts and \
            the largest false merges and splits (record keys and entity ids only).
            """)

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "The labelled truth file (CSV, may be gzipped).")
    var truth: String

    @Option(help: "The source the truth's records belong to, when the file has no source column.")
    var source: String?

    func run() throws {
        let report = try guarded {
            let runner = try Runner(configPath: options.config, progress: options.progress)
            return try ClusterEvaluation(config: runner.config, store: runner.store)
                .evaluate(truthPath: truth, source: source)
        }
        print(options.json ? prettyJSON(report) : report.text)
    }
}
