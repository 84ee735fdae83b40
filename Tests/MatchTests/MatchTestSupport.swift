import GoldenCore

@testable import Match

/// Tolerance for similarity scores checked against four- and six-decimal reference values.
let scoreTolerance = 0.000_001

/// Whether two scores are equal within ``scoreTolerance``.
func close(_ x: Double, _ y: Double, within tolerance: Double = scoreTolerance) -> Bool {
    abs(x - y) <= tolerance
}

/// A person name with the parts the comparators read.
func person(
    given: String? = nil, canonical: [String] = [], isInitial: Bool = false, family: String? = nil,
    alternatives: [String] = [], givenPhonetic: PhoneticKey? = nil, familyPhonetic: PhoneticKey? = nil
) -> PersonName {
    PersonName(
        raw: [given, family].compactMap { $0 }.joined(separator: " "), given: given, givenKey: given,
        givenIsInitial: isInitial, givenCanonical: canonical, family: family, familyKey: family,
        familyAlternatives: alternatives, givenPhonetic: givenPhonetic, familyPhonetic: familyPhonetic)
}

/// A date of birth from `YYYY-MM-DD`, or a birthday without a year from `MM-DD`; any other text
/// gives an invalid value.
func dob(_ text: String) -> BirthDate {
    let parts = text.split(separator: "-").map { Int($0) }
    switch parts.count {
    case 3: return BirthDate(raw: text, year: parts[0], month: parts[1], day: parts[2], status: .valid)
    case 2: return BirthDate(raw: text, year: nil, month: parts[0], day: parts[1], status: .partial)
    default: return .unusable(raw: text, .invalid)
    }
}

/// An address with only a postcode and a country.
func postcode(_ code: String?, _ country: String? = nil) -> PostalAddress {
    PostalAddress(raw: [], postcode: code, country: country)
}

/// An e-mail address whose canonical form is `canonical` (`nil`: invalid).
func email(_ canonical: String?) -> EmailAddress {
    EmailAddress(
        raw: canonical ?? "junk", normalized: canonical, canonical: canonical,
        status: canonical == nil ? .invalid : .valid)
}

/// A phone number: `+…` is an E.164 number, digits alone a local number without area code,
/// `nil` an invalid one.
func phone(_ text: String?) -> PhoneNumber {
    guard let text else { return PhoneNumber(raw: "junk", e164: nil, country: nil, status: .invalid) }
    if text.hasPrefix("+") { return PhoneNumber(raw: text, e164: text, country: nil, status: .valid) }
    return PhoneNumber(raw: text, e164: nil, country: "US", localDigits: text, status: .partial)
}
