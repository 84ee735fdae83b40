
/// A wall-clock date and time as written in a feed, with the UTC offset when the value carried one.
public struct LocalDateTime: Hashable, Sendable {
    public var date: CivilDate
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Seconds east of UTC, when the text said (`Z`, `+01:00`); nil means "local to the feed".
    public var offsetSeconds: Optional<Int>

    public init(date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0, offsetSeconds: Int? = nil) {
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetSeconds = offsetSeconds
    }

    /// Seconds since the epoch of this wall-clock time read as UTC.
    public var secondsAsUTC: Int64 {
        date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }
}
