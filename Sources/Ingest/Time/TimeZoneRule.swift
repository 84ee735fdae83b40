import Foundation
import GoldenCore

/// How a feed's local wall-clock times map to UTC: UTC itself, a fixed offset, or a named IANA zone
/// with its daylight-saving rules.
public final class TimeZoneRule: @unchecked Sendable {
    private enum Kind {
        case fixed(Int)
        case named(TimeZone)
    }

    private let kind: Kind
    public let name: String
    // Offsets of a named zone, cached per UTC hour: feeds cluster in time, lookups are hot.
    private let lock = NSLock()
    /// Only touched under `lock`.
    @exclusivity(unchecked) private var cache: [Int64: Int] = [:]

    public static let utc = TimeZoneRule(kind: .fixed(0), name: "UTC")

    private init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `UTC`, `+01:00`, `-0500`, or an IANA name such as `Europe/London`; nil when unknown.
    public convenience init?(_ text: String) {
        if text.uppercased() == "UTC" || text.uppercased() == "Z" || text.uppercased() == "GMT" {
            self.init(kind: .fixed(0), name: "UTC")
            return
        }
        let offset: Int? = Array(text.utf8).withUnsafeBytes { bytes in
            var scanner = ByteScanner(bytes)
            guard let offset = scanner.offset(colonOptional: true), scanner.atEnd else { return nil }
            return offset
        }
        if let offset {
            self.init(kind: .fixed(offset), name: text)
            return
        }
        guard text.contains("/"), let zone = TimeZone(identifier: text) else { return nil }
        self.init(kind: .named(zone), name: text)
    }

    /// The instant of `local`, using its own offset when it has one, else this zone's.
    public func instant(of local: LocalDateTime) -> Timestamp {
        let asUTC = local.secondsAsUTC
        if let offset = local.offsetSeconds { return Timestamp(secondsSinceEpoch: asUTC - Int64(offset)) }
        switch kind {
        case .fixed(let offset):
            return Timestamp(secondsSinceEpoch: asUTC - Int64(offset))
        case .named:
            // The offset in force at the local time: guess with the offset at asUTC, then correct once.
            lock.lock()
            defer { lock.unlock() }
            let first = offset(atUTC: asUTC)
            let second = offset(atUTC: asUTC - Int64(first))
            return Timestamp(secondsSinceEpoch: asUTC - Int64(second))
        }
    }

    /// The offset in force at `seconds`, cached per hour. Call with `lock` held.
    private func offset(atUTC seconds: Int64) -> Int {
        guard case .named(let zone) = kind else { return 0 }
        let hour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600
        if let cached = cache[hour] { return cached }
        let value = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
        cache[hour] = value
        return value
    }
}
