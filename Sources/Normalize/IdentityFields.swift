import GoldenCore

/// A source record's fields sorted by identity attribute, in one pass over the fields.
///
/// Empty and whitespace-only values count as absent. Field names that are not identity
/// attributes are ignored (the mapping loader only produces identity attributes).
struct IdentityFields {
    var name = NameInput()
    var address = AddressInput()
    var gender: String?
    var dateOfBirth: String?
    var emails: [String] = []
    var phones: [String] = []
    var loyaltyCards: [String] = []
    var accountId: String?
    var username: String?
    var locale: String?

    init(_ fields: [Field]) {
        for field in fields where Self.hasContent(field.value) {
            guard let attribute = IdentityAttribute(rawValue: field.name) else { continue }
            let value = field.value
            switch attribute {
            case .fullName: Self.setFirst(&name.fullName, value)
            case .title: Self.setFirst(&name.title, value)
            case .givenName: Self.setFirst(&name.given, value)
            case .middleName: Self.setFirst(&name.middle, value)
            case .familyName: Self.setFirst(&name.family, value)
            case .suffix: Self.setFirst(&name.suffix, value)
            case .gender: Self.setFirst(&gender, value)
            case .dateOfBirth: Self.setFirst(&dateOfBirth, value)
            case .email: emails.append(value)
            case .phone: phones.append(value)
            case .addressLine1: Self.setFirst(&address.line1, value)
            case .addressLine2: Self.setFirst(&address.line2, value)
            case .city: Self.setFirst(&address.city, value)
            case .region: Self.setFirst(&address.region, value)
            case .postcode: Self.setFirst(&address.postcode, value)
            case .country: Self.setFirst(&address.country, value)
            case .loyaltyCard: loyaltyCards.append(value)
            case .accountId: Self.setFirst(&accountId, value)
            case .username: Self.setFirst(&username, value)
            case .locale: Self.setFirst(&locale, value)
            }
        }
    }

    /// Single-valued attributes keep their first value.
    private static func setFirst(_ slot: inout String?, _ value: String) {
        if slot == nil { slot = value }
    }

    /// Whether `value` has anything but whitespace.
    static func hasContent(_ value: String) -> Bool {
        value.utf8.contains { !ASCII.isSpace($0) }
    }
}
