import GoldenCore
import Merge

/// What a freshness evaluation needs of one golden record: who asserted the preferred value of
/// each attribute and when, the latest assertion of any value, and the customer's last activity.
///
/// Made from a decoded record (``init(record:history:)``) or, faster, straight from the stored
/// JSON (``init(recordJSON:historyJSON:)``); both give the same facts.
///
/// ```swift
/// let facts = FreshnessFacts(record: golden, history: summary)
/// facts.preferred[0].attribute          // .email
/// facts.preferred[0].assertions         // [(source: "pos", observedAt: …), …]
/// ```
public struct FreshnessFacts: Hashable, Sendable {
    /// One member record's assertion of a value: its source and when that source observed it.
    public struct Assertion: Hashable, Sendable {
        public var source: String
        public var observedAt: Optional<Timestamp>

        public init(source: String, observedAt: Timestamp?) {
            self.source = source
            self.observedAt = observedAt
        }
    }

    /// The preferred value of each attribute the record has, with its lineage, in
    /// ``GoldenAttribute/allCases`` order.
    public var preferred: [(attribute: GoldenAttribute, assertions: [Assertion])]
    /// The latest observed-at among every value of every attribute.
    public var latestAssertion: Optional<Timestamp>
    /// The latest event of the customer's history (any feed), if any event had a time.
    public var lastEvent: Optional<Timestamp>

    public init(
        preferred: [(attribute: GoldenAttribute, assertions: [Assertion])], latestAssertion: Timestamp?, lastEvent: Timestamp?
    ) {
        self.preferred = preferred
        self.latestAssertion = latestAssertion
        self.lastEvent = lastEvent
    }

    /// The facts of a decoded golden record and its history.
    public init(record: GoldenRecord, history: HistorySummary?) {
        var preferred: [(attribute: GoldenAttribute, assertions: [Assertion])] = []
        var latest: Timestamp?
        func add<Value>(_ attribute: GoldenAttribute, _ values: [GoldenValue<Value>]) {
            for value in values {
                if let last = value.lastAssertedAt, latest.map({ last > $0 }) ?? true { latest = last }
            }
            guard let first = values.first(where: \.preferred) ?? values.first else { return }
            preferred.append((attribute, first.lineage.map { Assertion(source: $0.source, observedAt: $0.observedAt) }))
        }
        add(.name, record.name.map { [$0] } ?? [])
        add(.dateOfBirth, record.dateOfBirth.map { [$0] } ?? [])
        add(.gender, record.gender.map { [$0] } ?? [])
        add(.email, record.emails)
        add(.phone, record.phones)
        add(.address, record.address.map { [$0] } ?? [])
        add(.loyaltyCard, record.loyaltyCards)
        add(.accountId, record.accountIds)
        add(.username, record.usernames)
        self.init(preferred: preferred, latestAssertion: latest, lastEvent: history?.lastActivity.compactMap(\.lastAt).max())
    }

    /// When the customer was last active: their latest event, else (no event had a time) the
    /// latest time any source observed one of their records' values.
    public var lastActivity: Timestamp? { lastEvent ?? latestAssertion }

    public static func == (lhs: FreshnessFacts, rhs: FreshnessFacts) -> Bool {
        lhs.latestAssertion == rhs.latestAssertion && lhs.lastEvent == rhs.lastEvent
            && lhs.preferred.map(\.attribute) == rhs.preferred.map(\.attribute)
            && lhs.preferred.map(\.assertions) == rhs.preferred.map(\.assertions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(latestAssertion)
        hasher.combine(lastEvent)
        for (attribute, assertions) in preferred {
            hasher.combine(attribute)
            hasher.combine(assertions)
        }
    }
}
