import ArgumentParser
import Foundation
import GoldenCore
import Match
import Pipeline

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The data stewards' queue: list, show and decide review items; merge and split golden records.",
        discussion: """
            Review items are doubtful pairs of records: pairs in the review band, matches a guard \
            held back (cannot_link, cluster_size, household) and survivorship conflicts. A decision \
            is stored as must-link or cannot-link constraints that every later run honours; it takes \
            effect on the next 'golden run'. Each decision names who (--actor, default $USER) and why \
            (--reason, required); both go to the merge log, with ids only. When another steward \
            decided the same item first, or a run changed it, the decision is refused as a conflict \
            (exit code 1): look again, then decide again.
            """,
        subcommands: [ReviewList.self, ReviewShow.self, ReviewAccept.self, ReviewReject.self, ReviewMerge.self, ReviewSplit.self])
}

/// Who decides and why: every decision command takes both.
struct DecisionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who decides (default: $USER, else 'steward').", valueName: "NAME"))
    var actor: String?

    @Option(help: ArgumentHelp("Why (required); kept in the merge log, so name no personal data.", valueName: "TEXT"))
    var reason: String

    func note() throws(GoldenError) -> StewardNote {
        try StewardNote(actor: actor ?? ProcessInfo.processInfo.environment["USER"] ?? "steward", reason: reason)
    }
}

/// Runs `body` with the workspace's review desk and prints what it returns, as JSON or text.
private func withDesk<T: Encodable>(
    _ options: WorkspaceOptions, text: (T) -> String, _ body: (ReviewDesk) throws -> T
) throws {
    let result = try guarded {
        let runner = try Runner(configPath: options.config, progress: options.progress)
        return try body(ReviewDesk(config: runner.config, store: runner.store))
    }
    print(options.json ? prettyJSON(result) : text(result))
}

struct ReviewList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List review items: id, kind, status, probability, the two records and their golden ids, reason.",
        discussion: """
            Open items by default. Kinds: \(ReviewDesk.kinds.joined(separator: ", ")). With --json, each \
            item carries its status and updated_at: the version a decision through the API expects.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "open, accepted, rejected, merged, split, or all.")
    var status = "open"

    @Option(help: "Only items of this kind.")
    var kind: String?

    @Option(help: "At most this many items.")
    var limit = 50

    @Option(help: "Skip this many items first.")
    var offset = 0

    @Option(help: ArgumentHelp("Only items with at least this probability.", valueName: "P"))
    var minProbability: Double?

    @Option(help: ArgumentHelp("Only items with at most this probability.", valueName: "P"))
    var maxProbability: Double?

    @Option(help: "Only items with a record from this source.")
    var source: String?

    func validate() throws {
        let statuses = ReviewDesk.Status.allCases.map(\.rawValue) + ["all"]
        guard statuses.contains(status) else {
            throw ValidationError("--status is one of \(statuses.joined(separator: ", ")), not '\(status)'")
        }
    }

    func run() throws {
        let query = ReviewQuery(
            status: status == "all" ? nil : status, kind: kind, limit: limit, offset: offset, minProbability: minProbability,
            maxProbability: maxProbability, source: source)
        try withDesk(options, text: \.text) { try $0.list(query) }
    }
}

struct ReviewShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one review item: its two records side by side and why the model scored them so.",
        discussion: """
            Prints the item, each record's source:key and golden id, any decision already on the pair, \
            and the pair's explanation under the saved model (each comparison's level and weight, the \
            band, whether they are one cluster now). Record values are personal data and are shown \
            only with --show-values.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Argument(help: "The review item's id.")
    var id: Int64

    @Flag(help: "Also print the compared values of both records (personal data).")
    var showValues = false

    func run() throws {
        try withDesk(options, text: \.text) { try $0.show(id, showValues: showValues) }
    }
}

/// What `accept` and `reject` take: the workspace, the item or the pair of records, who and why.
struct PairDecisionArguments: ParsableArguments {
    @OptionGroup var options: WorkspaceOptions

    @Argument(help: "The review item's id (or name the records with --pair).")
    var id: Int64?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Two records to decide on without an item.", valueName: "SOURCE:KEY"))
    var pair: [String] = []

    @OptionGroup var decision: DecisionOptions

    func validate() throws {
        guard (id == nil) != pair.isEmpty else { throw ValidationError("name either a review item id or two records with --pair") }
        guard pair.isEmpty || pair.count == 2 else { throw ValidationError("--pair takes exactly two records, SOURCE:KEY SOURCE:KEY") }
        for ref in pair where Explain.ref(ref) == nil { throw ValidationError("'\(ref)' is not SOURCE:KEY") }
    }

    /// Accepts (`samePerson`) or rejects the item or the pair, and prints the report.
    func decide(samePerson: Bool) throws {
        try withDesk(options, text: \.text) { desk in
            let note = try decision.note()
            switch (pair.count == 2 ? (Explain.ref(pair[0])!, Explain.ref(pair[1])!) : nil, samePerson) {
            case (let (a, b)?, true): return try desk.accept(a, b, by: note)
            case (let (a, b)?, false): return try desk.reject(a, b, by: note)
            case (nil, true): return try desk.accept(id!, by: note)
            case (nil, false): return try desk.reject(id!, by: note)
            }
        }
    }
}

struct ReviewAccept: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Decide that two records are one person (a must-link): a review item's, or any two.",
        discussion: "Later runs always put the two records in one golden record. The item is settled as accepted.")

    @OptionGroup var arguments: PairDecisionArguments

    func run() throws { try arguments.decide(samePerson: true) }
}

struct ReviewReject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Decide that two records are two people (a cannot-link): a review item's, or any two.",
        discussion: """
            Later runs never join the two records' clusters through automatic matches, even where the \
            model scores them as a match. The item is settled as rejected.
            """)

    @OptionGroup var arguments: PairDecisionArguments

    func run() throws { try arguments.decide(samePerson: false) }
}

struct ReviewMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two golden records: they are one person.",
        discussion: """
            Stores a must-link between a record of each. After the next run the older id holds both \
            records' people and the other id redirects to it. Retired ids are followed to the record \
            they redirect to.
            """)

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var decision: DecisionOptions

    @Argument(help: ArgumentHelp("The two golden records.", valueName: "GOLDEN_ID"))
    var goldens: [String]

    func validate() throws {
        guard goldens.count == 2 else { throw ValidationError("merge takes exactly two golden ids") }
    }

    func run() throws {
        try withDesk(options, text: \.text) { try $0.merge(goldens[0], goldens[1], by: try decision.note()) }
    }
}

struct ReviewSplit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split records off a golden record: they are another person.",
        discussion: """
            The named records stay together and never rejoin the rest of the golden record on later \
            runs (a must-link among them, a cannot-link from them to each remaining record). After the \
            next run they form a golden record of their own; the larger part keeps the id.
            """)

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var decision: DecisionOptions

    @Argument(help: ArgumentHelp("The golden record.", valueName: "GOLDEN_ID"))
    var golden: String

    @Argument(help: ArgumentHelp("The records that leave it.", valueName: "SOURCE:KEY"))
    var records: [String]

    func validate() throws {
        guard !records.isEmpty else { throw ValidationError("name at least one record to split off, as SOURCE:KEY") }
        for ref in records where Explain.ref(ref) == nil { throw ValidationError("'\(ref)' is not SOURCE:KEY") }
    }

    func run() throws {
        try withDesk(options, text: \.text) { try $0.split(golden, leaving: records.compactMap(Explain.ref), by: try decision.note()) }
    }
}
