import GoldenCore

/// One value of a golden record's attribute, with where it came from.
///
/// Members of a cluster that give the same value — the same *grouping key*: the canonical
/// e-mail, the E.164 number, the name's keys, the address's postcode, street, house number, unit
/// and country — assert one golden value together. ``value`` is the form shown: the variant the
/// attribute's rules prefer among the ones the members wrote (`J.Smith@x.com` and
/// `jsmith@x.com` are one gmail address; `José` and `Jose` one given name).
///
/// ```swift
/// let email = golden.emails.first        // the preferred address
/// email?.value.normalized                // "j.smith@gmail.com"
/// email?.key                             // "jsmith@gmail.com"
/// email?.lastAssertedAt                  // the last time any source gave it
/// email?.lineage.map(\.source)           // ["loyalty", "pos"]
/// ```
public struct GoldenValue<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    /// The value as shown: the preferred variant of the group.
    public var value: Value
    /// The grouping key the members' values were gathered under.
    public var key: String
    /// The shown variant's status: `valid`, `corrected` or `partial`; `invalid` only when the
    /// members gave no usable value of the attribute at all. Never `placeholder`.
    public var status: ValueStatus
    /// The one value of the attribute that is preferred: the first of a multi-valued attribute,
    /// the chosen one of a single-valued attribute (and of a conflict's values).
    public var preferred: Bool
    /// Every member that asserted the value, oldest observation first (then by record id);
    /// a member that gave it twice is listed once.
    public var lineage: [SourceAssertion]
    /// The earliest observed-at among ``lineage`` (`nil` when no member has one).
    public var firstAssertedAt: Optional<Timestamp>
    /// The latest observed-at among ``lineage``: how fresh the value is, whichever record said it.
    public var lastAssertedAt: Optional<Timestamp>

    /// A golden value; ``Survivorship`` makes them.
    public init(
        value: Value, key: String, status: ValueStatus, preferred: Bool, lineage: [SourceAssertion],
        firstAssertedAt: Timestamp?, lastAssertedAt: Timestamp?
    ) {
        self.value = value
        self.key = key
        self.status = status
        self.preferred = preferred
        self.lineage = lineage
        self.firstAssertedAt = firstAssertedAt
        self.lastAssertedAt = lastAssertedAt
    }

    /// How many members asserted the value.
    public var count: Int { lineage.count }
}

/// A member record that asserted a golden value: the lineage of one golden attribute.
public struct SourceAssertion: Hashable, Sendable, Codable {
    /// The stored source record's id.
    public var recordID: Int64
    /// The source's name, as in `golden.yml`.
    public var source: String
    /// The record's key within its source.
    public var key: String
    /// When the source observed the record (`nil` when it does not say).
    public var observedAt: Optional<Timestamp>

    /// One member's assertion.
    public init(recordID: Int64, source: String, key: String, observedAt: Timestamp?) {
        self.recordID = recordID
        self.source = source
        self.key = key
        self.observedAt = observedAt
    }

    // `recordId` so that the JSON key is `record_id` and reads back (see ``MergeJSON``).
    enum CodingKeys: String, CodingKey {
        case recordID = "recordId"
        case source, key, observedAt
    }
}
