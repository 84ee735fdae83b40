import Engage
import GoldenCore
import Merge
import Quality
import Pipeline
import Store

/// One golden record in full, as `GET /api/goldens/{id}` answers: each attribute's values with
/// their sources and observed-at times, the cross-reference, the events summary, and the merge
/// and split history.
///
/// With the record's freshness on the day asked for, and its engagement state and path as the
/// Engage stage decided them.
struct GoldenRecordDetail: Encodable, Sendable {
    var goldenId: String
    /// The id asked for, when it was retired and redirects here.
    var redirectedFrom: String?
    var status: String
    var recordCount: Int
    var updatedAt: String
    var displayName: String?
    var attributes: [AttributeValue]
    /// The source records, as `source` and `key`.
    var xref: [RecordView]
    /// The roll-up of the person's events (purchases, spend, returns, channels, last activity).
    var events: HistorySummary?
    /// The merge log's lines about this record, oldest first.
    var history: [AuditEntry]
    /// Retired ids that now lead here.
    var redirects: [Redirect]
    /// How fresh the record's attributes are today, by the workspace's quality policies (the
    /// Quality stage's rules: age from the last time any source asserted the value); `nil` for
    /// a retired record.
    var freshness: Freshness?
    /// The line, stage and ladder as of the last day engaged, and every transition since the
    /// first; `nil` when the workspace never engaged this record.
    var engagement: Engagement?

    struct Engagement: Encodable, Sendable {
        /// The last day decided.
        var asOf: String
        var line: String
        var stage: String
        /// The day the customer entered this line and stage.
        var since: String
        var ladder: Ladder?
        /// Every change of line or stage, oldest first: the customer's path.
        var path: [Step]

        struct Ladder: Encodable, Sendable {
            var name: String
            var step: Int
            var stepDay: String
            var startedDay: String
            var spent: Double
            var capped: Bool
            var succeeded: Bool
        }

        struct Step: Encodable, Sendable {
            var day: String
            var fromLine: String?
            var fromStage: String?
            var line: String
            var stage: String
            var rule: String
            var signals: [String]
        }

        /// The engagement of golden record `sequence`, if it was ever engaged.
        static func load(sequence: Int64, store: GoldenStore) throws(GoldenError) -> Engagement? {
            guard let row = try store.engageState(sequence: sequence),
                let (state, ladder) = EngageMemoryCodec.decode(row.state)
            else { return nil }
            return Engagement(
                asOf: Day(index: row.day).description, line: state.line.rawValue, stage: state.stage,
                since: state.since.description,
                ladder: ladder.map {
                    Ladder(
                        name: $0.ladder, step: $0.step, stepDay: $0.stepDay.description, startedDay: $0.startedDay.description,
                        spent: $0.spent, capped: $0.capped, succeeded: $0.succeeded)
                },
                path: try store.engageTransitions(sequence: sequence).map {
                    Step(
                        day: Day(index: $0.day).description, fromLine: $0.fromLine, fromStage: $0.fromStage, line: $0.toLine,
                        stage: $0.toStage, rule: $0.rule, signals: $0.signals.split(separator: ",").map(String.init))
                })
        }
    }

    struct Freshness: Encodable, Sendable {
        /// The record's status: the worst of its attributes'.
        var status: String
        var dormant: Bool
        var lastActivity: String?
        var asOf: String
        var attributes: [Attribute]

        struct Attribute: Encodable, Sendable {
            var attribute: String
            var status: String
            var lastAssertedAt: String?
        }

        init(_ freshness: RecordFreshness, asOf: Timestamp) {
            status = freshness.status.rawValue
            dormant = freshness.isDormant
            lastActivity = freshness.lastActivity?.iso8601
            self.asOf = asOf.iso8601
            attributes = freshness.attributes.map {
                Attribute(attribute: $0.attribute.rawValue, status: $0.status.rawValue, lastAssertedAt: $0.lastAssertedAt?.iso8601)
            }
        }
    }

    /// One value of an attribute and who asserted it.
    struct AttributeValue: Encodable, Sendable {
        var attribute: String
        var value: String
        var preferred: Bool
        var status: String
        var firstAssertedAt: String?
        var lastAssertedAt: String?
        var sources: [Assertion]
    }

    /// A source record that asserted a value, and when the source observed it.
    struct Assertion: Encodable, Sendable {
        var source: String
        var key: String
        var observedAt: String?
    }

    struct RecordView: Encodable, Sendable {
        var source: String
        var key: String
        /// `source:key`, as decisions name records.
        var ref: String
    }

    struct Redirect: Encodable, Sendable {
        var retired: String
        var reason: String
        var at: String
    }

    /// The detail of golden record `id` (a retired id is followed to its survivor).
    ///
    /// - Parameter freshness: judges the record's freshness (the workspace's policies, as of a
    ///   date); without it the detail has none.
    /// - Throws: `notFound` for an id never minted.
    static func load(_ id: String, store: GoldenStore, freshness evaluator: FreshnessEvaluator? = nil) throws(GoldenError) -> GoldenRecordDetail {
        guard let active = try store.resolveGoldenID(id), let stored = try store.goldenRecord(id: active) else {
            throw GoldenError(.notFound, "no golden record \(id)")
        }
        let record = try stored.record.map { json throws(GoldenError) in try MergeJSON.fastDecode(json, as: GoldenRecord.self) }
        let events = try stored.history.map { json throws(GoldenError) in try MergeJSON.fastDecode(json, as: HistorySummary.self) }
        let log = try store.mergeLog(golden: stored.sequence)
        var ids: [Int64: String] = [:]
        for sequence in Set(log.flatMap { [$0.entry.golden, $0.entry.other].compactMap(\.self) }) {
            ids[sequence] = try store.goldenRecord(sequence: sequence)?.goldenID
        }
        return GoldenRecordDetail(
            goldenId: stored.goldenID, redirectedFrom: active == id ? nil : id, status: stored.status,
            recordCount: stored.recordCount, updatedAt: stored.updatedAt.iso8601, displayName: record?.displayName,
            attributes: record.map(attributes) ?? [],
            xref: try store.goldenMembers(sequence: stored.sequence).map {
                RecordView(source: $0.source, key: $0.key, ref: "\($0.source):\($0.key)")
            },
            events: events, history: log.map { AuditEntry($0, ids: ids) },
            redirects: try store.redirects(to: stored.sequence).map { Redirect(retired: $0.retired, reason: $0.reason, at: $0.at) },
            freshness: record.flatMap { record in
                evaluator.map { Freshness($0.evaluate(FreshnessFacts(record: record, history: events)), asOf: $0.asOf) }
            },
            engagement: try Engagement.load(sequence: stored.sequence, store: store))
    }

    /// Every value of every attribute, in the attributes' order, best value first.
    static func attributes(_ record: GoldenRecord) -> [AttributeValue] {
        var values: [AttributeValue] = []
        func add<V>(_ attribute: GoldenAttribute, _ items: [GoldenValue<V>], _ show: (V) -> String?) {
            for item in items {
                guard let text = show(item.value), !text.isEmpty else { continue }
                values.append(
                    AttributeValue(
                        attribute: attribute.rawValue, value: text, preferred: item.preferred, status: item.status.rawValue,
                        firstAssertedAt: item.firstAssertedAt?.iso8601, lastAssertedAt: item.lastAssertedAt?.iso8601,
                        sources: item.lineage.map { Assertion(source: $0.source, key: $0.key, observedAt: $0.observedAt?.iso8601) }))
            }
        }
        add(.name, record.name.map { [$0] } ?? []) { name in
            [name.title, name.given, name.middle, name.family, name.suffix].compactMap(\.self).joined(separator: " ")
        }
        add(.dateOfBirth, record.dateOfBirth.map { [$0] } ?? []) { date in
            guard let month = date.month, let day = date.day else { return date.raw }
            let monthDay = (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
            return date.year.map { "\($0)-\(monthDay)" } ?? "--\(monthDay)"
        }
        add(.gender, record.gender.map { [$0] } ?? []) { $0.rawValue }
        add(.email, record.emails) { $0.normalized ?? $0.raw }
        add(.phone, record.phones) { $0.e164 ?? $0.raw }
        add(.address, record.address.map { [$0] } ?? []) { $0.raw.joined(separator: ", ") }
        add(.loyaltyCard, record.loyaltyCards) { $0 }
        add(.accountId, record.accountIds) { $0 }
        add(.username, record.usernames) { $0 }
        return values
    }
}

/// A line of the merge log — the audit log — with golden records by id.
struct AuditEntry: Encodable, Sendable {
    var id: Int64
    var at: String
    var run: Int64?
    /// `golden` for the pipeline, else the steward.
    var actor: String
    var action: String
    var golden: String?
    var other: String?
    var records: Int?
    var reason: String

    init(_ stored: StoredMergeLogEntry, ids: [Int64: String]) {
        id = stored.id
        at = stored.at.iso8601
        run = stored.runID
        actor = stored.entry.actor
        action = stored.entry.action
        golden = stored.entry.golden.flatMap { ids[$0] }
        other = stored.entry.other.flatMap { ids[$0] }
        records = stored.entry.records
        reason = stored.entry.reason
    }
}
