import ArgumentParser
import Pipeline

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What the store holds per source, and the most recent runs.")

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "How many recent runs to list.")
    var runs = 5

    func run() throws {
        let report = try guarded {
            try WorkspaceStatus.read(configPath: options.config, recentRuns: runs)
        }
        print(options.json ? report.json : report.text)
    }
}
