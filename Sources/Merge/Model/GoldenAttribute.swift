/// The attributes of a golden record, each chosen by its own survivorship rules.
///
/// The raw values are the names `Mappings/survivorship.yml` uses.
public enum GoldenAttribute: String, Hashable, Sendable, Codable, CaseIterable {
    /// The whole name (title, given, middle, family, suffix), chosen as a unit.
    case name
    case dateOfBirth = "date_of_birth"
    case gender
    /// Every distinct e-mail address, one preferred.
    case email
    /// Every distinct phone number, one preferred.
    case phone
    /// One postal address, chosen as a unit: parts of two addresses are never mixed.
    case address
    /// Every distinct loyalty card number, one preferred.
    case loyaltyCard = "loyalty_card"
    /// Every distinct account id, one preferred.
    case accountId = "account_id"
    /// Every distinct username, one preferred.
    case username

    /// Whether a golden record keeps every distinct value of the attribute (and marks one
    /// preferred) rather than one.
    public var isMultiValued: Bool {
        switch self {
        case .email, .phone, .loyaltyCard, .accountId, .username: true
        case .name, .dateOfBirth, .gender, .address: false
        }
    }

    /// The position of the attribute in ``allCases``.
    var index: Int {
        switch self {
        case .name: 0
        case .dateOfBirth: 1
        case .gender: 2
        case .email: 3
        case .phone: 4
        case .address: 5
        case .loyaltyCard: 6
        case .accountId: 7
        case .username: 8
        }
    }
}
