import GoldenCore

/// Comparisons of telephone numbers: the whole E.164 number, or the trailing digits when one
/// side has lost its country or area code.
///
/// A number's *digits* are those of its E.164 form without the `+`, or, for a number kept only
/// as a local number (`PhoneNumber/localDigits`, a 7-digit US number without its area code),
/// those local digits. A number takes part when it is usable and has digits
/// (``isComparable(_:)``). Extensions are not compared.
public enum PhoneComparison {
    /// Whether the number can be compared: usable, with an E.164 form or local digits.
    ///
    /// - Complexity: O(1).
    public static func isComparable(_ phone: PhoneNumber) -> Bool {
        phone.status.isUsable && digits(of: phone) != nil
    }

    /// Whether both numbers have the same E.164 form.
    ///
    /// - Complexity: O(*n*) for numbers of *n* digits.
    public static func sameNumber(_ a: PhoneNumber, _ b: PhoneNumber) -> Bool {
        guard a.status.isUsable, b.status.isUsable, let x = a.e164, let y = b.e164, !x.isEmpty else { return false }
        return x.utf8.count == y.utf8.count && String.withKeyBytes(x, y) { KeyBytes.equal($0, $1) }
    }

    /// Whether the last `count` digits of the two numbers are the same (both must have at least
    /// `count` digits): `+12125550123` and the local `5550123` share their last 7.
    ///
    /// - Complexity: O(`count`).
    public static func sameLastDigits(_ a: PhoneNumber, _ b: PhoneNumber, count: Int) -> Bool {
        precondition(count > 0, "compare at least one digit")
        guard a.status.isUsable, b.status.isUsable, let x = digits(of: a), let y = digits(of: b) else { return false }
        return x.withKeyBytes { p in y.withKeyBytes { q in sameLastDigits(p, q, count: count) } }
    }

    /// Whether two numbers' digits share their last `count` bytes (both having that many).
    @inline(__always)
    static func sameLastDigits(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        guard p.count >= count, q.count >= count else { return false }
        return KeyBytes.equal(
            UnsafeBufferPointer(rebasing: p[(p.count - count)...]), UnsafeBufferPointer(rebasing: q[(q.count - count)...]))
    }

    /// Whether one number is known only by its local digits and the other number ends with them:
    /// the partial match of a local number with a complete one (or with the same local number).
    ///
    /// - Complexity: O(*n*).
    public static func localDigitsMatch(_ a: PhoneNumber, _ b: PhoneNumber) -> Bool {
        guard a.status.isUsable, b.status.isUsable else { return false }
        return endsWithLocal(b, of: a) || endsWithLocal(a, of: b)
    }

    /// The comparable digits of a number (see the type's discussion).
    static func digits(of phone: PhoneNumber) -> Substring? {
        if let e164 = phone.e164, e164.utf8.count > 1 {
            return e164.utf8.first == UInt8(ascii: "+") ? e164.dropFirst() : e164[...]
        }
        if let local = phone.localDigits, !local.isEmpty { return local[...] }
        return nil
    }

    /// Whether `local` has no E.164 form but local digits, and `other`'s digits end with them.
    private static func endsWithLocal(_ other: PhoneNumber, of local: PhoneNumber) -> Bool {
        guard local.e164 == nil, let suffix = local.localDigits, !suffix.isEmpty,
              let digits = digits(of: other)
        else { return false }
        return digits.withKeyBytes { p in suffix.withKeyBytes { q in endsWith(p, q) } }
    }

    /// Whether the digits `p` end with the local digits `q`.
    @inline(__always)
    static func endsWith(_ p: UnsafeBufferPointer<UInt8>, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        p.count >= q.count && KeyBytes.equal(UnsafeBufferPointer(rebasing: p[(p.count - q.count)...]), q)
    }
}
