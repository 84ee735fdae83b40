import GRDB
import GoldenCore

/// One cluster of the latest Match stage as the Merge stage reads it: its members' encoded
/// normalized records (record-id order) and the events that belong to them (member by member,
/// each member's in the order they were stored: the order engagement sees them in).
///
/// The events hold what golden records are built from: their source, kind, time, amount,
/// currency and attributes, and their subject (the member's source and key, the same strings).
/// Their own key and lineage are not read: `key` is empty and `lineage.file` too.
public struct ClusterInput: Sendable {
    public var cluster: Int64
    public var members: [EncodedNormalizedRow]
    public var events: [Event]
}

extension MergeSession {
    /// Calls `body` with the clusters (those of `clusters`, when given) in cluster-id order,
    /// `size` clusters at a time (the last batch may be smaller), read inside the merge
    /// transaction. Records normalized but not clustered are not read.
    public func forEachClusterBatch(clusters: [Int64]? = nil, size: Int, _ body: ([ClusterInput]) throws -> Void) throws {
        try GoldenStore.forEachClusterBatch(db, clusters: clusters, size: size, body)
    }
}

extension GoldenStore {
    /// Whether a read can run on another thread while a write transaction is open: a store on
    /// disk (a WAL pool) can, an in-memory one (one connection) cannot.
    public var readsAlongsideWrites: Bool { writer is DatabasePool }

    /// ``MergeSession/forEachClusterBatch(clusters:size:_:)`` through a read connection of its
    /// own, for a thread that reads while the merge transaction writes on another (see
    /// ``readsAlongsideWrites``). The merge writes none of the tables read, so the snapshot is the
    /// one the transaction sees. Errors of `body` are rethrown unchanged.
    public func forEachClusterBatch(clusters: [Int64]? = nil, size: Int, _ body: ([ClusterInput]) throws -> Void) throws {
        try readStreaming("Could not read the clusters") { db in
            try Self.forEachClusterBatch(db, clusters: clusters, size: size, body)
        }
    }

    /// How many events are stored.
    public func eventCount() throws(GoldenError) -> Int {
        try readSnapshot("Could not count the events") { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0 }
    }

    /// The clusters on `db`, `size` at a time: rows are read through the SQLite C API
    /// (``StatementBinder``), one statement over the members and one index lookup of each
    /// member's events.
    ///
    /// - Complexity: O(*m* log *n* + *e*) for *m* members, *e* events and *n* stored events.
    static func forEachClusterBatch(
        _ db: Database, clusters: [Int64]?, size: Int, _ body: ([ClusterInput]) throws -> Void
    ) throws {
        let only = clusters == nil ? "" : "WHERE c.cluster_id IN (SELECT value FROM json_each(?))"
        let members = try StatementBinder(
            db,
            sql: """
                SELECT c.cluster_id, n.record_id, s.source, s.key, n.payload
                FROM match_clusters c JOIN normalized_records n ON n.record_id = c.record_id
                JOIN source_records s ON s.id = c.record_id \(only)
                ORDER BY c.cluster_id, c.record_id
                """)
        defer { members.clear() }
        if let clusters { members.bind(GoldenStore.jsonList(clusters), at: 1) }
        let events = try StatementBinder(
            db,
            sql: """
                SELECT source, kind, occurred_at, amount, currency, attributes FROM events
                WHERE subject_source = ? AND subject_key = ? ORDER BY rowid
                """)
        defer { events.clear() }
        var batch: [ClusterInput] = []
        var current: ClusterInput?
        var lastSource = ""
        var sources = InternedTexts()
        while try members.step() {
            let cluster = members.int64(at: 0)
            var source = members.text(at: 2)
            if source == lastSource { source = lastSource } else { lastSource = source }
            let key = members.text(at: 3)
            let member = EncodedNormalizedRow(recordID: members.int64(at: 1), source: source, key: key, payload: members.bytes(at: 4))
            if current?.cluster != cluster {
                if let done = current {
                    batch.append(done)
                    if batch.count == size {
                        try CallerError.passing { try body(batch) }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                current = ClusterInput(cluster: cluster, members: [], events: [])
            }
            current!.members.append(member)
            events.bind(source, at: 1)
            events.bind(key, at: 2)
            while try events.step() {
                current!.events.append(try Self.event(events, subjectSource: source, subjectKey: key, sources: &sources))
            }
        }
        if let done = current { batch.append(done) }
        if !batch.isEmpty { try CallerError.passing { try body(batch) } }
    }

    /// The event on the current row of `row` (`source, kind, occurred_at, amount, currency,
    /// attributes`), of the member `subjectSource`/`subjectKey`; its source one of `sources`.
    private static func event(
        _ row: StatementBinder, subjectSource: String, subjectKey: String, sources: inout InternedTexts
    ) throws -> Event {
        let kind = try row.withBytes(at: 1) { bytes throws(GoldenError) in try EventKind(stored: bytes) }
        let attributes: [Field]
        do {
            attributes = try row.withBytes(at: 5) { bytes throws(GoldenError) in try FieldCodec.decode(bytes) }
        } catch {
            throw GoldenError(.store, "Malformed events.attributes in the store", cause: error)
        }
        return Event(
            source: row.withBytes(at: 0) { sources.text($0) }, key: "", subjectSource: subjectSource, subjectKey: subjectKey, kind: kind,
            occurredAt: row.int64OrNil(at: 2).map(Timestamp.init(secondsSinceEpoch:)),
            amount: row.int64OrNil(at: 3).map(Amount.init(tenThousandths:)), currency: row.textOrNil(at: 4),
            attributes: attributes, lineage: Lineage(file: ""))
    }
}
