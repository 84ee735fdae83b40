import GoldenCore

// The values of a golden record's attributes as ``MergeJSONReader`` reads them: GoldenCore's
// normalized forms, through their synthesized `Codable` conformances.

extension Gender: MergeJSONReadable {
    init(json: inout JSONCursor) throws(GoldenError) { self = try json.enumeration() }
}

extension PersonName: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case family, familyAlternatives = "family_alternatives", familyKey = "family_key"
        case familyPhonetic = "family_phonetic", given, givenCanonical = "given_canonical"
        case givenIsInitial = "given_is_initial", givenKey = "given_key", givenPhonetic = "given_phonetic", middle
        case middleKey = "middle_key", raw, suffix, title
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var family: String?, familyAlternatives: [String]?, familyKey: String?, familyPhonetic: PhoneticKey?
        var given: String?, givenCanonical: [String]?, givenIsInitial: Bool?, givenKey: String?
        var givenPhonetic: PhoneticKey?, middle: String?, middleKey: String?, raw: String?, suffix: String?
        var title: String?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .family: family = try json.stringIfPresent()
            case .familyAlternatives: familyAlternatives = try json.readList()
            case .familyKey: familyKey = try json.stringIfPresent()
            case .familyPhonetic: familyPhonetic = try json.readIfPresent()
            case .given: given = try json.stringIfPresent()
            case .givenCanonical: givenCanonical = try json.readList()
            case .givenIsInitial: givenIsInitial = try json.boolean()
            case .givenKey: givenKey = try json.stringIfPresent()
            case .givenPhonetic: givenPhonetic = try json.readIfPresent()
            case .middle: middle = try json.stringIfPresent()
            case .middleKey: middleKey = try json.stringIfPresent()
            case .raw: raw = try json.string()
            case .suffix: suffix = try json.stringIfPresent()
            case .title: title = try json.stringIfPresent()
            }
        }
        self.init(
            raw: try json.require(raw, Member.raw), title: title, given: given, givenKey: givenKey,
            givenIsInitial: try json.require(givenIsInitial, Member.givenIsInitial),
            givenCanonical: try json.require(givenCanonical, Member.givenCanonical), middle: middle, middleKey: middleKey,
            family: family, familyKey: familyKey,
            familyAlternatives: try json.require(familyAlternatives, Member.familyAlternatives), suffix: suffix,
            givenPhonetic: givenPhonetic, familyPhonetic: familyPhonetic)
    }
}

extension PhoneticKey: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable { case alternate, primary }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var alternate: String?, primary: String?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .alternate: alternate = try json.string()
            case .primary: primary = try json.string()
            }
        }
        self.init(primary: try json.require(primary, Member.primary), alternate: try json.require(alternate, Member.alternate))
    }
}

extension BirthDate: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable { case day, month, raw, status, year }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var day: Int?, month: Int?, raw: String?, status: ValueStatus?, year: Int?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .day: day = try json.intIfPresent()
            case .month: month = try json.intIfPresent()
            case .raw: raw = try json.string()
            case .status: status = try json.enumeration()
            case .year: year = try json.intIfPresent()
            }
        }
        self.init(
            raw: try json.require(raw, Member.raw), year: year, month: month, day: day,
            status: try json.require(status, Member.status))
    }
}

extension EmailAddress: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable { case canonical, normalized, raw, status }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var canonical: String?, normalized: String?, raw: String?, status: ValueStatus?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .canonical: canonical = try json.stringIfPresent()
            case .normalized: normalized = try json.stringIfPresent()
            case .raw: raw = try json.string()
            case .status: status = try json.enumeration()
            }
        }
        self.init(
            raw: try json.require(raw, Member.raw), normalized: normalized, canonical: canonical,
            status: try json.require(status, Member.status))
    }
}

extension PhoneNumber: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case country, e164, extensionDigits = "extension_digits", localDigits = "local_digits", raw, status, type
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var country: String?, e164: String?, extensionDigits: String?, localDigits: String?, raw: String?
        var status: ValueStatus?, type: PhoneType?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .country: country = try json.stringIfPresent()
            case .e164: e164 = try json.stringIfPresent()
            case .extensionDigits: extensionDigits = try json.stringIfPresent()
            case .localDigits: localDigits = try json.stringIfPresent()
            case .raw: raw = try json.string()
            case .status: status = try json.enumeration()
            case .type: type = try json.enumeration()
            }
        }
        self.init(
            raw: try json.require(raw, Member.raw), e164: e164, country: country, extensionDigits: extensionDigits,
            localDigits: localDigits, type: try json.require(type, Member.type), status: try json.require(status, Member.status))
    }
}

extension PostalAddress: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case city, cityKey = "city_key", country, houseNumber = "house_number", postcode
        case postcodeExtension = "postcode_extension", raw, region, streetKey = "street_key", unit
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var city: String?, cityKey: String?, country: String?, houseNumber: String?, postcode: String?
        var postcodeExtension: String?, raw: [String]?, region: String?, streetKey: String?, unit: String?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .city: city = try json.stringIfPresent()
            case .cityKey: cityKey = try json.stringIfPresent()
            case .country: country = try json.stringIfPresent()
            case .houseNumber: houseNumber = try json.stringIfPresent()
            case .postcode: postcode = try json.stringIfPresent()
            case .postcodeExtension: postcodeExtension = try json.stringIfPresent()
            case .raw: raw = try json.readList()
            case .region: region = try json.stringIfPresent()
            case .streetKey: streetKey = try json.stringIfPresent()
            case .unit: unit = try json.stringIfPresent()
            }
        }
        self.init(
            raw: try json.require(raw, Member.raw), streetKey: streetKey, houseNumber: houseNumber, unit: unit, city: city,
            cityKey: cityKey, region: region, postcode: postcode, postcodeExtension: postcodeExtension, country: country)
    }
}
