import GoldenCore
import Testing

@testable import Ingest

/// A row given as a dictionary of reference names to values.
struct DictionaryRow: FieldLookup {
    var references: FieldReferences
    var values: [String: [String]]
    func values(_ index: Int) -> [String] { values[references.names[index]] ?? [] }
}

@Suite struct MappingTests {
    static let posMapping = """
        format: csv
        csv: { delimiter: ";", encoding: windows-1252 }
        record:
          key: [STORE, RECEIPT]
          observed_at: { field: TS, formats: ["dd/MM/yyyy HH:mm"], timezone: Europe/London }
          fields:
            family_name: { field: NAME, split: ",", part: 0 }
            given_name: { field: NAME, split: ",", part: 1 }
            phone: { all: [PHONE, MOBILE] }
            country: { constant: GB }
            gender: { field: SEX, map: { M: male, F: female } }
            full_name: { concat: [FIRST, LAST] }
            email: { first_non_empty: [EMAIL, ALT] }
        events:
          - kind: { field: TYPE, map: { SALE: purchase, REFUND: return } }
            key: [STORE, RECEIPT, LINE]
            amount: AMOUNT
            currency: { constant: GBP }
            attributes: { sku: SKU }
        """

    @Test func mapsARow() throws {
        let mapping = try Mapping.parse(yaml: Self.posMapping, file: "pos.yml")
        let row = DictionaryRow(references: mapping.references, values: [
            "STORE": ["12"], "RECEIPT": ["A77"], "TS": ["05/08/2024 09:30"], "NAME": ["SMITH,  JOHN "],
            "PHONE": ["020 7946 0123"], "MOBILE": ["07700 900123"], "SEX": ["F"], "FIRST": ["John"],
            "LAST": [""], "EMAIL": [" "], "ALT": ["j@x.org"], "TYPE": ["REFUND"], "LINE": ["2"],
            "AMOUNT": ["-12,50"], "SKU": ["S-1"],
        ])
        let outcome = RowMapper(source: "pos", mapping: mapping).map(row, lineage: Lineage(file: "f.csv", line: 3), raw: [UInt8]())
        guard case .stored(let record?, let events) = outcome else { Issue.record("not stored: \(outcome)"); return }
        #expect(record.key == "12|A77")
        #expect(record.observedAt?.iso8601 == "2024-08-05T08:30:00Z")
        #expect(record.fields.first("family_name") == "SMITH")
        #expect(record.fields.first("given_name") == "JOHN")
        #expect(record.fields.all("phone") == ["020 7946 0123", "07700 900123"])
        #expect(record.fields.first("country") == "GB")
        #expect(record.fields.first("gender") == "female")
        #expect(record.fields.first("full_name") == "John")
        #expect(record.fields.first("email") == "j@x.org")
        #expect(events.count == 1)
        #expect(events[0].kind == .return)
        #expect(events[0].key == "12|A77|2")
        #expect(events[0].subjectKey == "12|A77")
        #expect(events[0].amount?.description == "-12.50")
        #expect(events[0].currency == "GBP")
        #expect(events[0].attributes == [Field("sku", "S-1")])
    }

    @Test(arguments: [
        (["STORE": "", "RECEIPT": "1", "TYPE": "SALE", "LINE": "1"], QuarantineReason.missingKey, "STORE|RECEIPT"),
        (["STORE": "1", "RECEIPT": "1", "TS": "2024-08-05", "TYPE": "SALE", "LINE": "1"], .badValue, "TS"),
        (["STORE": "1", "RECEIPT": "1", "TYPE": "VOID", "LINE": "1"], .badValue, "TYPE"),
        (["STORE": "1", "RECEIPT": "1", "TYPE": "", "LINE": "1"], .missingField, "TYPE"),
        (["STORE": "1", "RECEIPT": "1", "TYPE": "SALE", "LINE": ""], .missingKey, "STORE|RECEIPT|LINE"),
        (["STORE": "1", "RECEIPT": "1", "TYPE": "SALE", "LINE": "1", "AMOUNT": "12.x"], .badValue, "AMOUNT"),
    ])
    func quarantinesBadRows(values: [String: String], reason: QuarantineReason, field: String) throws {
        let mapping = try Mapping.parse(yaml: Self.posMapping, file: "pos.yml")
        let row = DictionaryRow(references: mapping.references, values: values.mapValues { [$0] })
        let outcome = RowMapper(source: "pos", mapping: mapping).map(
            row, lineage: Lineage(file: "f.csv", line: 9), raw: Array("raw".utf8))
        guard case .quarantined(let quarantined) = outcome else { Issue.record("stored"); return }
        #expect(quarantined.reason == reason)
        #expect(quarantined.field == field)
        #expect(quarantined.line == 9)
        #expect(quarantined.raw == Array("raw".utf8))
    }

    /// Each bad mapping fails with the line and key of the problem.
    @Test(arguments: [
        ("format: tsv\nrecord: {key: a, fields: {email: a}}", 1, "format", "unknown format"),
        ("format: csv\nrecord:\n  key: id\n  fields:\n    emial: e\n", 5, "record.fields.emial", "unknown identity attribute"),
        ("format: csv\nrecrod: {}\n", 2, "recrod", "unknown key"),
        ("format: csv\ncsv:\n  delimiter: ';;'\nrecord: {key: a, fields: {email: a}}", 3, "csv.delimiter", "single character"),
        ("format: csv\ncsv:\n  encoding: ebcdic\nrecord: {key: a, fields: {email: a}}", 3, "csv.encoding", "unknown encoding"),
        ("format: csv\nrecord:\n  key: id\n  observed_at: {field: t, formats: [wat]}\n  fields: {email: e}", 4, "record.observed_at.formats[0]", "not a timestamp format"),
        ("format: csv\nrecord:\n  key: id\n  observed_at: {field: t, timezone: Nowhere/Land}\n  fields: {email: e}", 4, "record.observed_at.timezone", "unknown time zone"),
        ("format: csv\nevents:\n  - kind: purchase\n    key: id\n", 3, "events[0]", "subject"),
        ("format: csv\nevents:\n  - kind: buy\n    key: id\n    subject: {source: s, key: k}\n", 3, "events[0].kind", "unknown value"),
        ("format: xml\nxml: {record: 'l:member'}\nrecord: {key: '@id', fields: {email: e}}", 2, "xml.record", "not declared"),
        ("format: csv\nrecord:\n  key: id\n  fields: {email: {field: e, part: 1}}", 4, "record.fields.email.part", "needs 'split'"),
        ("format: csv\nrecord: [oops", nil, nil, "not valid YAML"),
        ("format: csv\nrecord: {key: a, fields: {email: a}}\nnormalize:\n  country: Britain\n", 4, "normalize.country", "alpha-2"),
        ("format: csv\nrecord: {key: a, fields: {email: a}}\nnormalize:\n  date_order: dym\n", 4, "normalize.date_order", "unknown date order"),
        ("format: csv\nrecord: {key: a, fields: {email: a}}\nnormalize:\n  date_formats: [iso8601, HH:mm]\n", 4, "normalize.date_formats[1]", "not a date format"),
        ("format: csv\nrecord: {key: a, fields: {email: a}}\nnormalize:\n  region: GB\n", 4, "normalize.region", "unknown key"),
    ] as [(String, Int?, String?, String)])
    func reportsConfigErrors(yaml: String, line: Int?, key: String?, message: String) {
        do {
            _ = try Mapping.parse(yaml: yaml, file: "Mappings/bad.yml")
            Issue.record("parsed")
        } catch {
            #expect(error.code == .config)
            #expect(error.exitCode == 2)
            #expect(error.location?.file == "Mappings/bad.yml")
            if let line { #expect(error.location?.line == line, "\(error)") }
            if let key { #expect(error.location?.key == key, "\(error)") }
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func readsTheNormalizeSection() throws {
        let yaml = """
            format: csv
            record: {key: a, fields: {date_of_birth: b}}
            normalize:
              country: US
              date_order: MDY
              date_formats: ["MM/dd/yyyy", yyyyMMdd]
            """
        let options = try Mapping.parse(yaml: yaml, file: "m.yml").normalize
        #expect(options.defaultCountry == "US")
        #expect(options.dateOrder == .monthDayYear)
        #expect(options.dateFormats == [TimestampFormat("MM/dd/yyyy")!, TimestampFormat("yyyyMMdd")!])
        #expect(try Mapping.parse(yaml: "format: csv\nrecord: {key: a, fields: {email: a}}", file: "m.yml").normalize == NormalizeOptions())
    }

    @Test(arguments: [
        ("SMITH, JOHN", ",", 0, "SMITH"), ("SMITH, JOHN", ",", 1, "JOHN"), ("SMITH, JOHN", ",", -1, "JOHN"),
        ("Madonna", ",", 1, nil), ("a|b|c", "|", 2, "c"), ("  ", ",", 0, nil),
    ] as [(String, String, Int, String?)])
    func splitModifier(value: String, separator: String, part: Int, expected: String?) {
        var modifiers = FieldModifiers()
        modifiers.split = separator
        modifiers.part = part
        #expect(modifiers.apply(to: value) == expected)
    }

    @Test(arguments: [
        ("12.50", "12.50"), ("-3", "-3.00"), ("(3.00)", "-3.00"), ("£4.99", "4.99"), ("1,234.50", "1234.50"),
        ("12,5", "12.50"), ("€ 7", "7.00"), ("0.12345", "0.1234"),
    ])
    func amounts(text: String, expected: String) {
        #expect(Amount(parsing: text)?.description == expected)
    }

    @Test(arguments: ["", "abc", "1.2.3", "--1", "12,5,0.1"])
    func badAmounts(text: String) {
        #expect(Amount(parsing: text) == nil)
    }
}
