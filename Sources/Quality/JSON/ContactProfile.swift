import GoldenCore
import Merge

/// What engagement needs of a golden record besides its events: how each channel could reach
/// the person, and the few attributes rules test. Read straight from the stored JSON (see
/// ``init(recordJSON:)``), without decoding the record.
///
/// ```swift
/// let profile = try ContactProfile(recordJSON: stored.record!)
/// profile.email?.status          // .valid, .corrected… of the preferred e-mail
/// profile.mobile                 // the first usable mobile (or unknown-type) number, if any
/// profile.country                // "GB"
/// ```
public struct ContactProfile: Hashable, Sendable {
    /// A channel's golden value: its validity and when a source last asserted it.
    public struct Contact: Hashable, Sendable {
        public var status: ValueStatus
        public var lastAssertedAt: Timestamp?

        public init(status: ValueStatus, lastAssertedAt: Timestamp?) {
            self.status = status
            self.lastAssertedAt = lastAssertedAt
        }
    }

    /// The preferred e-mail.
    public var email: Contact?
    /// The domain of the preferred e-mail (`gmail.com`), lower case.
    public var emailDomain: String?
    /// The preferred phone that can take text messages: a mobile number, else one whose type
    /// the numbering plan cannot tell (US/CA).
    public var mobile: Contact?
    /// The preferred usable phone of any type, for calls.
    public var phone: Contact?
    /// The postal address.
    public var address: Contact?
    public var country: String?
    public var city: String?
    public var postcode: String?
    public var gender: String?
    public var birthYear: Int?
    public var birthMonth: Int?
    /// The earliest time any source asserted any value.
    public var firstAssertedAt: Timestamp?
    /// The lineage of the values freshness judges for the channels — the preferred (else the
    /// first) e-mail and phone, and the address — as ``FreshnessFacts`` reads them: what
    /// ``freshnessFacts`` hands to a ``FreshnessEvaluator`` without reading the JSON again.
    public var emailLineage: [FreshnessFacts.Assertion]?
    public var phoneLineage: [FreshnessFacts.Assertion]?
    public var addressLineage: [FreshnessFacts.Assertion]?

    /// The freshness facts of the e-mail, phone and address: equal, for those attributes, to
    /// ``FreshnessFacts/init(recordJSON:historyJSON:)`` on the same record.
    public var freshnessFacts: FreshnessFacts {
        var preferred: [(attribute: GoldenAttribute, assertions: [FreshnessFacts.Assertion])] = []
        if let emailLineage { preferred.append((.email, emailLineage)) }
        if let phoneLineage { preferred.append((.phone, phoneLineage)) }
        if let addressLineage { preferred.append((.address, addressLineage)) }
        return FreshnessFacts(preferred: preferred, latestAssertion: nil, lastEvent: nil)
    }

    public init() {}
}
