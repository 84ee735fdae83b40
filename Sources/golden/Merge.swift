import ArgumentParser
import Pipeline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Turn the latest clusters into golden records: survivorship, stable ids, history.",
        discussion: """
            Each cluster of the latest match becomes one golden record: every attribute chosen by the \
            survivorship rules (Mappings/survivorship.yml), with the source records and times it came \
            from, and the person's events rolled up. Golden ids stay stable across runs: a merge keeps \
            the older id and redirects the other, a split keeps the id on the larger part. Only \
            golden records that changed are written.
            """)

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try execute(command: "merge", options: options)
    }
}
