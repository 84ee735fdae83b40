/// An instant, as whole seconds since 1970-01-01T00:00:00Z.
public struct Timestamp: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`.
    public var description: String { iso8601 }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC.
    public var iso8601: String {
        let days = secondsSinceEpoch >= 0
            ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
        let secondOfDay = secondsSinceEpoch - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(Int64(date.year), 4))-\(pad(Int64(date.month), 2))-\(pad(Int64(date.day), 2))"
            + "T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (as written by ``iso8601``).
    public init?(iso8601 text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Timestamp(iso8601UTF8: $0) }) else { return nil }
        self = parsed
    }

    /// ``init(iso8601:)`` on UTF-8 bytes, read in place.
    public init?(iso8601UTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[from..<from + count] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            let date = CivilDate(year: year, month: month, day: day), hour < 24, minute < 60,
            second < 61
        else { return nil }
        secondsSinceEpoch = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
