/// Namespace for the embedded name and place tables, as written (multi-line text).
enum RawTables {}

/// A given name with its sex, culture and nicknames.
struct GivenName: Sendable {
    let name: String
    let nicknames: [String]
    let gender: Gender
    let culture: Culture
}

/// A city customers live in, with what its postcodes and phone numbers look like.
struct City: Sendable {
    let name: String
    /// County, state code, Land, région or comunidad.
    let region: String
    let country: Country
    /// Postcode beginnings: UK outward codes, or leading digits elsewhere.
    let postcodePrefixes: [String]
    /// National area codes (with the trunk `0` where the country dials one).
    let areaCodes: [String]
    let zone: Zone
}

/// The embedded tables, parsed once, with their popularity weights.
struct Tables: Sendable {
    static let shared = Tables()

    /// Given names per culture and sex, most popular first.
    let givenNames: [[[GivenName]]]
    let givenWeights: [[WeightedIndex]]
    /// Family names per culture, most common first.
    let familyNames: [[String]]
    let familyWeights: [WeightedIndex]
    /// Cities and streets per country (indexed like `Country.allCases`).
    let cities: [[City]]
    let streets: [[String]]

    private init() {
        func names(_ text: String, _ gender: Gender, _ culture: Culture) -> [GivenName] {
            text.split(separator: "\n").map { line in
                let parts = line.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
                let nicknames = parts.count > 1 ? list(parts[1], separator: ",") : []
                return GivenName(
                    name: trim(parts[0]), nicknames: nicknames, gender: gender, culture: culture)
            }
        }
        let given: [[[GivenName]]] = [
            [names(RawTables.englishMale, .male, .english), names(RawTables.englishFemale, .female, .english)],
            [names(RawTables.germanMale, .male, .german), names(RawTables.germanFemale, .female, .german)],
            [names(RawTables.frenchMale, .male, .french), names(RawTables.frenchFemale, .female, .french)],
            [names(RawTables.spanishMale, .male, .spanish), names(RawTables.spanishFemale, .female, .spanish)],
        ]
        givenNames = given
        givenWeights = given.map { $0.map { WeightedIndex.zipf(count: $0.count, shift: 4) } }
        let family = [
            RawTables.englishFamily, RawTables.germanFamily, RawTables.frenchFamily,
            RawTables.spanishFamily,
        ].map { list(Substring($0), separator: ",") }
        familyNames = family
        familyWeights = family.map { WeightedIndex.zipf(count: $0.count, shift: 2) }
        cities = [
            cityTable(RawTables.britishCities, .gb), cityTable(RawTables.americanCities, .us),
            cityTable(RawTables.germanCities, .de), cityTable(RawTables.frenchCities, .fr),
            cityTable(RawTables.spanishCities, .es),
        ]
        streets = [
            RawTables.britishStreets, RawTables.americanStreets, RawTables.germanStreets,
            RawTables.frenchStreets, RawTables.spanishStreets,
        ].map { list(Substring($0), separator: ",") }
    }

    func givenNames(_ culture: Culture, _ gender: Gender) -> [GivenName] {
        givenNames[culture.rawValue][gender == .male ? 0 : 1]
    }

    func cities(in country: Country) -> [City] { cities[country.index] }
    func streets(in country: Country) -> [String] { streets[country.index] }
}

extension Country {
    /// Position in `allCases`, for table lookups.
    var index: Int {
        switch self {
        case .gb: 0
        case .us: 1
        case .de: 2
        case .fr: 3
        case .es: 4
        }
    }
}

private func cityTable(_ text: String, _ country: Country) -> [City] {
    text.split(separator: "\n").map { line in
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { trim($0) }
        let zone: Zone =
            switch fields[4] {
            case "eastern": .usEastern
            case "central": .usCentral
            case "mountain": .usMountain
            case "arizona": .usArizona
            case "pacific": .usPacific
            case "cet": .centralEurope
            default: .london
            }
        return City(
            name: fields[0], region: fields[1], country: country,
            postcodePrefixes: fields[2].split(separator: " ").map(String.init),
            areaCodes: fields[3].split(separator: " ").map(String.init), zone: zone)
    }
}

/// The non-empty, trimmed items of a `separator`-separated list.
private func list(_ text: Substring, separator: Character) -> [String] {
    text.split(separator: separator).map { trim($0) }.filter { !$0.isEmpty }
}

/// `text` without leading and trailing spaces and newlines.
private func trim(_ text: Substring) -> String {
    var slice = text[...]
    while let first = slice.first, first == " " || first == "\n" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\n" { slice = slice.dropLast() }
    return String(slice)
}
