import GoldenCore

/// A field whose completeness and validity the quality report measures per source: an identity
/// attribute as records carry it after normalization (the name's parts are one field, the street
/// lines and city are `address`, the postcode is a field of its own).
public enum QualityField: String, Hashable, Sendable, Codable, CaseIterable {
    case name
    case dateOfBirth = "date_of_birth"
    case gender
    case email
    case phone
    case address
    case postcode
    case loyaltyCard = "loyalty_card"
    case accountId = "account_id"
    case username

    /// The field an identity attribute (as a mapping names it, as findings carry it) belongs to;
    /// `nil` for `locale`, which is not measured.
    public init?(_ attribute: IdentityAttribute) {
        switch attribute {
        case .fullName, .title, .givenName, .middleName, .familyName, .suffix: self = .name
        case .gender: self = .gender
        case .dateOfBirth: self = .dateOfBirth
        case .email: self = .email
        case .phone: self = .phone
        case .addressLine1, .addressLine2, .city, .region, .country: self = .address
        case .postcode: self = .postcode
        case .loyaltyCard: self = .loyaltyCard
        case .accountId: self = .accountId
        case .username: self = .username
        case .locale: return nil
        }
    }

    /// Whether `record` holds a usable value of the field (valid, corrected or partial).
    public func hasUsableValue(_ record: NormalizedRecord) -> Bool {
        switch self {
        case .name: !record.names.isEmpty
        case .dateOfBirth: record.dateOfBirth?.status.isUsable ?? false
        case .gender: record.gender != nil
        case .email: record.emails.contains { $0.status.isUsable }
        case .phone: record.phones.contains { $0.status.isUsable }
        case .address:
            record.address.map { $0.streetKey != nil || $0.cityKey != nil } ?? false
        case .postcode: record.address?.postcode != nil
        case .loyaltyCard: !record.loyaltyCards.isEmpty
        case .accountId: record.accountId != nil
        case .username: record.username != nil
        }
    }

    /// The field's position in ``allCases``.
    public var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
