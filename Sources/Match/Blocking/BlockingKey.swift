/// One part of a blocking rule: an attribute, and the form of its value that records must share
/// (`postcode`, `given_name.phonetic`, `date_of_birth.year`).
///
/// A record without the value has no key, so a rule over it never pairs that record. A
/// multi-valued attribute gives one key per value (every e-mail of a record blocks).
public struct BlockingKey: Hashable, Sendable, CustomStringConvertible {
    /// The form of the value that is compared.
    public enum Transform: String, Hashable, Sendable, CaseIterable {
        /// The comparison key itself: a name's key, a full date, a canonical e-mail, an E.164
        /// number, a postcode.
        case value
        /// The primary Double Metaphone code of a given or family name; of a full name, the
        /// code of each of its given and family names, so that a name typed the wrong way round
        /// ("SHAH CHRISTINE") shares a key with the name the right way round.
        case phonetic
        /// A given name's canonical name (`bob` → `robert`), or the key without one.
        case canonical
        /// The first letter of a text key.
        case initial
        /// A date's year.
        case year
        /// A date's month and day, whatever the year.
        case monthDay = "month_day"
        /// An e-mail's canonical local part.
        case local
        /// A postcode's district, sector or area (see ``PostcodeComparison``).
        case district, sector, area
    }

    public let attribute: MatchAttribute
    public let transform: Transform

    /// A key of `attribute` in the form `transform`, when that form exists for the attribute.
    public init(_ attribute: MatchAttribute, _ transform: Transform = .value) throws(BlockingKeyError) {
        guard Self.transforms(for: attribute).contains(transform) else {
            throw BlockingKeyError(
                text: attribute.rawValue + "." + transform.rawValue,
                detail: "\(attribute.rawValue) has no form '\(transform.rawValue)'; it has "
                    + Self.transforms(for: attribute).map(\.rawValue).joined(separator: ", "))
        }
        self.attribute = attribute
        self.transform = transform
    }

    /// A key from its written form: `attribute` or `attribute.transform`.
    public init(parsing text: String) throws(BlockingKeyError) {
        let parts = text.trimmingSpaces.split(separator: ".", maxSplits: 1).map(String.init)
        guard let first = parts.first, let attribute = MatchAttribute(rawValue: first) else {
            throw BlockingKeyError(
                text: text,
                detail: "unknown attribute; one of " + MatchAttribute.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard parts.count == 2 else {
            try self.init(attribute)
            return
        }
        guard let transform = Transform(rawValue: parts[1]) else {
            throw BlockingKeyError(
                text: text,
                detail: "unknown form '\(parts[1])'; \(attribute.rawValue) has "
                    + Self.transforms(for: attribute).map(\.rawValue).joined(separator: ", "))
        }
        try self.init(attribute, transform)
    }

    /// The forms a key of `attribute` can take.
    public static func transforms(for attribute: MatchAttribute) -> [Transform] {
        switch attribute {
        case .givenName: [.value, .phonetic, .canonical, .initial]
        case .familyName: [.value, .phonetic, .initial]
        case .dateOfBirth: [.value, .year, .monthDay]
        case .email: [.value, .local]
        case .postcode: [.value, .district, .sector, .area]
        case .fullName: [.value, .phonetic, .initial]
        case .street, .city, .region, .loyaltyCard, .accountId, .username, .gender, .phone:
            [.value, .initial].filter { $0 == .value || attribute.valueKind == .text }
        }
    }

    /// `attribute` or `attribute.transform`, as configuration writes it.
    public var description: String {
        transform == .value ? attribute.rawValue : attribute.rawValue + "." + transform.rawValue
    }
}

/// A blocking key that cannot be read.
public struct BlockingKeyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text as written.
    public let text: String
    public let detail: String

    public var description: String { "'\(text)': \(detail)" }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view.removeFirst() }
        while view.last == " " { view.removeLast() }
        return String(view)
    }
}
