/// A source record after normalization: typed, comparable values, each beside its raw text,
/// and the data-quality findings made on the way.
///
/// This is what the Match stage compares and the Merge stage chooses from. The Normalize stage
/// makes it from a ``SourceRecord``; the store keeps it so that later stages never re-parse.
///
/// Optional properties are spelled `Optional<T>`: a `T?` one is implicitly `nil` first, and the
/// initializer then copies and destroys the whole record (README, Benchmarks).
public struct NormalizedRecord: Hashable, Sendable, Codable {
    public var source: String
    public var key: String
    public var observedAt: Optional<Timestamp>
    /// Usually one name; two for a joint name (`John & Mary Smith`); none when the record has
    /// no usable name.
    public var names: [PersonName]
    /// Whether the name field held two people (`John & Mary Smith`, `Mr and Mrs Smith`).
    public var isJointName: Bool
    public var gender: Optional<Gender>
    public var dateOfBirth: Optional<BirthDate>
    public var emails: [EmailAddress]
    public var phones: [PhoneNumber]
    public var address: Optional<PostalAddress>
    /// Loyalty card numbers: spaces and dashes removed, letters upper case.
    public var loyaltyCards: [String]
    public var accountId: Optional<String>
    /// A handle, lower case (`johnnyS` → `johnnys`).
    public var username: Optional<String>
    /// BCP 47-style locale, normalized (`en_gb` → `en-GB`).
    public var locale: Optional<String>
    public var findings: [Finding]

    public init(
        source: String, key: String, observedAt: Timestamp?, names: [PersonName] = [],
        isJointName: Bool = false, gender: Gender? = nil, dateOfBirth: BirthDate? = nil,
        emails: [EmailAddress] = [], phones: [PhoneNumber] = [], address: PostalAddress? = nil,
        loyaltyCards: [String] = [], accountId: String? = nil, username: String? = nil,
        locale: String? = nil, findings: [Finding] = []
    ) {
        self.source = source
        self.key = key
        self.observedAt = observedAt
        self.names = names
        self.isJointName = isJointName
        self.gender = gender
        self.dateOfBirth = dateOfBirth
        self.emails = emails
        self.phones = phones
        self.address = address
        self.loyaltyCards = loyaltyCards
        self.accountId = accountId
        self.username = username
        self.locale = locale
        self.findings = findings
    }

    /// The first name: the person the record is about.
    public var name: PersonName? { names.first }
}
