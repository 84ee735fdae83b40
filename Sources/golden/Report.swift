import ArgumentParser
import GoldenCore
import Pipeline

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the data-quality and freshness report: HTML, JSON and a text summary.",
        discussion: """
            Judges every golden record's freshness on the --as-of date against Mappings/quality.yml, \
            measures each source's completeness and validity per field, and adds match and merge \
            statistics and the trend over the latest runs. Writes quality.html (self-contained, \
            charts as inline SVG) and quality.json (like dbt's sources.json) into --out and prints \
            the summary. Reads the store only. Exit code 3 when a check fails.
            """)

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "The folder for quality.html and quality.json.")
    var out = "report"

    @Option(name: .customLong("as-of"), help: "Judge freshness on this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ; default: now).")
    var asOf: AsOfDate?

    func run() throws {
        let report = try guarded {
            let runner = try Runner(configPath: options.config, progress: options.progress, threads: options.threads)
            let report = try QualityReport.make(
                config: runner.config, store: runner.store, asOf: asOf?.timestamp ?? .now, threads: runner.threads)
            try report.write(to: out)
            return report
        }
        print(options.json ? report.json : report.text + "\nwrote \(out)/\(QualityReport.htmlFile) and \(out)/\(QualityReport.jsonFile)")
        if report.results.contains(where: { $0.status == "error" }) { throw ExitCode(3) }
    }
}

/// A date on the command line: `2025-01-31` (midnight UTC) or `2025-01-31T12:00:00Z`.
struct AsOfDate: ExpressibleByArgument {
    var timestamp: Timestamp

    init?(argument: String) {
        if let time = Timestamp(iso8601: argument) {
            timestamp = time
        } else if let time = Timestamp(iso8601: argument + "T00:00:00Z") {
            timestamp = time
        } else {
            return nil
        }
    }
}
