/// A postal address, in the parts the feeds split it into.
public struct Address: Sendable, Hashable {
    /// The country, as an ISO code in the feeds.
    public let country: Country
    /// House number, possibly with a suffix: `12`, `12a`, `3 bis`.
    public let houseNumber: String
    /// Street name with its type, as written in full: `Acacia Avenue`, `Hauptstraße`.
    public let street: String
    /// Flat, apartment, floor or building: `Flat 3`, `Apt 4B`, `2. OG`, `3º B`.
    public let unit: String?
    /// City or town.
    public let city: String
    /// County, state code, Land, région or comunidad.
    public let region: String
    /// Postcode in the country's shape: `SW1A 1AA`, `02139`, `80331`.
    public let postcode: String
    /// The ZIP+4 extension of a US address, which some systems keep and others drop.
    let zipExtension: String?
    let zone: Zone

    /// The first address line the way the country writes it: `12 High Street`,
    /// `Hauptstraße 12`, `Calle Mayor, 12`.
    public var line1: String { line1(abbreviated: false) }

    /// The first line, with the street type optionally shortened the way people type it
    /// (`Rd`, `Str.`, `Avda.`) — or, for US streets already written short, spelled out.
    func line1(abbreviated: Bool) -> String {
        let name = abbreviated ? Self.abbreviate(street, in: country) : street
        switch country {
        case .gb, .us, .fr: return houseNumber + " " + name
        case .de: return name + " " + houseNumber
        case .es: return name + ", " + houseNumber
        }
    }

    private static let abbreviations: [Country: [(String, String)]] = [
        .gb: [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Close", "Cl"),
              ("Crescent", "Cres"), ("Terrace", "Terr"), ("Place", "Pl")],
        .us: [("St", "Street"), ("Ave", "Avenue"), ("Blvd", "Boulevard"), ("Ln", "Lane"), ("Rd", "Road"),
              ("Dr", "Drive")],
        .de: [("straße", "str."), ("Straße", "Str.")],
        .fr: [("avenue", "av."), ("boulevard", "bd"), ("place", "pl."), ("rue", "r.")],
        .es: [("Calle", "C/"), ("Avenida", "Avda."), ("Plaza", "Pza."), ("Paseo", "Pº")],
    ]

    private static func abbreviate(_ street: String, in country: Country) -> String {
        for (long, short) in abbreviations[country] ?? [] {
            switch country {
            case .gb, .us, .de:
                if street.hasSuffix(long) { return String(street.dropLast(long.count)) + short }
            case .fr, .es:
                if street.hasPrefix(long + " ") { return short + street.dropFirst(long.count) }
            }
        }
        return street
    }
}

extension Address {
    /// A made-up address in `city`.
    static func random(in city: City, _ generator: inout SplitMix64) -> Address {
        let tables = Tables.shared
        let street = generator.pick(tables.streets(in: city.country))
        let prefix = generator.pick(city.postcodePrefixes)
        var number: String
        var unit: String?
        var postcode: String
        var zipExtension: String?
        switch city.country {
        case .gb:
            number = String(generator.int(in: 1...180))
            if generator.chance(0.15) { unit = "Flat " + String(generator.int(in: 1...24)) }
            let letters = Array("ABDEFGHJLNPQRSTUWXYZ")
            postcode = prefix + " " + String(generator.below(10))
                + String(generator.pick(letters)) + String(generator.pick(letters))
        case .us:
            number = String(generator.chance(0.6) ? generator.int(in: 100...9999) : generator.int(in: 1...99))
            if generator.chance(0.25) {
                unit = generator.pick(["Apt ", "Unit ", "#", "Suite "]) + String(generator.int(in: 1...30))
                    + (generator.chance(0.3) ? generator.pick(["A", "B", "C"]) : "")
            }
            postcode = prefix + padded(generator.int(in: 1...99), 2)
            zipExtension = padded(generator.int(in: 1...9999), 4)
        case .de:
            number = String(generator.int(in: 1...120)) + (generator.chance(0.08) ? "a" : "")
            if generator.chance(0.15) { unit = generator.pick(["1. OG", "2. OG", "3. OG", "Hinterhaus", "App. 5"]) }
            postcode = prefix + digits(5 - prefix.count, &generator)
        case .fr:
            number = String(generator.int(in: 1...150)) + (generator.chance(0.05) ? " bis" : "")
            if generator.chance(0.2) {
                unit = generator.pick(["Bât. B", "Appt ", "Escalier 3", "Résidence les Pins"])
                if unit == "Appt " { unit! += String(generator.int(in: 1...40)) }
            }
            let tail = prefix == "7500" ? String(generator.int(in: 1...9)) : digits(5 - prefix.count, &generator)
            postcode = prefix + tail
        case .es:
            number = String(generator.int(in: 1...200))
            if generator.chance(0.5) {
                unit = String(generator.int(in: 1...8)) + "º " + generator.pick(["A", "B", "C", "D", "1ª", "2ª"])
            }
            postcode = prefix + padded(generator.int(in: 1...99), 2)
        }
        return Address(
            country: city.country, houseNumber: number, street: street, unit: unit, city: city.name,
            region: city.region, postcode: postcode, zipExtension: zipExtension, zone: city.zone)
    }
}
