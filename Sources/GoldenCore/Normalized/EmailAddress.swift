/// One e-mail address, normalized, with the raw text it came from.
public struct EmailAddress: Hashable, Sendable, Codable {
    public var raw: String
    /// Trimmed, lower case, domain typo corrected (`J.Smith@GMIAL.com` → `j.smith@gmail.com`);
    /// `nil` when the syntax is invalid.
    public var normalized: Optional<String>
    /// The matching form: provider rules applied to `normalized` (gmail dots and `+tags`
    /// removed, `googlemail.com` → `gmail.com`, `+tags` removed for every provider);
    /// `nil` when invalid or a placeholder, so that it never matches.
    public var canonical: Optional<String>
    public var status: ValueStatus

    public init(raw: String, normalized: String?, canonical: String?, status: ValueStatus) {
        self.raw = raw
        self.normalized = normalized
        self.canonical = canonical
        self.status = status
    }

    /// The local part of `canonical` (before `@`).
    public var canonicalLocalPart: Substring? {
        guard let canonical, let at = canonical.lastIndex(of: "@") else { return nil }
        return canonical[..<at]
    }

    /// The domain of `canonical` (after `@`).
    public var canonicalDomain: Substring? {
        guard let canonical, let at = canonical.lastIndex(of: "@") else { return nil }
        return canonical[canonical.index(after: at)...]
    }
}

/// How usable a normalized value is.
public enum ValueStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Valid as given.
    case valid
    /// Valid after a correction (see the record's findings).
    case corrected
    /// Only partly usable (a local phone number without area code, a birthday without a year).
    case partial
    /// A junk value standing in for a missing one; treated as missing.
    case placeholder
    /// Unusable.
    case invalid

    /// Whether the value may take part in matching.
    public var isUsable: Bool {
        switch self {
        case .valid, .corrected, .partial: true
        case .placeholder, .invalid: false
        }
    }
}
