import GoldenCore
import PostgresNIO

/// Publishes golden records to one PostgreSQL target: the changes since the target's last
/// publish, upserted in batches inside one transaction that ends with the publish's row in
/// `golden_publishes`. The Pipeline feeds it the changes and xref rows, streaming.
///
/// A target whose last publish is the store's last one gets the change feed (`delta`); any
/// other — new, emptied, or left behind by a failed publish — is brought up to date in full
/// (`full`): every golden id as it is now. Either way rows that already hold the same values are
/// not rewritten, so publishing twice writes nothing new.
///
/// ```swift
/// let publisher = try PostgresPublisher.open(settings, environment: ProcessInfo.processInfo.environment)
/// defer { publisher.close() }
/// let full = publisher.lastPublish != storeLastPublish
/// try publisher.begin(publish: 7, full: full)
/// for change in changes { try publisher.add(change) }
/// let result = try publisher.commit(run: 12, counts: counts)
/// ```
public final class PostgresPublisher {
    public let settings: PostgresTargetSettings
    let session: PostgresSession
    let schema: PostgresSchema
    /// The last publish applied to the target (`nil` for a new one).
    public let lastPublish: Int64?
    /// Where the target is.
    public var endpoint: PostgresEndpoint { session.endpoint }

    private var result: PostgresPublishResult
    private var changes: [GoldenChange] = []
    private var xref: [PublishedXref] = []
    private let goldenUpsert: UnnestUpsert, redirectUpsert: UnnestUpsert, xrefUpsert: UnnestUpsert

    private init(settings: PostgresTargetSettings, session: PostgresSession, lastPublish: Int64?) {
        self.settings = settings
        self.session = session
        self.lastPublish = lastPublish
        schema = PostgresSchema(name: settings.schema)
        goldenUpsert = schema.goldenRecords
        redirectUpsert = schema.redirects
        xrefUpsert = schema.xref
        result = PostgresPublishResult(target: settings.name, endpoint: session.endpoint.description, schema: settings.schema)
    }

    /// Connects to the target, creates its schema and tables when missing, and reads its last
    /// publish.
    public static func open(
        _ settings: PostgresTargetSettings, environment: [String: String]
    ) throws(GoldenError) -> PostgresPublisher {
        let endpoint: PostgresEndpoint
        do {
            endpoint = try PostgresEndpoint.resolve(settings.connection, environment: environment)
        } catch {
            throw GoldenError(error.code, "publish target '\(settings.name)': \(error.message)")
        }
        let session = try PostgresSession.connect(to: endpoint)
        do {
            let schema = PostgresSchema(name: settings.schema)
            for statement in schema.creation { try session.execute(statement) }
            let last = try session.rows("SELECT max(publish_id)::text FROM \(schema.table("golden_publishes"))")
            return PostgresPublisher(settings: settings, session: session, lastPublish: last.first?.first?.flatMap { Int64($0) })
        } catch {
            session.close()
            throw error
        }
    }

    /// Starts publish `publish`'s transaction; `full` when the target is not in step with the store.
    public func begin(publish: Int64, full: Bool) throws(GoldenError) {
        try session.execute("BEGIN")
        try session.execute("SET LOCAL golden.publish_id = '\(publish)'")
        result.mode = full ? "full" : "delta"
        result.publish = publish
    }

    /// Adds one change; sent with the next full batch.
    public func add(_ change: GoldenChange) throws(GoldenError) {
        changes.append(change)
        if changes.count >= settings.batchSize { try flushChanges() }
    }

    /// Adds one xref row; sent with the next full batch.
    public func add(_ row: PublishedXref) throws(GoldenError) {
        xref.append(row)
        if xref.count >= settings.batchSize { try flushXref() }
    }

    /// Sends what is buffered, records the publish in `golden_publishes` and commits.
    public func commit(run: Int64?, counts: ChangeCounts) throws(GoldenError) -> PostgresPublishResult {
        try flushChanges()
        try flushXref()
        if result.mode == "full" {
            // Rows of ids retired since the target last saw them no longer belong to any record.
            result.xrefDeleted += try session.execute(
                """
                DELETE FROM \(schema.table("golden_xref")) x USING \(schema.table("golden_records")) g
                WHERE x.golden_id = g.golden_id AND g.status = 'retired'
                """)
        }
        let values = [counts.created, counts.updated, counts.merged, counts.split, counts.retired].map(String.init)
        try session.execute(
            """
            INSERT INTO \(schema.table("golden_publishes")) (publish_id, run, mode, created, updated, merged, split, retired)
            VALUES (current_setting('golden.publish_id')::bigint, \(run.map(String.init) ?? "NULL"), '\(result.mode)',
                \(values.joined(separator: ", ")))
            """)
        try session.execute("COMMIT")
        return result
    }

    /// Closes the connection; a transaction not committed is rolled back.
    public func close() { session.close() }

    // MARK: - Batches

    private func flushChanges() throws(GoldenError) {
        guard !changes.isEmpty else { return }
        defer { changes.removeAll(keepingCapacity: true) }
        let rows = changes.map { change -> [String?] in
            [
                change.goldenID, change.status, change.survivorID, String(change.recordCount), change.record,
                change.history, change.contentHash.map(String.init), change.run.map(String.init), change.at,
            ]
        }
        let written = try goldenUpsert.write(rows, session: session)
        result.recordsInserted += written.inserted
        result.recordsUpdated += written.updated

        let redirects = changes.filter { $0.kind == .merged }.map { change -> [String?] in
            [change.goldenID, change.survivorID, change.reason, change.run.map(String.init), change.at]
        }
        let redirected = try redirectUpsert.write(redirects, session: session)
        result.redirectsWritten += redirected.inserted + redirected.updated

        // An id active again resolves to itself; an id retired has no source records left.
        let active = changes.filter(\.kind.carriesRecord).map(\.goldenID)
        if !active.isEmpty {
            result.redirectsDeleted += try delete(from: "golden_redirects", where: "retired_id", in: active)
        }
        let retired = changes.filter { !$0.kind.carriesRecord }.map(\.goldenID)
        if !retired.isEmpty {
            result.xrefDeleted += try delete(from: "golden_xref", where: "golden_id", in: retired)
        }
    }

    private func flushXref() throws(GoldenError) {
        guard !xref.isEmpty else { return }
        defer { xref.removeAll(keepingCapacity: true) }
        let written = try xrefUpsert.write(xref.map { [$0.source, $0.recordKey, $0.goldenID] }, session: session)
        result.xrefWritten += written.inserted + written.updated
    }

    private func delete(from table: String, where column: String, in ids: [String]) throws(GoldenError) -> Int {
        var bindings = PostgresBindings()
        bindings.append(ids)
        let sql = "DELETE FROM \(schema.table(table)) WHERE \(column) = ANY($1::text[])"
        return try session.run(PostgresQuery(unsafeSQL: sql, binds: bindings)).metadata.rows ?? 0
    }
}
