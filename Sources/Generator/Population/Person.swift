import GoldenCore

/// One real customer — one entity of the truth — with the true values of every identity
/// attribute. Source records show these values, more or less garbled.
public struct Person: Sendable {
    /// The customer index, `0..<customers`.
    public let index: Int
    /// The entity id written to `truth.csv`, e.g. `P0000042`.
    public let entityID: String
    /// Country of residence (of the current address).
    public let country: Country
    /// The customer's sex.
    public let gender: Gender
    /// The given (first) name, in full: `Robert`, not `Bob`.
    public let givenName: String
    /// Nicknames and diminutives of ``givenName`` (`Bob`, `Rob` for Robert); may be empty.
    public let nicknames: [String]
    /// A middle name, when the customer has one.
    public let middleName: String?
    /// The family name now.
    public let familyName: String
    /// The family name before a marriage, when it changed (records older than ``marriedOn``
    /// show it).
    public let birthFamilyName: String?
    /// When the family name changed from ``birthFamilyName`` to ``familyName``.
    public let marriedOn: CivilDate?
    /// The true date of birth (twins share it).
    public let dateOfBirth: CivilDate
    /// Personal e-mail, and a work e-mail when there is one.
    public let emails: [String]
    /// The customer's own mobile number, if any.
    public let mobile: PhoneLine?
    /// The household's landline, shared by everyone living there.
    public let landline: PhoneLine?
    /// The address now.
    public let address: Address
    /// The address before a move (records older than ``movedOn`` show it).
    public let previousAddress: Address?
    /// When the customer moved from ``previousAddress`` to ``address``.
    public let movedOn: CivilDate?
    /// A user name for web shop and forum, e.g. `johnnyS84`.
    public let handle: String
    /// How this customer relates to the others in their index group.
    public let role: HouseholdRole
    /// The household id shared by everyone at this address (the index group), or `nil` for
    /// someone who lives with no other customer.
    public let household: Int?

    let culture: Culture
    let title: String
    let city: City
    /// Whether a marriage name change could have been drawn (counts the opportunity).
    let canMarry: Bool

    /// The family name as of `day` (days since 1970-01-01).
    func familyName(onDay day: Int64) -> String {
        if let birthFamilyName, let marriedOn, day < marriedOn.daysSinceEpoch { return birthFamilyName }
        return familyName
    }

    /// The address as of `day`.
    func address(onDay day: Int64) -> Address {
        if let previousAddress, let movedOn, day < movedOn.daysSinceEpoch { return previousAddress }
        return address
    }
}

/// How a customer relates to the other customers in their group of four neighbouring indices.
public enum HouseholdRole: String, Sendable, Hashable, CaseIterable {
    /// Lives with no other customer.
    case single
    /// One of a couple sharing an address and landline.
    case partner
    /// A parent in a family of four sharing an address and landline.
    case parent
    /// An adult child living with their parents.
    case child
    /// One of twins: same family name, date of birth, address and landline as the other twin,
    /// different given name — a different entity.
    case twin
    /// Someone with exactly the same given and family name as another customer in the same
    /// city — a different entity.
    case namesake

    /// Whether this customer shares an address and landline with another customer.
    public var sharesHome: Bool {
        switch self {
        case .partner, .parent, .child, .twin: true
        case .single, .namesake: false
        }
    }
}
