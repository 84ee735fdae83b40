import GoldenCore
import Testing
@testable import Generator

/// The small formatters the feeds are built from.
@Suite struct FormattingTests {
    static let london = PhoneLine(country: .gb, area: "20", subscriber: "79460123", isMobile: false)
    static let leeds = PhoneLine(country: .gb, area: "113", subscriber: "4960123", isMobile: false)
    static let boston = PhoneLine(country: .us, area: "617", subscriber: "5550142", isMobile: false)
    static let berlin = PhoneLine(country: .de, area: "30", subscriber: "1234567", isMobile: false)
    static let paris = PhoneLine(country: .fr, area: "1", subscriber: "23456789", isMobile: false)
    static let madrid = PhoneLine(country: .es, area: "91", subscriber: "2345678", isMobile: false)
    static let britishMobile = PhoneLine(country: .gb, area: "7700", subscriber: "900123", isMobile: true)

    @Test(arguments: [
        (london, PhoneStyle.national, "020 7946 0123"), (london, .internationalTrunk, "+44 (0)20 7946 0123"),
        (london, .international, "+44 20 7946 0123"), (london, .e164, "+442079460123"),
        (leeds, .national, "0113 496 0123"), (britishMobile, .national, "07700 900123"),
        (boston, .national, "(617) 555-0142"), (boston, .punctuated, "617.555.0142"),
        (boston, .international, "+1 617 555 0142"), (boston, .digits, "6175550142"),
        (boston, .internationalPrefix, "1-617-555-0142"),
        (berlin, .national, "030 1234567"), (berlin, .internationalPrefix, "0049 30 1234567"),
        (berlin, .punctuated, "030/1234567"), (berlin, .internationalTrunk, "+49 (0)30 1234567"),
        (paris, .national, "01 23 45 67 89"), (paris, .international, "+33 1 23 45 67 89"),
        (madrid, .national, "912 345 678"), (madrid, .international, "+34 912 345 678"),
    ])
    func phonesAreWrittenInEveryShape(number: PhoneLine, style: PhoneStyle, expected: String) {
        #expect(number.formatted(style) == expected)
    }

    @Test(arguments: [
        (Country.gb, #"[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}"#), (.us, #"\d{5}"#), (.de, #"\d{5}"#),
        (.fr, #"\d{5}"#), (.es, #"\d{5}"#),
    ])
    func postcodesHaveTheCountrysShape(country: Country, pattern: String) throws {
        let regex = try Regex(pattern)
        var generator = SplitMix64(state: 1)
        for city in Tables.shared.cities(in: country) {
            for _ in 0..<20 {
                let address = Address.random(in: city, &generator)
                #expect(address.postcode.wholeMatch(of: regex) != nil, "\(address.postcode)")
            }
        }
    }

    @Test func mobilesUseMobilePrefixes() {
        var generator = SplitMix64(state: 2)
        for city in Tables.shared.cities.flatMap({ $0 }) {
            let mobile = PhoneLine.mobile(in: city, &generator)
            switch city.country {
            case .gb: #expect(mobile.nationalDigits.hasPrefix("07") && mobile.nationalDigits.count == 11)
            case .de: #expect(mobile.nationalDigits.hasPrefix("01"))
            case .fr: #expect(mobile.nationalDigits.hasPrefix("06") || mobile.nationalDigits.hasPrefix("07"))
            case .es: #expect(mobile.nationalDigits.hasPrefix("6") || mobile.nationalDigits.hasPrefix("7"))
            case .us: #expect(mobile.nationalDigits.count == 10)
            }
        }
    }

    @Test(arguments: [
        ("O'Brien & Sons", ";", "O'Brien & Sons"), ("SMITH; JOHN", ";", "\"SMITH; JOHN\""),
        ("SMITH, ROBERT \"BOB\"", ";", "\"SMITH, ROBERT \"\"BOB\"\"\""), ("a,b", ",", "\"a,b\""),
    ])
    func csvFieldsAreQuotedPerRFC4180(value: String, delimiter: String, expected: String) {
        var bytes: [UInt8] = []
        bytes.appendCSVField(value, delimiter: delimiter.utf8.first!)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test(arguments: [("José", [0x4A, 0x6F, 0x73, 0xE9] as [UInt8]), ("MÜLLER", [0x4D, 0xDC, 0x4C, 0x4C, 0x45, 0x52]),
                      ("Œuvre", [0x8C, 0x75, 0x76, 0x72, 0x65]), ("Zoë", [0x5A, 0x6F, 0xEB])])
    func windows1252EncodesAccentsAsSingleBytes(text: String, expected: [UInt8]) {
        var bytes: [UInt8] = []
        bytes.appendCSVField(text, delimiter: UInt8(ascii: ";"), windows1252: true)
        #expect(bytes == expected)
    }

    @Test func xmlEscapingAndCharacterReferences() {
        var bytes: [UInt8] = []
        bytes.appendElement("line1", "Rose & Crown Yard")
        bytes.appendElement("given", "José", characterReferences: true)
        bytes.appendCDATA("O'Brien")
        #expect(String(decoding: bytes, as: UTF8.self)
            == "<line1>Rose &amp; Crown Yard</line1><given>Jos&#233;</given><![CDATA[O'Brien]]>")
    }

    @Test(arguments: [
        (Zone.london, "2024-01-15T12:00:00Z", Int64(0)), (.london, "2024-07-15T12:00:00Z", 3600),
        (.london, "2024-03-31T00:59:59Z", 0), (.london, "2024-03-31T01:00:00Z", 3600),
        (.centralEurope, "2024-10-27T00:59:59Z", 7200), (.centralEurope, "2024-10-27T01:00:00Z", 3600),
        (.usEastern, "2024-03-10T06:59:59Z", -18_000), (.usEastern, "2024-03-10T07:00:00Z", -14_400),
        (.usEastern, "2024-11-03T05:59:59Z", -14_400), (.usEastern, "2024-11-03T06:00:00Z", -18_000),
        (.usArizona, "2024-07-01T00:00:00Z", -25_200), (.usPacific, "2024-07-01T00:00:00Z", -25_200),
    ])
    func zonesFollowDaylightSavingRules(zone: Zone, instant: String, offset: Int64) throws {
        let seconds = try #require(Timestamp(iso8601: instant)).secondsSinceEpoch
        #expect(zone.offset(at: seconds) == offset)
    }

    @Test func localTimestampsAreFormattedAsTheFeedsNeedThem() throws {
        let instant = try #require(Timestamp(iso8601: "2023-11-05T19:03:22Z")).secondsSinceEpoch
        var bytes: [UInt8] = []
        bytes.appendISO8601(instant, in: .usEastern)
        bytes.append(UInt8(ascii: " "))
        bytes.appendDayMonthYearTime(local: instant)
        bytes.append(UInt8(ascii: " "))
        bytes.appendUSDate(CivilDate(year: 1980, month: 5, day: 2)!)
        bytes.append(UInt8(ascii: " "))
        bytes.append(cents: -1250, separator: UInt8(ascii: ","))
        #expect(String(decoding: bytes, as: UTF8.self) == "2023-11-05T14:03:22-05:00 05/11/2023 19:03 05/02/1980 -12,50")
    }
}
