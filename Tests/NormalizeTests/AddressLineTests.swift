import GoldenCore
import Testing

@testable import Normalize

/// One address-line case: the lines, the country, and the street key, house number and unit.
struct AddressLineCase: Sendable, CustomTestStringConvertible {
    var line1: String?
    var line2: String?
    var country: String?
    var key: String?
    var house: String?
    var unit: String?

    init(_ line1: String?, _ line2: String? = nil, in country: String? = nil,
         key: String?, house: String? = nil, unit: String? = nil)
    {
        self.line1 = line1
        self.line2 = line2
        self.country = country
        self.key = key
        self.house = house
        self.unit = unit
    }

    var testDescription: String { [line1, line2].compactMap { $0 }.joined(separator: " / ") }
}

@Suite("Address lines: street keys, house numbers, units")
struct AddressLineTests {
    static let cases: [AddressLineCase] = [
        // Units in the first or second line.
        .init("15 Maple Ave Apt 19", key: "15 maple ave", house: "15", unit: "apt 19"),
        .init("15 Maple Avenue", "Apt 19", key: "15 maple ave", house: "15", unit: "apt 19"),
        .init("15 Maple Avenue", "Apartment 19", key: "15 maple ave", house: "15", unit: "apt 19"),
        .init("Flat 2, 10 High St", key: "10 high st", house: "10", unit: "flat 2"),
        .init("155 London Road, Flat 2", key: "155 london rd", house: "155", unit: "flat 2"),
        .init("Flat 2", "10 High Street", key: "10 high st", house: "10", unit: "flat 2"),
        .init("500 Main St Suite 300", key: "500 main st", house: "500", unit: "ste 300"),
        .init("500 Main St. Ste. 300", key: "500 main st", house: "500", unit: "ste 300"),
        .init("500 Main St #12", key: "500 main st", house: "500", unit: "apt 12"),
        .init("500 Main St", "# 12", key: "500 main st", house: "500", unit: "apt 12"),
        .init("500 Main St, Unit 4B", key: "500 main st", house: "500", unit: "unit 4b"),
        .init("Apartment 5B, 20 Park Lane", key: "20 park ln", house: "20", unit: "apt 5b"),
        .init("2nd Floor, 10 Downing Street", key: "10 downing st", house: "10", unit: "fl 2"),
        .init("12 High St Rear", key: "12 high st", house: "12", unit: "rear"),
        .init("Hauptstr. 5, 3. Etage", in: "DE", key: "hauptstr 5", house: "5", unit: "fl 3"),
        .init("Lindenweg 3", "Wohnung 4", in: "DE", key: "lindenweg 3", house: "3", unit: "apt 4"),
        .init("C/ Mayor 12, 3º B", in: "ES", key: "c mayor 12", house: "12", unit: "fl 3 pta b"),
        .init("Plaza Mayor 1, Bajo", in: "ES", key: "pl mayor 1", house: "1", unit: "bajo"),
        .init("Calle Luna 4", "Piso 2", in: "ES", key: "c luna 4", house: "4", unit: "fl 2"),
        .init("10 Downing St", "Westminster", key: "10 downing st", house: "10"),
        .init("Flat 3 Rose Court, 12 High Street", key: "rose ct 12 high st", house: "12", unit: "flat 3"),
        .init("Ground Floor Flat, 22 Oak Road", key: "22 oak rd", house: "22", unit: "fl 0 flat"),
        .init("First Floor, 22 Oak Road", key: "22 oak rd", house: "22", unit: "fl 1"),
        .init("Unit 5, 10-12 Station Road", key: "10-12 station rd", house: "10-12", unit: "unit 5"),
        .init("Flat 4/2, 18 Argyle St", key: "18 argyle st", house: "18", unit: "flat 4/2"),
        .init("123 MAIN ST APT 4B", key: "123 main st", house: "123", unit: "apt 4b"),
        .init("Calle de Alcalá, 42, 3º izq", in: "ES", key: "c de alcala 42", house: "42", unit: "fl 3 pta izq"),
        .init("Lindenstraße 12/1", in: "DE", key: "lindenstr 12/1", house: "12/1"),
        .init("12, rue de Rivoli", in: "FR", key: "12 rue de rivoli", house: "12"),
        // Not units.
        .init("12 Front Street", key: "12 front st", house: "12"),
        .init("1200 rue Sainte-Catherine", in: "CA", key: "1200 rue ste catherine", house: "1200"),
        .init("12 Flat Road", key: "12 flat rd", house: "12"),
        // English street types, directionals, ordinals, saints.
        .init("1600 Pennsylvania Avenue NW", key: "1600 pennsylvania ave nw", house: "1600"),
        .init("100 North Main Street", key: "100 n main st", house: "100"),
        .init("12 North Street", key: "12 north st", house: "12"),
        .init("12 N St", key: "12 north st", house: "12"),
        .init("500 South West Boulevard", key: "500 southwest blvd", house: "500"),
        .init("200 Southwest 8th Street", key: "200 sw 8th st", house: "200"),
        .init("1200 Highway 101 North", key: "1200 hwy 101 n", house: "1200"),
        .init("22 First Avenue", key: "22 1st ave", house: "22"),
        .init("350 Fifth Avenue", key: "350 5th ave", house: "350"),
        .init("10 Twenty-First Street", key: "10 21st st", house: "10"),
        .init("12 Saint Johns Road", key: "12 st johns rd", house: "12"),
        .init("12 St. John's Road", key: "12 st johns rd", house: "12"),
        .init("7 Acacia Close", key: "7 acacia cl", house: "7"),
        .init("3 Orchard Crescent", key: "3 orchard cres", house: "3"),
        .init("9 Rose Gardens", key: "9 rose gdns", house: "9"),
        .init("4 Elm Grove", key: "4 elm gr", house: "4"),
        .init("18 Park Terrace", key: "18 park ter", house: "18"),
        .init("77 Sunset Boulevard", key: "77 sunset blvd", house: "77"),
        .init("5 Lakeview Parkway", key: "5 lakeview pkwy", house: "5"),
        .init("31 Oak Court", key: "31 oak ct", house: "31"),
        .init("6 Mill Lane", key: "6 mill ln", house: "6"),
        .init("2 Church Square", key: "2 church sq", house: "2"),
        .init("8 Hillside Drive", key: "8 hillside dr", house: "8"),
        .init("  12   HIGH   STREET  ", key: "12 high st", house: "12"),
        .init("221B Baker Street", key: "221b baker st", house: "221b"),
        .init("1 Infinite Loop", key: "1 infinite loop", house: "1"),
        // Numbers.
        .init("No. 12 High Street", key: "12 high st", house: "12"),
        .init("12-14 Market Place", key: "12-14 market pl", house: "12-14"),
        .init("123 1/2 Main St", key: "123 1/2 main st", house: "123"),
        .init("PO Box 123", key: "po box 123"),
        .init("P.O. Box 42", key: "po box 42"),
        .init("Post Office Box 9", key: "po box 9"),
        .init("Hwy 101", key: "hwy 101"),
        .init("1200 N 300 W", key: "1200 n 300 w", house: "1200"),
        // German.
        .init("Hauptstraße 5", in: "DE", key: "hauptstr 5", house: "5"),
        .init("Hauptstr. 5", in: "DE", key: "hauptstr 5", house: "5"),
        .init("HAUPTSTRASSE 5", in: "DE", key: "hauptstr 5", house: "5"),
        .init("Berliner Straße 12", in: "DE", key: "berliner str 12", house: "12"),
        .init("Berliner Str. 12a", in: "DE", key: "berliner str 12a", house: "12a"),
        .init("Hauptstraße 5 a", in: "DE", key: "hauptstr 5a", house: "5a"),
        .init("Straße des 17. Juni 135", in: "DE", key: "str des 17 juni 135", house: "135"),
        // French.
        .init("12 rue de la Paix", in: "FR", key: "12 rue de la paix", house: "12"),
        .init("7 rue Saint-Denis", in: "FR", key: "7 rue st denis", house: "7"),
        .init("5 avenue des Champs-Élysées", in: "FR", key: "5 ave des champs elysees", house: "5"),
        .init("8 boulevard Haussmann", in: "FR", key: "8 blvd haussmann", house: "8"),
        .init("8 bd Haussmann", in: "FR", key: "8 blvd haussmann", house: "8"),
        .init("14 chemin des Vignes", in: "FR", key: "14 ch des vignes", house: "14"),
        .init("1 place de la Concorde", in: "FR", key: "1 pl de la concorde", house: "1"),
        // Spanish.
        .init("Calle Mayor, 12", in: "ES", key: "c mayor 12", house: "12"),
        .init("Cl Mayor 7", in: "ES", key: "c mayor 7", house: "7"),
        .init("Calle Mayor nº 12", in: "ES", key: "c mayor 12", house: "12"),
        .init("Avenida de la Constitución 5", in: "ES", key: "ave de la constitucion 5", house: "5"),
        .init("Avda. de América 3", in: "ES", key: "ave de america 3", house: "3"),
        .init("Paseo de Gracia 43", in: "ES", key: "po de gracia 43", house: "43"),
        .init("Plaza de España 1", in: "ES", key: "pl de espana 1", house: "1"),
        // Elsewhere.
        .init("Kalverstraat 92", in: "NL", key: "kalverstraat 92", house: "92"),
        .init("Via Roma 10", in: "IT", key: "via roma 10", house: "10"),
        // Placeholders and blanks.
        .init("n/a", key: nil),
        .init("Unknown", key: nil),
        .init("NONE", key: nil),
        .init("123 Main St", key: "123 main st", house: "123"),
        .init("   ", key: nil),
    ]

    @Test(arguments: cases)
    func line(_ c: AddressLineCase) {
        var findings: [Finding] = []
        let line = StreetLine.parse(line1: c.line1, line2: c.line2, country: c.country, findings: &findings)
        #expect(line.streetKey == c.key)
        #expect(line.houseNumber == c.house)
        #expect(line.unit == c.unit)
        let isPlaceholder = c.key == nil && c.line1?.contains(where: { !$0.isWhitespace }) == true
        #expect(findings == (isPlaceholder ? [Finding(.addressLine1, .placeholder, "address.placeholder")] : []))
    }
}
