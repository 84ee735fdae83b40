import GoldenCore
import Testing

@testable import Engage

@Suite("Day")
struct DayTests {
    @Test(arguments: [
        ("1970-01-01", 0, 0), ("1970-01-04", 3, 0), ("1970-01-05", 4, 1), ("1969-12-29", -3, 0),
        ("1969-12-28", -4, -1), ("2026-06-30", 20634, 2948),
    ])
    func indexAndWeek(text: String, index: Int32, week: Int32) throws {
        let day = try #require(Day(iso: text))
        #expect(day.index == index)
        #expect(day.week == week)
        #expect(day.description == text)
    }

    @Test(arguments: ["2023-02-30", "2026-6-30", "20260630", "", "2026-06-30x"])
    func rejectsBadText(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: [(Int64(0), Int32(0)), (86_399, 0), (86_400, 1), (-1, -1), (-86_400, -1), (-86_401, -2)])
    func dayOfInstant(seconds: Int64, index: Int32) {
        #expect(Day(Timestamp(secondsSinceEpoch: seconds)).index == index)
    }
}
