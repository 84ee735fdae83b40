import GoldenCore

/// An active golden record as the Quality and Engage stages read it: its stored facts (the
/// `golden_facts` blob, whose layout belongs to Pipeline), or — in a store whose Merge stage
/// has not written them yet — what they are computed from.
///
/// ```swift
/// try store.forEachGoldenFacts { golden in
///     switch golden.stored {
///     case .facts(let bytes): …                                  // the usual case
///     case .json(let count, let record, let history, _): …       // facts not written yet
///     }
/// }
/// ```
public struct StoredGoldenFacts: Sendable {
    /// Where the facts come from.
    public enum Stored: Sendable {
        /// The stored facts.
        case facts([UInt8])
        /// No facts stored: the record's member count, its JSON and its history's JSON, and —
        /// where the reader asked for them — its source records' events (members by record id,
        /// each member's in the order they were stored).
        case json(recordCount: Int, record: String?, history: String?, events: [Event])
    }

    public var sequence: Int64
    public var goldenID: String
    public var stored: Stored

    public init(sequence: Int64, goldenID: String, stored: Stored) {
        self.sequence = sequence
        self.goldenID = goldenID
        self.stored = stored
    }
}

/// One row of `golden_facts` as stored.
public struct GoldenFactsRow: Hashable, Sendable {
    public var sequence: Int64
    public var goldenID: String
    public var facts: GoldenFactsBlob

    public init(sequence: Int64, goldenID: String, facts: GoldenFactsBlob) {
        self.sequence = sequence
        self.goldenID = goldenID
        self.facts = facts
    }
}
