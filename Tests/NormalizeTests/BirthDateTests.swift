import GoldenCore
import Testing

@testable import Normalize

/// One date-of-birth case: the text and its context, the expected date, status and findings.
struct BirthDateCase: Sendable, CustomTestStringConvertible {
    var raw: String
    var country: String?
    var order: NormalizeOptions.DateOrder?
    var formats: [String]
    var observedAt: Timestamp?
    var date: (Int?, Int?, Int?)
    var status: ValueStatus
    var findings: [String]

    /// 2024-06-01T00:00:00Z.
    static let june2024 = Timestamp(secondsSinceEpoch: 1_717_200_000)

    init(_ raw: String, in country: String? = nil, order: NormalizeOptions.DateOrder? = nil, formats: [String] = [],
         observedAt: Timestamp? = june2024, _ date: (Int?, Int?, Int?), _ status: ValueStatus = .valid,
         _ findings: [String] = [])
    {
        self.raw = raw
        self.country = country
        self.order = order
        self.formats = formats
        self.observedAt = observedAt
        self.date = date
        self.status = status
        self.findings = findings
    }

    /// An unusable value.
    init(_ raw: String, in country: String? = nil, formats: [String] = [], observedAt: Timestamp? = june2024,
         _ status: ValueStatus, _ finding: String)
    {
        self.init(raw, in: country, formats: formats, observedAt: observedAt, (nil, nil, nil), status, [finding])
    }

    var testDescription: String { "\(raw) (\(country ?? "-"))" }
}

@Suite("Dates of birth")
struct BirthDateTests {
    static let ambiguous = "date.ambiguous_order"
    static let partial = "date.partial"

    static let cases: [BirthDateCase] = [
        // Year first.
        .init("1980-07-12", (1980, 7, 12)),
        .init("1980/07/12", (1980, 7, 12)),
        .init("1980.07.12", (1980, 7, 12)),
        .init("19800712", (1980, 7, 12)),
        .init(" 1980-07-12 ", (1980, 7, 12)),
        .init("1980-7-2", (1980, 7, 2)),
        .init("1980-07-12T00:00:00Z", (1980, 7, 12)),
        .init("1980-07-12T23:30:00+02:00", (1980, 7, 12)),
        .init("1980-07-12 00:00:00.000", (1980, 7, 12)),
        // Year last: the order from the source, the country, or a guess.
        .init("12.07.1980", (1980, 7, 12)),
        .init("12.07.1980", in: "US", (1980, 7, 12)),
        .init("12-07-1980", in: "DE", (1980, 7, 12)),
        .init("07/12/1980", in: "US", (1980, 7, 12)),
        .init("7/4/1980", in: "US", (1980, 7, 4)),
        .init("07/12/1980", in: "GB", (1980, 12, 7)),
        .init("07/12/1980", in: "FR", (1980, 12, 7)),
        .init("07/12/1980", (1980, 12, 7), .valid, [ambiguous]),
        .init("07/12/1980", in: "CA", (1980, 7, 12), .valid, [ambiguous]),
        .init("25/12/1980", in: "CA", (1980, 12, 25)),
        .init("25/12/1980", in: "US", (1980, 12, 25)),
        .init("12/25/1980", in: "GB", (1980, 12, 25)),
        .init("12/25/1980", (1980, 12, 25)),
        .init("04/04/1980", (1980, 4, 4)),
        .init("03/04/1980", order: .monthDayYear, (1980, 3, 4)),
        .init("03/04/1980", in: "US", order: .dayMonthYear, (1980, 4, 3)),
        .init("80/07/12", order: .yearMonthDay, (1980, 7, 12)),
        .init("07/12/1980 12:00 AM", in: "US", (1980, 7, 12)),
        .init("12071980", in: "DE", (1980, 7, 12)),
        // Two-digit years.
        .init("12/07/80", in: "GB", (1980, 7, 12)),
        .init("01/02/03", in: "GB", (2003, 2, 1)),
        .init("01/02/30", in: "GB", (1930, 2, 1)),
        .init("12/07/80", in: "GB", observedAt: nil, (1980, 7, 12)),
        .init("12/07/24", in: "GB", (1924, 7, 12)),
        .init("12/05/24", in: "GB", (2024, 5, 12)),
        // Month names.
        .init("12 Jul 1980", (1980, 7, 12)),
        .init("July 12, 1980", (1980, 7, 12)),
        .init("12-Jul-80", (1980, 7, 12)),
        .init("12th July 1980", (1980, 7, 12)),
        .init("Saturday, July 12, 1980", (1980, 7, 12)),
        .init("1980 July 12", (1980, 7, 12)),
        .init("12. Juli 1980", (1980, 7, 12)),
        .init("15. März 1975", (1975, 3, 15)),
        .init("3 Dez. 1975", (1975, 12, 3)),
        .init("12 juillet 1980", (1980, 7, 12)),
        .init("1er août 1980", (1980, 8, 1)),
        .init("3 févr. 1990", (1990, 2, 3)),
        .init("12 de julio de 1980", (1980, 7, 12)),
        .init("5 ago 1985", (1985, 8, 5)),
        .init("1 DICIEMBRE 1970", (1970, 12, 1)),
        // Epoch values.
        .init("332208000", (1980, 7, 12)),
        .init("-315619200", (1960, 1, 1)),
        .init("478798200000", (1985, 3, 4)),
        // Birthdays without a year.
        .init("07-12", (nil, 7, 12), .partial, [partial]),
        .init("--07-12", (nil, 7, 12), .partial, [partial]),
        .init("12/07", in: "GB", (nil, 7, 12), .partial, [partial]),
        .init("12/07", in: "US", (nil, 12, 7), .partial, [partial]),
        .init("12.07.", in: "US", (nil, 7, 12), .partial, [partial]),
        .init("12 July", (nil, 7, 12), .partial, [partial]),
        .init("July 12th", (nil, 7, 12), .partial, [partial]),
        .init("02/03", (nil, 3, 2), .partial, [partial, ambiguous]),
        .init("29/02", in: "GB", (nil, 2, 29), .partial, [partial]),
        // The source's formats.
        .init("03/04/1980", formats: ["dd/MM/yyyy"], (1980, 4, 3)),
        .init("07/12/65", formats: ["MM/dd/yy"], (1965, 7, 12)),
        .init("07/12/05", formats: ["MM/dd/yy"], (2005, 7, 12)),
        .init("12 Jul 1980", formats: ["yyyy-MM-dd"], (1980, 7, 12)),
        .init("1980-07-12", formats: ["iso8601"], (1980, 7, 12)),
        // Leap years.
        .init("29/02/2000", in: "GB", (2000, 2, 29)),
        .init("1970-01-01", (1970, 1, 1)),
        // Unusable.
        .init("29/02/1900", in: "GB", .invalid, "date.impossible"),
        .init("2023-02-30", .invalid, "date.impossible"),
        .init("1980-13-01", .invalid, "date.impossible"),
        .init("32/01/1980", in: "GB", .invalid, "date.impossible"),
        .init("13/13/1980", .invalid, "date.impossible"),
        .init("02-30", .invalid, "date.impossible"),
        .init("2025-01-01", .invalid, "date.out_of_range"),
        .init("2024-06-02", .invalid, "date.out_of_range"),
        .init("1899-05-31", .invalid, "date.out_of_range"),
        .init("1849-05-31", observedAt: nil, .invalid, "date.out_of_range"),
        .init("1900-01-01", .placeholder, "date.placeholder"),
        .init("01/01/1900", in: "GB", .placeholder, "date.placeholder"),
        .init("1901-01-01", .placeholder, "date.placeholder"),
        .init("1800-01-01", .placeholder, "date.placeholder"),
        .init("0001-01-01", .placeholder, "date.placeholder"),
        .init("9999-12-31", .placeholder, "date.placeholder"),
        .init("1111-11-11", .placeholder, "date.placeholder"),
        .init("0000-00-00", .placeholder, "date.placeholder"),
        .init("00/00/0000", .placeholder, "date.placeholder"),
        .init("0", .placeholder, "date.placeholder"),
        .init("0", formats: ["epoch"], .placeholder, "date.placeholder"),
        .init("1980", .invalid, "date.incomplete"),
        .init("1980-07", .invalid, "date.incomplete"),
        .init("July 1980", .invalid, "date.incomplete"),
        .init("hello", .invalid, "date.unparseable"),
        .init("12/07/1980/5", .invalid, "date.unparseable"),
        .init("12 Juldy 1980", .invalid, "date.unparseable"),
        .init("1980-07-12T25", .invalid, "date.unparseable"),
        .init("123456", .invalid, "date.unparseable"),
    ]

    @Test(arguments: cases)
    func birthDate(_ c: BirthDateCase) {
        var findings: [Finding] = []
        let options = NormalizeOptions(dateOrder: c.order, dateFormats: c.formats.compactMap(TimestampFormat.init))
        #expect(options.dateFormats.count == c.formats.count)
        let date = BirthDateNormalizer.normalize(
            c.raw, options: options, country: c.country, observedAt: c.observedAt, findings: &findings)
        #expect(date.raw == c.raw)
        #expect(date.year == c.date.0)
        #expect(date.month == c.date.1)
        #expect(date.day == c.date.2)
        #expect(date.status == c.status)
        #expect(findings.map(\.code) == c.findings)
        #expect(findings.allSatisfy { $0.attribute == .dateOfBirth })
    }

    @Test func emptyIsInvalidWithoutAFinding() {
        var findings: [Finding] = []
        let date = BirthDateNormalizer.normalize(
            "  ", options: NormalizeOptions(), country: nil, observedAt: nil, findings: &findings)
        #expect(date == .unusable(raw: "  ", .invalid))
        #expect(findings.isEmpty)
    }

    @Test func findingKinds() {
        var findings: [Finding] = []
        _ = BirthDateNormalizer.normalize(
            "03/04/1980", options: NormalizeOptions(), country: nil, observedAt: nil, findings: &findings)
        _ = BirthDateNormalizer.normalize(
            "07-12", options: NormalizeOptions(), country: nil, observedAt: nil, findings: &findings)
        _ = BirthDateNormalizer.normalize(
            "1900-01-01", options: NormalizeOptions(), country: nil, observedAt: nil, findings: &findings)
        _ = BirthDateNormalizer.normalize(
            "2023-02-30", options: NormalizeOptions(), country: nil, observedAt: nil, findings: &findings)
        #expect(
            findings == [
                Finding(.dateOfBirth, .ambiguous, "date.ambiguous_order"),
                Finding(.dateOfBirth, .partial, "date.partial"),
                Finding(.dateOfBirth, .placeholder, "date.placeholder"),
                Finding(.dateOfBirth, .invalid, "date.impossible"),
            ])
    }

    @Test func defaultCountryOfTheSourceSetsTheOrder() {
        var findings: [Finding] = []
        let date = BirthDateNormalizer.normalize(
            "07/12/1980", options: NormalizeOptions(defaultCountry: "US"), country: nil, observedAt: nil,
            findings: &findings)
        #expect(date.date == CivilDate(year: 1980, month: 7, day: 12))
        #expect(findings.isEmpty)
    }
}
