import GoldenCore

/// The date and time shapes the feeds use, appended straight to byte buffers.
extension Array where Element == UInt8 {
    /// `2024-03-01T10:00:00Z`.
    mutating func appendISO8601UTC(_ utc: Int64) {
        appendDateTime(utc, dateSeparator: UInt8(ascii: "-"))
        append(UInt8(ascii: "Z"))
    }

    /// `2023-11-05T14:03:22-05:00`: local time in `zone` with its offset.
    mutating func appendISO8601(_ utc: Int64, in zone: Zone) {
        let offset = zone.offset(at: utc)
        appendDateTime(utc + offset, dateSeparator: UInt8(ascii: "-"))
        let minutes = Int(abs(offset) / 60)
        if offset == 0 {
            append("+00:00")
        } else {
            append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            append(decimal: minutes / 60, width: 2)
            append(UInt8(ascii: ":"))
            append(decimal: minutes % 60, width: 2)
        }
    }

    /// `dd/MM/yyyy HH:mm` for a local wall-clock time given as seconds since the epoch.
    mutating func appendDayMonthYearTime(local seconds: Int64) {
        let day = floorDivide(seconds, 86_400)
        let date = CivilDate(daysSinceEpoch: day)
        let second = Int(seconds - day * 86_400)
        append(decimal: date.day, width: 2)
        append(UInt8(ascii: "/"))
        append(decimal: date.month, width: 2)
        append(UInt8(ascii: "/"))
        append(decimal: date.year, width: 4)
        append(UInt8(ascii: " "))
        append(decimal: second / 3600, width: 2)
        append(UInt8(ascii: ":"))
        append(decimal: second / 60 % 60, width: 2)
    }

    /// `YYYY-MM-DD`.
    mutating func appendISODate(_ date: CivilDate) {
        append(decimal: date.year, width: 4)
        append(UInt8(ascii: "-"))
        append(decimal: date.month, width: 2)
        append(UInt8(ascii: "-"))
        append(decimal: date.day, width: 2)
    }

    /// `MM/DD/YYYY`, the US way.
    mutating func appendUSDate(_ date: CivilDate) {
        append(decimal: date.month, width: 2)
        append(UInt8(ascii: "/"))
        append(decimal: date.day, width: 2)
        append(UInt8(ascii: "/"))
        append(decimal: date.year, width: 4)
    }

    private mutating func appendDateTime(_ seconds: Int64, dateSeparator: UInt8) {
        let day = floorDivide(seconds, 86_400)
        appendISODate(CivilDate(daysSinceEpoch: day))
        let second = Int(seconds - day * 86_400)
        append(UInt8(ascii: "T"))
        append(decimal: second / 3600, width: 2)
        append(UInt8(ascii: ":"))
        append(decimal: second / 60 % 60, width: 2)
        append(UInt8(ascii: ":"))
        append(decimal: second % 60, width: 2)
    }
}
