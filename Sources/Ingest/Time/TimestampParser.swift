import GoldenCore

/// Turns a feed's timestamp text into an instant: tries each configured format in order, then
/// applies the feed's time zone when the text had no offset.
public struct TimestampParser: Sendable {
    public var formats: [TimestampFormat]
    public var zone: TimeZoneRule

    public init(formats: [TimestampFormat], zone: TimeZoneRule) {
        self.formats = formats
        self.zone = zone
    }

    /// The instant, or nil when no format reads the whole value.
    public func parse(_ text: String) -> Timestamp? {
        var text = text
        return text.withUTF8 { parse(utf8: UnsafeRawBufferPointer($0)) }
    }

    /// ``parse(_:)`` on UTF-8 bytes, read in place.
    func parse(utf8 bytes: UnsafeRawBufferPointer) -> Timestamp? {
        for format in formats {
            if let local = format.parse(utf8: bytes) { return zone.instant(of: local) }
        }
        return nil
    }
}
