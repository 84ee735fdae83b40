import GoldenCore

/// Comparisons of e-mail addresses on their canonical forms (`EmailAddress/canonical`: lower
/// case, domain typos corrected, provider rules such as gmail's dots and `+tags` applied).
///
/// An address takes part when it has a canonical form (``isComparable(_:)``): invalid addresses
/// and placeholders have none, so they never match.
public enum EmailComparison {
    /// Whether the address can be compared: usable, with a canonical form.
    ///
    /// - Complexity: O(1).
    public static func isComparable(_ email: EmailAddress) -> Bool {
        email.status.isUsable && !(email.canonical ?? "").isEmpty
    }

    /// Whether the canonical addresses are the same.
    ///
    /// - Complexity: O(*n*) for addresses of *n* bytes.
    public static func sameAddress(_ a: EmailAddress, _ b: EmailAddress) -> Bool {
        guard isComparable(a), isComparable(b), let x = a.canonical, let y = b.canonical else { return false }
        return x.utf8.count == y.utf8.count && String.withKeyBytes(x, y) { KeyBytes.equal($0, $1) }
    }

    /// Whether the canonical local parts (before `@`) are the same: the same person at another
    /// provider (`j.smith@gmail.com` / `jsmith@yahoo.com` after gmail's dots are removed), or a
    /// work and a home address with the same handle.
    ///
    /// - Complexity: O(*n*).
    public static func sameLocalPart(_ a: EmailAddress, _ b: EmailAddress) -> Bool {
        guard isComparable(a), isComparable(b), let x = a.canonicalLocalPart, let y = b.canonicalLocalPart,
              !x.isEmpty
        else { return false }
        return x.utf8.count == y.utf8.count && x.withKeyBytes { p in y.withKeyBytes { KeyBytes.equal(p, $0) } }
    }

    /// Whether the canonical domains (after `@`) are the same.
    ///
    /// - Complexity: O(*n*).
    public static func sameDomain(_ a: EmailAddress, _ b: EmailAddress) -> Bool {
        guard isComparable(a), isComparable(b), let x = a.canonicalDomain, let y = b.canonicalDomain,
              !x.isEmpty
        else { return false }
        return x.utf8.count == y.utf8.count && x.withKeyBytes { p in y.withKeyBytes { KeyBytes.equal(p, $0) } }
    }
}
