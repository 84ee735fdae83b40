/// How one source's values are read by the Normalize stage: what a mapping file's `normalize:`
/// section says, and what the normalizers fall back on when a record does not say.
public struct NormalizeOptions: Hashable, Sendable {
    /// ISO 3166-1 alpha-2 country of the source's customers, used when a record has no country:
    /// the default region of national phone numbers, the rules for postcodes, the day/month order.
    public var defaultCountry: Optional<String>
    /// The order of day and month in numeric dates such as `03/04/1980`; `nil` to take it from
    /// the record's country (month first in the US, day first elsewhere).
    public var dateOrder: Optional<DateOrder>
    /// Formats tried first for dates of birth, before the sniffed ones.
    public var dateFormats: [TimestampFormat]

    public init(defaultCountry: String? = nil, dateOrder: DateOrder? = nil, dateFormats: [TimestampFormat] = []) {
        self.defaultCountry = defaultCountry
        self.dateOrder = dateOrder
        self.dateFormats = dateFormats
    }

    /// The order of the parts of a numeric date.
    public enum DateOrder: String, Hashable, Sendable, CaseIterable {
        /// `31/12/1980`, `31.12.1980`.
        case dayMonthYear = "dmy"
        /// `12/31/1980`.
        case monthDayYear = "mdy"
        /// `1980/12/31`.
        case yearMonthDay = "ymd"
    }
}
