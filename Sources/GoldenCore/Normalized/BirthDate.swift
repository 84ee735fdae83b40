/// A date of birth as a source gave it: complete, a birthday without a year, or unusable.
public struct BirthDate: Hashable, Sendable, Codable {
    public var raw: String
    /// `nil` for a partial birthday (`MM-DD`) and for unusable values.
    public var year: Optional<Int>
    /// `nil` only when the value is unusable (invalid or a placeholder).
    public var month: Optional<Int>
    public var day: Optional<Int>
    public var status: ValueStatus

    public init(raw: String, year: Int?, month: Int?, day: Int?, status: ValueStatus) {
        self.raw = raw
        self.year = year
        self.month = month
        self.day = day
        self.status = status
    }

    /// An unusable value: invalid or a placeholder.
    public static func unusable(raw: String, _ status: ValueStatus) -> BirthDate {
        BirthDate(raw: raw, year: nil, month: nil, day: nil, status: status)
    }

    /// The complete date, when the value is usable and the year is known.
    public var date: CivilDate? {
        guard status.isUsable, let year, let month, let day else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }
}
