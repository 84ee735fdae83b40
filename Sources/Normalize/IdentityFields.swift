import GoldenCore

/// A source record's fields sorted by identity attribute, in one pass over the fields.
///
/// Empty and whitespace-only values count as absent. Field names that are not identity
/// attributes are ignored (the mapping loader only produces identity attributes). The
/// multi-valued attributes are kept as the positions of their fields, so that sorting allocates
/// nothing.
struct IdentityFields {
    let fields: [Field]
    let name: NameInput
    let address: AddressInput
    let gender: String?
    let dateOfBirth: String?
    let emails: Positions
    let phones: Positions
    let loyaltyCards: Positions
    let accountId: String?
    let username: String?
    let locale: String?

    init(_ fields: [Field]) {
        // Filled as locals and moved in at the end: mutating `self`'s parts in place makes the
        // initializer copy them out, then destroy them, on return.
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
        for position in fields.indices {
            guard let attribute = Self.attribute(named: fields[position].name) else { continue }
            let value = fields[position].value
            guard Self.hasContent(value) else { continue }
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
        self.fields = fields
        self.name = name
        self.address = address
        self.gender = gender
        self.dateOfBirth = dateOfBirth
        self.emails = emails
        self.phones = phones
        self.loyaltyCards = loyaltyCards
        self.accountId = accountId
        self.username = username
        self.locale = locale
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

    /// The attribute whose raw value is `name`: the same as `IdentityAttribute(rawValue:)`, on
    /// bytes. The length and first byte pick the only candidate, and a byte comparison with its
    /// spelling (a static string: no `String` is made) confirms it.
    @inline(__always)
    static func attribute(named name: String) -> IdentityAttribute? {
        name.withUTF8Bytes { bytes in
            guard let first = bytes.first else { return nil }
            let candidate: IdentityAttribute
            let spelling: StaticString
            switch (bytes.count, first) {
            case (4, UInt8(ascii: "c")): (candidate, spelling) = (.city, "city")
            case (5, UInt8(ascii: "e")): (candidate, spelling) = (.email, "email")
            case (5, UInt8(ascii: "p")): (candidate, spelling) = (.phone, "phone")
            case (5, UInt8(ascii: "t")): (candidate, spelling) = (.title, "title")
            case (6, UInt8(ascii: "g")): (candidate, spelling) = (.gender, "gender")
            case (6, UInt8(ascii: "l")): (candidate, spelling) = (.locale, "locale")
            case (6, UInt8(ascii: "r")): (candidate, spelling) = (.region, "region")
            case (6, UInt8(ascii: "s")): (candidate, spelling) = (.suffix, "suffix")
            case (7, UInt8(ascii: "c")): (candidate, spelling) = (.country, "country")
            case (8, UInt8(ascii: "p")): (candidate, spelling) = (.postcode, "postcode")
            case (8, UInt8(ascii: "u")): (candidate, spelling) = (.username, "username")
            case (9, UInt8(ascii: "f")): (candidate, spelling) = (.fullName, "full_name")
            case (10, UInt8(ascii: "a")): (candidate, spelling) = (.accountId, "account_id")
            case (10, UInt8(ascii: "g")): (candidate, spelling) = (.givenName, "given_name")
            case (11, UInt8(ascii: "f")): (candidate, spelling) = (.familyName, "family_name")
            case (11, UInt8(ascii: "m")): (candidate, spelling) = (.middleName, "middle_name")
            case (12, UInt8(ascii: "l")): (candidate, spelling) = (.loyaltyCard, "loyalty_card")
            case (13, UInt8(ascii: "d")): (candidate, spelling) = (.dateOfBirth, "date_of_birth")
            case (13, UInt8(ascii: "a")):
                (candidate, spelling) = bytes[12] == UInt8(ascii: "2")
                    ? (.addressLine2, "address_line2") : (.addressLine1, "address_line1")
            default: return nil
            }
            let expected = spelling.utf8Start
            for index in 1..<bytes.count where bytes[index] != expected[index] { return nil }
            return candidate
        }
    }

    /// Single-valued attributes keep their first value.
    private static func setFirst(_ slot: inout String?, _ value: String) {
        if slot == nil { slot = value }
    }

    /// Whether `value` has anything but whitespace. Scanned as bytes: the generic scan of a
    /// `String.UTF8View` goes through a witness call per byte.
    @inline(__always)
    static func hasContent(_ value: String) -> Bool {
        value.withUTF8Bytes { bytes in bytes.contains { !ASCII.isSpace($0) } }
    }
}
