import GoldenCore

/// The one record Golden keeps per customer: every identity attribute chosen from the members of
/// a cluster by survivorship rules, each value with its lineage.
///
/// Single-valued attributes hold one value (or none); multi-valued ones hold every distinct
/// value, best first, the first ``GoldenValue/preferred``. Values are the normalized forms of
/// GoldenCore (``PersonName``, ``PostalAddress``, …), so that later runs can match new records
/// against them. Stored as JSON with snake_case keys (``MergeJSON``), written on the hot path
/// by ``MergeJSONWriter``, which must follow any change to the Codable form.
///
/// ```swift
/// let (golden, conflicts) = Survivorship(settings: .defaults).goldenRecord(of: members)
/// golden.displayName                  // "John A. Smith"
/// golden.address?.value.postcode      // "SW1A 1AA"
/// golden.phones.map(\.lastAssertedAt) // last seen, per number
/// ```
public struct GoldenRecord: Hashable, Sendable, Codable {
    /// The name, chosen as a whole: title, given, middle, family and suffix of one record's name.
    public var name: Optional<GoldenValue<PersonName>>
    /// The chosen name for people: given, middle and family names and the suffix (`John A. Smith
    /// Jr`), without the title.
    public var displayName: Optional<String>
    /// A full date, else a birthday without its year.
    public var dateOfBirth: Optional<GoldenValue<BirthDate>>
    public var gender: Optional<GoldenValue<Gender>>
    /// Every distinct address (by canonical form), best first.
    public var emails: [GoldenValue<EmailAddress>]
    /// Every distinct number (by E.164), best first; local numbers after full ones.
    public var phones: [GoldenValue<PhoneNumber>]
    /// One address, chosen as a whole.
    public var address: Optional<GoldenValue<PostalAddress>>
    /// Every distinct loyalty card number, best first.
    public var loyaltyCards: [GoldenValue<String>]
    /// Every distinct account id, best first.
    public var accountIds: [GoldenValue<String>]
    /// Every distinct username, best first.
    public var usernames: [GoldenValue<String>]

    /// A golden record with the given values (an empty one by default).
    public init(
        name: GoldenValue<PersonName>? = nil, displayName: String? = nil, dateOfBirth: GoldenValue<BirthDate>? = nil,
        gender: GoldenValue<Gender>? = nil, emails: [GoldenValue<EmailAddress>] = [],
        phones: [GoldenValue<PhoneNumber>] = [], address: GoldenValue<PostalAddress>? = nil,
        loyaltyCards: [GoldenValue<String>] = [], accountIds: [GoldenValue<String>] = [],
        usernames: [GoldenValue<String>] = []
    ) {
        self.name = name
        self.displayName = displayName
        self.dateOfBirth = dateOfBirth
        self.gender = gender
        self.emails = emails
        self.phones = phones
        self.address = address
        self.loyaltyCards = loyaltyCards
        self.accountIds = accountIds
        self.usernames = usernames
    }

    /// The preferred e-mail address.
    public var preferredEmail: GoldenValue<EmailAddress>? { emails.first }
    /// The preferred phone number.
    public var preferredPhone: GoldenValue<PhoneNumber>? { phones.first }
}
