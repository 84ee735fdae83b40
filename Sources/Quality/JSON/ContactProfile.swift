import GoldenCore

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

    public init() {}
}
