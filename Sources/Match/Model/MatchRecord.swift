import GoldenCore

/// What the Match stage knows of one source record: its comparable values, taken from its
/// ``NormalizedRecord`` and kept only where usable (placeholders and invalid values are missing,
/// so they never match and never count against a match).
///
/// Records are addressed by their position in the array the stage works on (an `Int32` in
/// ``RecordPair``); ``id`` is the store's stable record id and ``source``/``key`` name it for
/// people.
///
/// A million of them are held at once, so a record keeps only what the comparisons, blocking
/// keys and clustering read: of the address its postcode and country (the street, city and
/// region are attributes of their own), and the single-valued text attributes as bare keys —
/// they carry no phonetic key or variants, so ``street`` and the like give a ``TextKey`` of the
/// key alone (see `MatchRecord+Compact.swift`). That keeps a record's fixed part at 280 bytes
/// rather than 640.
public struct MatchRecord: Hashable, Sendable {
    /// The store's record id (`source_records.id`).
    public var id: Int64
    public var source: String
    public var key: String
    /// One per name (two for a joint name), each with its phonetic key and canonical names.
    public var givenNames: [TextKey]
    /// One per name, each with its phonetic key and alternatives.
    public var familyNames: [TextKey]
    /// Given, middle and family keys joined by spaces, one per name.
    public var fullNames: [TextKey]
    /// A usable date of birth (full or partial); `nil` when missing, a placeholder or invalid.
    public var birthDate: Optional<BirthDate>
    /// Usable e-mail addresses.
    public var emails: [EmailAddress]
    /// Usable phone numbers.
    public var phones: [PhoneNumber]
    /// The address's postcode and country (``address``).
    @usableFromInline var postal: Postal?
    /// The keys of ``street``, ``city``, ``region``, ``accountId``, ``username`` and ``gender``.
    @usableFromInline var singles: SingleKeys
    public var loyaltyCards: [TextKey]

    /// A record of the given values. Of `address` only the postcode and country are kept, and of
    /// `street`, `city`, `region`, `accountId`, `username` and `gender` only the key.
    public init(
        id: Int64, source: String, key: String, givenNames: [TextKey] = [], familyNames: [TextKey] = [],
        fullNames: [TextKey] = [], birthDate: BirthDate? = nil, emails: [EmailAddress] = [],
        phones: [PhoneNumber] = [], address: PostalAddress? = nil, street: TextKey? = nil,
        city: TextKey? = nil, region: TextKey? = nil, loyaltyCards: [TextKey] = [],
        accountId: TextKey? = nil, username: TextKey? = nil, gender: TextKey? = nil
    ) {
        self.id = id
        self.source = source
        self.key = key
        self.givenNames = givenNames
        self.familyNames = familyNames
        self.fullNames = fullNames
        self.birthDate = birthDate
        self.emails = emails
        self.phones = phones
        self.postal = address.map(Postal.init)
        self.singles = SingleKeys(
            street: street?.key, city: city?.key, region: region?.key, accountId: accountId?.key,
            username: username?.key, gender: gender?.key)
        self.loyaltyCards = loyaltyCards
    }

    /// The text values of a text attribute (``MatchAttribute/ValueKind/text``); empty for the
    /// other kinds and when the record has none.
    public func texts(_ attribute: MatchAttribute) -> [TextKey] {
        switch attribute {
        case .givenName: givenNames
        case .familyName: familyNames
        case .fullName: fullNames
        case .loyaltyCard: loyaltyCards
        default: singleText(attribute).map { [$0] } ?? []
        }
    }

    /// The first text value of a text attribute (a multi-valued one's first, a single-valued
    /// one's only) without building an array; `nil` for the other kinds and when there is none.
    @inlinable
    public func firstText(_ attribute: MatchAttribute) -> TextKey? {
        switch attribute {
        case .givenName: givenNames.first
        case .familyName: familyNames.first
        case .fullName: fullNames.first
        case .loyaltyCard: loyaltyCards.first
        default: singleText(attribute)
        }
    }

    /// The value of a single-valued text attribute (street, city, region, account id, username,
    /// gender) without building an array; `nil` for the other attributes.
    @inlinable
    public func singleText(_ attribute: MatchAttribute) -> TextKey? {
        switch attribute {
        case .street: street
        case .city: city
        case .region: region
        case .accountId: accountId
        case .username: username
        case .gender: gender
        default: nil
        }
    }

    /// Whether the record has a value of `attribute`.
    public func has(_ attribute: MatchAttribute) -> Bool {
        switch attribute {
        case .dateOfBirth: birthDate != nil
        case .email: !emails.isEmpty
        case .phone: !phones.isEmpty
        case .postcode: !(address?.postcode ?? "").isEmpty
        default: firstText(attribute) != nil
        }
    }
}
