import ArgumentParser
import Pipeline

/// Options of the exports of merge results: format, gzip, output.
struct TableExportOptions: ParsableArguments {
    @Option(help: "csv or jsonl.")
    var format: ExportFormat = .csv

    @Flag(help: "Gzip the output.")
    var gzip = false

    @Option(help: "The output file; '-' for standard output.")
    var out = "-"
}

/// Runs one table export and reports the count.
func exportTable(_ table: GoldenExport.Table, noun: String, options: WorkspaceOptions, export: TableExportOptions) throws {
    let count = try guarded {
        try GoldenExport.write(
            table, configPath: options.config, format: export.format == .csv ? .csv : .jsonl, gzip: export.gzip,
            to: export.out)
    }
    if export.out != "-" && !options.quiet { print("wrote \(count) \(noun) to \(export.out)") }
}

struct ExportGoldenRecords: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Every active golden record: the chosen values, record count and history figures.",
        discussion: """
            CSV gives the preferred value of each attribute and every value of the multi-valued ones \
            joined with '|'; JSON lines give the whole record with each value's lineage and the \
            rolled-up history. Personal data: the output holds the values themselves.
            """)

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var export: TableExportOptions

    func run() throws { try exportTable(.golden, noun: "golden records", options: options, export: export) }
}

struct ExportXref: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xref",
        abstract: "source,record_key,golden_id: the golden record of every source record.",
        discussion: "Retired ids are not listed here: follow them with the redirects (golden status).")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var export: TableExportOptions

    func run() throws { try exportTable(.xref, noun: "cross-references", options: options, export: export) }
}

struct ExportEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Every event with the golden id of the record it belongs to.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var export: TableExportOptions

    func run() throws { try exportTable(.events, noun: "events", options: options, export: export) }
}

struct ExportReview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The review queue: each item's kind, status, records, golden ids, probability and reason.")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var export: TableExportOptions

    func run() throws { try exportTable(.review, noun: "review items", options: options, export: export) }
}
