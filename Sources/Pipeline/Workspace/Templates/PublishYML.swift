extension WorkspaceTemplate {
    /// `Mappings/publish.yml` as `golden init` writes it: the change feed and a files target, with
    /// a PostgreSQL target to uncomment. Reference: docs/PUBLISH.md.
    static let publishYML = """
        # Where `golden run` (at its end) and `golden publish` send what changed in the golden records
        # since the last publish. Reference: docs/PUBLISH.md in the Golden repository.

        # The change feed: one JSON line per golden id created, updated, merged (retired -> survivor),
        # split or retired, in publish/feed/changes-NNNNNN.jsonl.
        feed:
          directory: publish/feed

        targets:
          # Snapshot files of the golden records, the cross-reference and the redirects.
          - name: files
            kind: files
            directory: publish/files
            format: csv                  # csv | jsonl
            gzip: true
            gzip_level: 1                # 1 (fastest, the default) to 9 (smallest)

          # A PostgreSQL schema, upserted in batches (tables created when missing). The connection
          # comes from the environment: GOLDEN_PG_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD,
          # PGDATABASE. Never put a password in this file.
          # - name: warehouse
          #   kind: postgres
          #   url_env: GOLDEN_PG_URL
          #   schema: golden

        """
}
