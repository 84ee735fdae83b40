/// The countries generated customers live in.
public enum Country: String, Sendable, Hashable, CaseIterable {
    case gb = "GB"
    case us = "US"
    case de = "DE"
    case fr = "FR"
    case es = "ES"

    /// The international calling code, without `+`.
    var callingCode: String {
        switch self {
        case .gb: "44"
        case .us: "1"
        case .de: "49"
        case .fr: "33"
        case .es: "34"
        }
    }

    /// The culture most of its residents' names come from.
    var culture: Culture {
        switch self {
        case .gb, .us: .english
        case .de: .german
        case .fr: .french
        case .es: .spanish
        }
    }

    /// The country's name as people type it in free-text location fields.
    var displayName: String {
        switch self {
        case .gb: "UK"
        case .us: "USA"
        case .de: "Germany"
        case .fr: "France"
        case .es: "Spain"
        }
    }
}

/// A customer's sex as the feeds record it.
public enum Gender: String, Sendable, Hashable, CaseIterable {
    case male = "M"
    case female = "F"
}

/// Where a name comes from: decides which name tables a customer draws from.
enum Culture: Int, Sendable, CaseIterable {
    case english
    case german
    case french
    case spanish
}
