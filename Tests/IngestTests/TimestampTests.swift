import GoldenCore
import Testing

@testable import Ingest

@Suite struct TimestampTests {
    @Test(arguments: [
        ("iso8601", "UTC", "2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z"),
        ("iso8601", "UTC", "2023-11-05T14:03:22-05:00", "2023-11-05T19:03:22Z"),
        ("iso8601", "UTC", "2024-03-01", "2024-03-01T00:00:00Z"),
        ("iso8601", "UTC", "2024-03-01 10:00:00.123+0100", "2024-03-01T09:00:00Z"),
        ("iso8601", "Europe/London", "2024-07-01T12:00:00", "2024-07-01T11:00:00Z"),
        ("iso8601", "Europe/London", "2024-01-15T12:00:00", "2024-01-15T12:00:00Z"),
        ("epoch", "UTC", "1699999999", "2023-11-14T22:13:19Z"),
        ("epoch_ms", "UTC", "1699999999123", "2023-11-14T22:13:19Z"),
        ("dd/MM/yyyy HH:mm", "Europe/London", "05/08/2024 09:30", "2024-08-05T08:30:00Z"),
        ("dd/MM/yyyy HH:mm", "UTC", "31/12/1999 23:59", "1999-12-31T23:59:00Z"),
        ("MM/dd/yyyy", "UTC", "02/29/2024", "2024-02-29T00:00:00Z"),
        ("dd.MM.yyyy", "+01:00", "24.12.2023", "2023-12-23T23:00:00Z"),
        ("yyyyMMdd", "UTC", "20240115", "2024-01-15T00:00:00Z"),
        ("d MMM yyyy", "UTC", "3 Feb 2021", "2021-02-03T00:00:00Z"),
        ("yyyy-MM-dd'T'HH:mm:ssXXX", "UTC", "2021-06-01T08:00:00+02:00", "2021-06-01T06:00:00Z"),
        ("dd/MM/yy", "UTC", "01/02/03", "2003-02-01T00:00:00Z"),
    ])
    func parses(format: String, zone: String, text: String, expected: String) throws {
        let parser = TimestampParser(formats: [try #require(TimestampFormat(format))], zone: try #require(TimeZoneRule(zone)))
        #expect(parser.parse(text)?.iso8601 == expected)
    }

    @Test(arguments: [
        ("iso8601", "2023-02-30"), ("iso8601", "2024-13-01"), ("iso8601", "2024-01-01T25:00"),
        ("iso8601", "yesterday"), ("dd/MM/yyyy HH:mm", "05/08/2024"), ("MM/dd/yyyy", "13/01/2024"),
        ("epoch", "12a"), ("yyyyMMdd", "2024011"), ("dd.MM.yyyy", "29.02.2023"), ("iso8601", ""),
    ])
    func rejects(format: String, text: String) throws {
        let parser = TimestampParser(formats: [try #require(TimestampFormat(format))], zone: .utc)
        #expect(parser.parse(text) == nil)
    }

    @Test func triesFormatsInOrder() throws {
        let parser = TimestampParser(
            formats: [try #require(TimestampFormat("dd/MM/yyyy")), .iso8601, .epochSeconds], zone: .utc)
        #expect(parser.parse("01/02/2024")?.iso8601 == "2024-02-01T00:00:00Z")
        #expect(parser.parse("2024-02-01")?.iso8601 == "2024-02-01T00:00:00Z")
        #expect(parser.parse("0")?.iso8601 == "1970-01-01T00:00:00Z")
    }

    @Test(arguments: ["", "HH:mm", "nonsense", "yyyy-'MM"])
    func badFormats(text: String) {
        #expect(TimestampFormat(text) == nil)
    }

    @Test(arguments: ["Mars/Olympus", "+25:00", "local"])
    func badZones(text: String) {
        #expect(TimeZoneRule(text) == nil)
    }
}
