/// The syntax an address must have to be kept: a practical subset of RFC 5321/5322.
///
/// - one `@`;
/// - a local part of 1–64 bytes: letters, digits and ``isAtext(_:)`` symbols, with single dots
///   that neither start nor end it (quoted local parts such as `"john doe"@x.com` are refused);
/// - a domain of at least two labels, each 1–63 bytes of letters, digits and inner hyphens,
///   ending in a top-level domain of at least two letters (or an `xn--` punycode label);
///   address literals (`john@[10.0.0.1]`) are refused;
/// - at most 254 bytes in all.
///
/// Non-ASCII letters (internationalized addresses, `jörg@müller.de`) are accepted: every byte
/// ≥ 0x80 has already been checked by ``EmailUnicode`` to belong to a letter, digit or mark.
enum EmailSyntax {
    static let maxLength = 254
    static let maxLocalLength = 64

    /// The offset of the `@` of `address` (lower case), or `nil` when the syntax is invalid.
    static func atOffset(_ address: UnsafeBufferPointer<UInt8>) -> Int? {
        guard address.count <= maxLength, let at = localPartEnd(address),
            isDomain(UnsafeBufferPointer(rebasing: address[(at &+ 1)...]))
        else { return nil }
        return at
    }

    /// The offset of the only `@` of `address` when the local part before it is valid, whatever
    /// follows it (so that a domain typo that breaks the syntax, `web.d`, can still be repaired).
    static func localPartEnd(_ address: UnsafeBufferPointer<UInt8>) -> Int? {
        var at = -1
        for index in address.indices where address[index] == ASCII.at {
            guard at < 0 else { return nil }
            at = index
        }
        guard at > 0, at <= maxLocalLength, at < address.count &- 1,
            isLocalPart(UnsafeBufferPointer(rebasing: address[..<at]))
        else { return nil }
        return at
    }

    /// Whether `local` is a dot-atom: atext runs separated by single dots.
    static func isLocalPart(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = local.first, let last = local.last,
            first != ASCII.period, last != ASCII.period
        else { return false }
        var previous: UInt8 = 0
        for byte in local {
            if byte == ASCII.period {
                guard previous != ASCII.period else { return false }
            } else if !isAtext(byte) {
                return false
            }
            previous = byte
        }
        return true
    }

    /// Whether `domain` is a host name of two or more labels with a plausible top-level domain.
    static func isDomain(_ domain: UnsafeBufferPointer<UInt8>) -> Bool {
        var labels = 0
        var start = 0
        for index in 0...domain.count {
            guard index == domain.count || domain[index] == ASCII.period else { continue }
            let label = UnsafeBufferPointer(rebasing: domain[start..<index])
            guard isLabel(label) else { return false }
            labels &+= 1
            if index == domain.count { return labels >= 2 && isTopLevel(label) }
            start = index &+ 1
        }
        return false
    }

    @inline(__always)
    private static func isLabel(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = label.first, let last = label.last, label.count <= 63,
            first != ASCII.hyphen, last != ASCII.hyphen
        else { return false }
        for byte in label where !(ASCII.isAlphanumeric(byte) || byte == ASCII.hyphen || byte >= 0x80) {
            return false
        }
        return true
    }

    /// Letters only, at least two; or a punycode label (`xn--p1ai`).
    private static func isTopLevel(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
        if label.count > 4, label[0] == UInt8(ascii: "x"), label[1] == UInt8(ascii: "n"),
            label[2] == ASCII.hyphen, label[3] == ASCII.hyphen
        {
            return true
        }
        guard label.count >= 2 else { return false }
        for byte in label where !(ASCII.isLetter(byte) || byte >= 0x80) { return false }
        return true
    }

    /// Whether `byte` may appear in a local part outside dots: RFC 5322 atext (lower-case
    /// letters, digits, ``!#$%&'*+-/=?^_`{|}~``) or part of a non-ASCII letter.
    @inline(__always)
    static func isAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
            true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "?"),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"),
            UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"):
            true
        default: false
        }
    }
}
