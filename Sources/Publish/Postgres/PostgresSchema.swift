/// The tables a PostgreSQL target holds, in one schema, and the statements that create them.
///
/// - `golden_records`: one row per golden id ever published. `status` is `active` or `retired`;
///   a retired row keeps its id, loses its record and names its `survivor_id` (when it was
///   merged). `record` and `history` are the golden record and its roll-up (jsonb);
///   `content_hash` is the store's hash of both. `changed_run`/`changed_at` say when the store
///   changed the row; `publish_id`/`updated_at` when a publish last wrote it.
/// - `golden_xref`: `source, record_key → golden_id` for every published source record.
/// - `golden_redirects`: each retired id and the active id it resolves to (chains kept flat).
/// - `golden_publishes`: one row per publish applied here, with its change counts: what tells a
///   target in step with the store (its last `publish_id` is the store's) from one that must be
///   brought up to date in full.
struct PostgresSchema {
    /// The schema's name, checked by the configuration: lower-case letters, digits, `_`.
    let name: String

    /// `"schema".table`.
    func table(_ table: String) -> String { "\"\(name)\".\(table)" }

    /// The statements that create what is missing, one per call (the extended protocol takes one
    /// statement at a time). Existing tables are left as they are.
    var creation: [String] {
        [
            "CREATE SCHEMA IF NOT EXISTS \"\(name)\"",
            """
            CREATE TABLE IF NOT EXISTS \(table("golden_records")) (
                golden_id text PRIMARY KEY,
                status text NOT NULL CHECK (status IN ('active', 'retired')),
                survivor_id text,
                record_count integer NOT NULL,
                record jsonb,
                history jsonb,
                content_hash bigint,
                changed_run bigint,
                changed_at timestamptz,
                publish_id bigint NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now())
            """,
            """
            CREATE TABLE IF NOT EXISTS \(table("golden_xref")) (
                source text NOT NULL,
                record_key text NOT NULL,
                golden_id text NOT NULL,
                publish_id bigint NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (source, record_key))
            """,
            "CREATE INDEX IF NOT EXISTS golden_xref_on_golden_id ON \(table("golden_xref")) (golden_id)",
            """
            CREATE TABLE IF NOT EXISTS \(table("golden_redirects")) (
                retired_id text PRIMARY KEY,
                survivor_id text NOT NULL,
                reason text,
                changed_run bigint,
                changed_at timestamptz,
                publish_id bigint NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now())
            """,
            """
            CREATE TABLE IF NOT EXISTS \(table("golden_publishes")) (
                publish_id bigint PRIMARY KEY,
                run bigint,
                mode text NOT NULL,
                created integer NOT NULL,
                updated integer NOT NULL,
                merged integer NOT NULL,
                split integer NOT NULL,
                retired integer NOT NULL,
                published_at timestamptz NOT NULL DEFAULT now())
            """,
        ]
    }

    /// Upserts golden records: the row of a change.
    var goldenRecords: UnnestUpsert {
        UnnestUpsert(
            table: table("golden_records"),
            columns: [
                .init(name: "golden_id", type: "text"), .init(name: "status", type: "text"),
                .init(name: "survivor_id", type: "text", nullable: true), .init(name: "record_count", type: "integer"),
                .init(name: "record", type: "jsonb", nullable: true), .init(name: "history", type: "jsonb", nullable: true),
                .init(name: "content_hash", type: "bigint", nullable: true),
                .init(name: "changed_run", type: "bigint", nullable: true),
                .init(name: "changed_at", type: "timestamptz"),
            ],
            key: ["golden_id"], compared: ["status", "survivor_id", "record_count", "content_hash"],
            extra: Self.stamps)
    }

    /// Upserts redirects.
    var redirects: UnnestUpsert {
        UnnestUpsert(
            table: table("golden_redirects"),
            columns: [
                .init(name: "retired_id", type: "text"), .init(name: "survivor_id", type: "text"),
                .init(name: "reason", type: "text", nullable: true), .init(name: "changed_run", type: "bigint", nullable: true),
                .init(name: "changed_at", type: "timestamptz"),
            ],
            key: ["retired_id"], compared: ["survivor_id", "reason"], extra: Self.stamps)
    }

    /// Upserts xref rows.
    var xref: UnnestUpsert {
        UnnestUpsert(
            table: table("golden_xref"),
            columns: [
                .init(name: "source", type: "text"), .init(name: "record_key", type: "text"),
                .init(name: "golden_id", type: "text"),
            ],
            key: ["source", "record_key"], compared: ["golden_id"], extra: Self.stamps)
    }

    /// Every written row gets the publish's id (set for the transaction by
    /// `SET LOCAL golden.publish_id`) and the time of the publish's transaction.
    private static let stamps: [(name: String, value: String)] = [
        ("publish_id", "current_setting('golden.publish_id')::bigint"), ("updated_at", "now()"),
    ]
}
