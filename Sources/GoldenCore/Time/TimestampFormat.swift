
/// One way a feed writes instants: ISO 8601, epoch seconds or milliseconds, or a pattern such as
/// `dd/MM/yyyy HH:mm`.
public enum TimestampFormat: Hashable, Sendable {
    case iso8601
    case epochSeconds
    case epochMilliseconds
    case pattern([PatternToken])

    /// A piece of a pattern.
    public enum PatternToken: Hashable, Sendable {
        case year4, year2, month2, month1, monthName, day2, day1, hour2, hour1, minute2, second2
        case fraction, offsetColon, offsetCompact
        case literal([UInt8])
    }

    /// Parses a format as written in a mapping file; nil when it has no date part.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "iso8601", "iso-8601", "iso": self = .iso8601; return
        case "epoch", "epoch_s", "unix": self = .epochSeconds; return
        case "epoch_ms", "unix_ms": self = .epochMilliseconds; return
        default: break
        }
        var tokens: [PatternToken] = []
        var bytes = Array(text.utf8)[...]
        let table: [(String, PatternToken)] = [
            ("yyyy", .year4), ("yy", .year2), ("MMM", .monthName), ("MM", .month2), ("M", .month1),
            ("dd", .day2), ("d", .day1), ("HH", .hour2), ("H", .hour1), ("mm", .minute2),
            ("ss", .second2), ("SSS", .fraction), ("XXX", .offsetColon), ("Z", .offsetCompact),
        ]
        outer: while let first = bytes.first {
            if first == UInt8(ascii: "'") {
                let rest = bytes.dropFirst()
                guard let close = rest.firstIndex(of: UInt8(ascii: "'")) else { return nil }
                tokens.append(.literal(Array(rest[..<close])))
                bytes = rest[(close + 1)...]
                continue
            }
            for (symbol, token) in table where bytes.starts(with: symbol.utf8) {
                tokens.append(token)
                bytes = bytes.dropFirst(symbol.utf8.count)
                continue outer
            }
            if (first >= 65 && first <= 90) || (first >= 97 && first <= 122) { return nil }
            tokens.append(.literal([first]))
            bytes = bytes.dropFirst()
        }
        let hasYear = tokens.contains(.year4) || tokens.contains(.year2)
        let hasMonth = tokens.contains(.month2) || tokens.contains(.month1) || tokens.contains(.monthName)
        guard hasYear, hasMonth else { return nil }
        self = .pattern(tokens)
    }

    /// Reads `bytes` completely, or returns nil.
    public func parse(_ bytes: some Collection<UInt8>) -> LocalDateTime? {
        if let result = bytes.withContiguousStorageIfAvailable({ parse(utf8: UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { parse(utf8: $0) }
    }

    /// ``parse(_:)`` reading the bytes in place.
    public func parse(utf8 bytes: UnsafeRawBufferPointer) -> LocalDateTime? {
        var scanner = ByteScanner(bytes)
        switch self {
        case .iso8601: return Self.parseISO(&scanner)
        case .epochSeconds, .epochMilliseconds:
            guard let value = scanner.signedInteger(maxDigits: 16), scanner.atEnd else { return nil }
            let seconds = self == .epochSeconds ? value : value / 1000
            let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let rest = Int(seconds - days * 86_400)
            return LocalDateTime(
                date: CivilDate(daysSinceEpoch: days), hour: rest / 3600, minute: rest / 60 % 60,
                second: rest % 60, offsetSeconds: 0)
        case .pattern(let tokens): return Self.parsePattern(tokens, &scanner)
        }
    }

    private static func parseISO(_ s: inout ByteScanner) -> LocalDateTime? {
        guard let year = s.digits(exactly: 4), s.take(UInt8(ascii: "-")),
            let month = s.digits(exactly: 2), s.take(UInt8(ascii: "-")),
            let day = s.digits(exactly: 2), let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        var result = LocalDateTime(date: date)
        if s.atEnd { return result }
        guard s.take(UInt8(ascii: "T")) || s.take(UInt8(ascii: " ")),
            let hour = s.digits(exactly: 2), s.take(UInt8(ascii: ":")), let minute = s.digits(exactly: 2)
        else { return nil }
        result.hour = hour
        result.minute = minute
        if s.take(UInt8(ascii: ":")) {
            guard let second = s.digits(exactly: 2) else { return nil }
            result.second = second
            if s.take(UInt8(ascii: ".")) || s.take(UInt8(ascii: ",")) {
                guard s.skipDigits() > 0 else { return nil }
            }
        }
        if !s.atEnd {
            guard let offset = s.offset(colonOptional: true) else { return nil }
            result.offsetSeconds = offset
        }
        guard s.atEnd, hour < 24, minute < 60, result.second < 61 else { return nil }
        return result
    }

    private static func parsePattern(_ tokens: [PatternToken], _ s: inout ByteScanner) -> LocalDateTime? {
        var year: Int?, month: Int?, day = 1, hour = 0, minute = 0, second = 0
        var offset: Int?
        for token in tokens {
            switch token {
            case .year4: year = s.digits(exactly: 4)
            case .year2: year = s.digits(exactly: 2).map { $0 < 70 ? 2000 + $0 : 1900 + $0 }
            case .month2: month = s.digits(exactly: 2)
            case .month1: month = s.digits(min: 1, max: 2)
            case .monthName: month = s.monthName()
            case .day2: guard let value = s.digits(exactly: 2) else { return nil }; day = value
            case .day1: guard let value = s.digits(min: 1, max: 2) else { return nil }; day = value
            case .hour2: guard let value = s.digits(exactly: 2) else { return nil }; hour = value
            case .hour1: guard let value = s.digits(min: 1, max: 2) else { return nil }; hour = value
            case .minute2: guard let value = s.digits(exactly: 2) else { return nil }; minute = value
            case .second2: guard let value = s.digits(exactly: 2) else { return nil }; second = value
            case .fraction: guard s.skipDigits() > 0 else { return nil }
            case .offsetColon: guard let value = s.offset(colonOptional: false) else { return nil }; offset = value
            case .offsetCompact: guard let value = s.offset(colonOptional: true) else { return nil }; offset = value
            case .literal(let literal):
                for byte in literal { guard s.take(byte) else { return nil } }
            }
        }
        guard s.atEnd, let year, let month, let date = CivilDate(year: year, month: month, day: day),
            hour < 24, minute < 60, second < 61
        else { return nil }
        return LocalDateTime(date: date, hour: hour, minute: minute, second: second, offsetSeconds: offset)
    }
}
