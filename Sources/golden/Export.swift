import ArgumentParser
import Pipeline

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write what the store holds to a file.",
        subcommands: [
            ExportGoldenRecords.self, ExportXref.self, ExportEvents.self, ExportReview.self, ExportQuarantine.self,
            ExportNormalized.self,
        ])
}

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl
}

struct ExportQuarantine: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine",
        abstract: "Every quarantined row: source, file, line or element path, field, reason, raw bytes.",
        discussion: "The raw column holds the row's bytes as text when they are UTF-8, else base64 (raw_encoding says which).")

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var export: TableExportOptions

    func run() throws {
        let count = try guarded {
            try QuarantineExport.write(
                configPath: options.config, format: export.format == .csv ? .csv : .jsonl, gzip: export.gzip,
                to: export.out)
        }
        if export.out != "-" && !options.quiet { print("wrote \(count) quarantined rows to \(export.out)") }
    }
}

struct ExportNormalized: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalized",
        abstract: "Every normalized record as JSON lines: typed values beside their raw text, and the findings.",
        discussion: "Records are in record-id order. Personal data: the output holds the values themselves.")

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "jsonl (the only format: normalized records are nested).")
    var format: ExportFormat = .jsonl

    @Flag(help: "Gzip the output.")
    var gzip = false

    @Option(help: "The output file; '-' for standard output.")
    var out = "-"

    func validate() throws {
        if format != .jsonl { throw ValidationError("normalized records export as jsonl only") }
    }

    func run() throws {
        let count = try guarded { try NormalizedExport.write(configPath: options.config, gzip: gzip, to: out) }
        if out != "-" && !options.quiet { print("wrote \(count) normalized records to \(out)") }
    }
}
