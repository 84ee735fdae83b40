import Engage
import GoldenCore
import Merge
import Quality

/// What the Quality and Engage stages read of one golden record, computed once by the Merge
/// stage and stored beside it (the store's `golden_facts`): its member count, the contact
/// profile, the freshness facts and the customer's events as engagement sees them. With it,
/// judging freshness and deciding a day parse no golden JSON and join no events.
///
/// ```swift
/// let facts = GoldenFacts(record: golden, recordCount: 3, history: summary, events: events)   // in Merge
/// let blob = facts.encoded()                                                  // stored
/// let read = try GoldenFacts(encoded: blob)                                   // in Engage
/// read == facts                                                               // true
/// ```
public struct GoldenFacts: Hashable, Sendable {
    /// How many source records the golden record has.
    public var recordCount: Int
    /// How each channel can reach the customer, and the attributes rules test.
    public var profile: ContactProfile
    /// Who asserted each preferred value and when, the latest assertion and the last event.
    public var freshness: FreshnessFacts
    /// The customer's events, oldest first, receipt lines grouped (``EngageEvents``).
    public var events: [EngageEvent]

    public init(recordCount: Int, profile: ContactProfile, freshness: FreshnessFacts, events: [EngageEvent]) {
        self.recordCount = recordCount
        self.profile = profile
        self.freshness = freshness
        self.events = events
    }

    /// The facts of a golden record as the Merge stage built it, from its values: no JSON read.
    ///
    /// - Parameter events: the events of its source records, members in record-id order and
    ///   each member's in the order they were stored.
    public init(record: GoldenRecord, recordCount: Int, history: HistorySummary, events: [Event]) {
        self.init(
            recordCount: recordCount, profile: ContactProfile(record: record), freshness: FreshnessFacts(record: record, history: history),
            events: EngageEvents.convert(events))
    }

    /// The same facts read from a stored golden record's JSON and its history's JSON (the path
    /// before facts were stored, kept for golden records whose facts are missing).
    ///
    /// - Throws: a `parse` error when the JSON is malformed.
    public init(recordJSON: String?, recordCount: Int, historyJSON: String?, events: [Event]) throws(GoldenError) {
        guard let recordJSON else {
            self.init(
                recordCount: recordCount, profile: ContactProfile(), freshness: FreshnessFacts(preferred: [], latestAssertion: nil, lastEvent: nil),
                events: EngageEvents.convert(events))
            return
        }
        self.init(
            recordCount: recordCount, profile: try ContactProfile(recordJSON: recordJSON),
            freshness: try FreshnessFacts(recordJSON: recordJSON, historyJSON: historyJSON), events: EngageEvents.convert(events))
    }
}
