import ArgumentParser
import Pipeline

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Send what changed in the golden records since the last publish to the configured targets.",
        discussion: """
            Targets are named in Mappings/publish.yml (or the file golden.yml's publish: names): \
            files (golden records, xref and redirects as CSV or JSON lines, optionally gzipped) and \
            PostgreSQL schemas (golden_records, golden_xref, golden_redirects, golden_publishes, \
            created when missing, upserted). Each publish also writes the change feed, \
            changes-NNNNNN.jsonl: golden ids created, updated, merged (retired into a survivor), \
            split or retired since the last publish. Publishing again without changes writes nothing.

            A PostgreSQL target connects with its url:, else the variable its url_env: names, else \
            GOLDEN_PG_URL (postgres://user:password@host:port/database?sslmode=...), else the libpq \
            variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE. Passwords are never \
            printed. `golden run` ends with a publish when the workspace has a publish file.
            """)

    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        try execute(command: "publish", options: options)
    }
}
