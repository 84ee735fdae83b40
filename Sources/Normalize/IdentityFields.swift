import GoldenCore

/// A source record's fields sorted by identity attribute, in one pass over the fields.
///
/// Empty and whitespace-only values count as absent. Field names that are not identity
/// attributes are ignored (the mapping loader only produces identity attributes). The
/// multi-valued attributes are kept as the positions of their fields, so that sorting allocates
/// nothing.
struct IdentityFields {
    let fields: [Field]
    var name = NameInput()
    var address = AddressInput()
    var gender: String?
    var dateOfBirth: String?
    var emails = Positions()
    var phones = Positions()
    var loyaltyCards = Positions()
    var accountId: String?
    var username: String?
    var locale: String?

    init(_ fields: [Field]) {
        self.fields = fields
        for (position, field) in fields.enumerated() where Self.hasContent(field.value) {
            guard let attribute = Self.attribute(named: field.name) else { continue }
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
            case .email: emails.insert(position)
            case .phone: phones.insert(position)
            case .addressLine1: Self.setFirst(&address.line1, value)
            case .addressLine2: Self.setFirst(&address.line2, value)
            case .city: Self.setFirst(&address.city, value)
            case .region: Self.setFirst(&address.region, value)
            case .postcode: Self.setFirst(&address.postcode, value)
            case .country: Self.setFirst(&address.country, value)
            case .loyaltyCard: loyaltyCards.insert(position)
            case .accountId: Self.setFirst(&accountId, value)
            case .username: Self.setFirst(&username, value)
            case .locale: Self.setFirst(&locale, value)
            }
        }
    }

    /// The values at `positions` transformed, in field order; `nil` results are left out.
    @inline(__always)
    func compactMap<T>(_ positions: Positions, _ transform: (String) -> T?) -> [T] {
        guard !positions.isEmpty else { return [] }
        var results: [T] = []
        results.reserveCapacity(positions.count)
        positions.forEach { position in
            if let result = transform(fields[position].value) { results.append(result) }
        }
        return results
    }

    /// The positions of a multi-valued attribute's fields: a bit set for the first 64 fields,
    /// an array (empty, unallocated, for any usual record) past them.
    struct Positions {
        private var low: UInt64 = 0
        private var high: [Int] = []

        var isEmpty: Bool { low == 0 && high.isEmpty }
        var count: Int { low.nonzeroBitCount + high.count }

        mutating func insert(_ position: Int) {
            if position < 64 { low |= 1 << UInt64(position) } else { high.append(position) }
        }

        /// Calls `body` with each position, in ascending order.
        @inline(__always)
        func forEach(_ body: (Int) -> Void) {
            var bits = low
            while bits != 0 {
                body(bits.trailingZeroBitCount)
                bits &= bits &- 1
            }
            for position in high { body(position) }
        }
    }

    /// The attribute whose raw value is `name`: the same as `IdentityAttribute(rawValue:)`, without
    /// hashing the name. The length and first byte pick the only candidate, and one comparison
    /// with its raw value (two small strings: a compare of their bits) confirms it.
    @inline(__always)
    static func attribute(named name: String) -> IdentityAttribute? {
        let utf8 = name.utf8
        guard let first = utf8.first else { return nil }
        let candidate: IdentityAttribute
        switch (utf8.count, first) {
        case (4, UInt8(ascii: "c")): candidate = .city
        case (5, UInt8(ascii: "e")): candidate = .email
        case (5, UInt8(ascii: "p")): candidate = .phone
        case (5, UInt8(ascii: "t")): candidate = .title
        case (6, UInt8(ascii: "g")): candidate = .gender
        case (6, UInt8(ascii: "l")): candidate = .locale
        case (6, UInt8(ascii: "r")): candidate = .region
        case (6, UInt8(ascii: "s")): candidate = .suffix
        case (7, UInt8(ascii: "c")): candidate = .country
        case (8, UInt8(ascii: "p")): candidate = .postcode
        case (8, UInt8(ascii: "u")): candidate = .username
        case (9, UInt8(ascii: "f")): candidate = .fullName
        case (10, UInt8(ascii: "a")): candidate = .accountId
        case (10, UInt8(ascii: "g")): candidate = .givenName
        case (11, UInt8(ascii: "f")): candidate = .familyName
        case (11, UInt8(ascii: "m")): candidate = .middleName
        case (12, UInt8(ascii: "l")): candidate = .loyaltyCard
        case (13, UInt8(ascii: "d")): candidate = .dateOfBirth
        case (13, UInt8(ascii: "a")): candidate = utf8.last == UInt8(ascii: "2") ? .addressLine2 : .addressLine1
        default: return nil
        }
        return name == candidate.rawValue ? candidate : nil
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
