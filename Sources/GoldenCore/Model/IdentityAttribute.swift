/// The identity attributes a mapping can fill. Later stages know these names.
public enum IdentityAttribute: String, Sendable, Hashable, Codable, CaseIterable {
    case fullName = "full_name"
    case title
    case givenName = "given_name"
    case middleName = "middle_name"
    case familyName = "family_name"
    case suffix
    case gender
    case dateOfBirth = "date_of_birth"
    case email
    case phone
    case addressLine1 = "address_line1"
    case addressLine2 = "address_line2"
    case city
    case region
    case postcode
    case country
    case loyaltyCard = "loyalty_card"
    case accountId = "account_id"
    case username
    case locale

    /// Attributes that may carry several values on one record.
    public var isMultiValued: Bool {
        switch self {
        case .email, .phone, .loyaltyCard: return true
        default: return false
        }
    }
}
