import ArgumentParser
import Foundation
import GoldenCore
import Pipeline

@main
struct Golden: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Identity resolution and data quality for retail customer data.",
        discussion: """
            Golden reads POS, loyalty, e-commerce and community feeds (CSV or XML, gzipped or not), \
            keeps every row as a source record, an event or a quarantined row with its reason, \
            builds one golden record per customer and publishes the golden records (files, \
            PostgreSQL, a change feed) to the targets of Mappings/publish.yml.

            Exit codes: 0 ok, 1 failed or a file broke off, 2 usage or configuration error, \
            3 finished with quarantined rows above the configured limit or a failing quality check \
            (Mappings/quality.yml: freshness policies and warn/fail thresholds; see golden report).
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Run.self, Rebuild.self, Ingest.self, Normalize.self, MatchCommand.self, MergeCommand.self,
            EngageCommand.self, PublishCommand.self, Train.self, Explain.self,
            Evaluate.self, Status.self, Report.self, Export.self, Review.self, Serve.self, Fixtures.self,
        ])

    /// Parses and runs the command; a command line the parser refuses exits with code 2 (the
    /// usage error of Golden's exit-code contract), not the parser's own 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Options every workspace command takes.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The workspace configuration file.")
    var config = "golden.yml"

    @Flag(help: "Print the machine-readable JSON summary on standard output.")
    var json = false

    @Flag(name: .shortAndLong, help: "No progress lines on standard error.")
    var quiet = false

    @Option(help: "Threads for the stages that run in parallel (default: one per core).")
    var threads: Int?

    var progress: ProgressLog { quiet ? .silent : .automatic }

    mutating func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

/// Runs `body`, printing a GoldenError to standard error and exiting with its code.
func guarded<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as GoldenError {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}

func printJSON(_ text: String) { print(text) }
