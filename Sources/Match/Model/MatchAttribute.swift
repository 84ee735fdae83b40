/// An attribute of a normalized record that the Match stage can compare and block on, named as
/// `Mappings/match.yml` writes it.
///
/// Each attribute has one kind of value (``ValueKind``), which decides the comparison levels it
/// accepts: a name takes ``StringLevel``s, `date_of_birth` takes ``DateLevel``s, and so on.
public enum MatchAttribute: String, Hashable, Sendable, Codable, CaseIterable {
    case givenName = "given_name"
    case familyName = "family_name"
    /// Given, middle and family name keys as one text: for token-set levels that survive a
    /// swapped given and family name.
    case fullName = "full_name"
    case dateOfBirth = "date_of_birth"
    case email
    case phone
    /// The postal address as its postcode (compared by ``PostcodeLevel``).
    case postcode
    /// House number and street key as one text (`12 high st`).
    case street
    case city
    case region
    case loyaltyCard = "loyalty_card"
    case accountId = "account_id"
    case username
    case gender

    /// The kind of value an attribute holds, and so the levels its comparison takes.
    public enum ValueKind: String, Hashable, Sendable {
        case text, date, email, phone, postcode
    }

    /// The kind of this attribute's values.
    public var valueKind: ValueKind {
        switch self {
        case .dateOfBirth: .date
        case .email: .email
        case .phone: .phone
        case .postcode: .postcode
        default: .text
        }
    }

    /// Whether a record can hold several values (e-mails, phones, cards, the names of a joint name).
    public var isMultiValued: Bool {
        switch self {
        case .givenName, .familyName, .fullName, .email, .phone, .loyaltyCard: true
        default: false
        }
    }
}
