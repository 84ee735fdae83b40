/// Junk addresses typed to get past a required field: treated as missing, never matched.
///
/// An address (lower case, domain corrected) is a placeholder when
/// - it is one of ``addresses`` (`none@none.com`, `x@x.com`, `test@test.com`, …);
/// - its local part is one of ``localParts`` at any domain (`noemail@…`, `noreply@…`,
///   `unknown@…`, `customer@…`, `guest@…`);
/// - its domain is one of ``domains`` (`example.com`, `test.com`, …) or ends in a top-level
///   domain reserved by RFC 2606/6761 (`.example`, `.invalid`, `.test`, `.localhost`);
/// - its local part is one character repeated three times or more (`xxx@…`, `aaaa@…`); or
/// - its local part is one character and the domain is that character with `.com` (`b@b.com`).
enum EmailPlaceholders {
    static func isPlaceholder(
        address: UnsafeBufferPointer<UInt8>, local: UnsafeBufferPointer<UInt8>,
        domain: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let tables = Tables.shared
        if tables.addresses.contains(address) || tables.localParts.contains(local)
            || tables.domains.contains(domain)
        {
            return true
        }
        if let dot = domain.lastIndex(of: ASCII.period),
            tables.reservedTopLevel.contains(UnsafeBufferPointer(rebasing: domain[(dot &+ 1)...]))
        {
            return true
        }
        return isRepeatedCharacter(local) || isLetterAtSameLetter(local, domain)
    }

    static let addresses = [
        "none@none.com", "no@no.com", "no@email.com", "na@na.com", "n/a@n/a.com", "test@test.com",
        "email@email.com", "abc@abc.com", "nobody@nowhere.com", "someone@somewhere.com",
        "email@domain.com", "name@domain.com", "user@domain.com", "your@email.com",
        "youremail@domain.com", "your.name@domain.com", "me@me.com", "test@gmail.com",
    ]

    static let localParts = [
        "none", "noemail", "nomail", "no-email", "no.email", "no_email", "noreply", "no-reply",
        "no_reply", "donotreply", "do-not-reply", "do.not.reply", "dontreply", "null", "unknown",
        "asdf", "asdfasdf", "qwerty", "n/a", "customer", "guest", "notprovided", "not.provided",
        "declined", "refused",
    ]

    static let domains = [
        "example.com", "example.org", "example.net", "test.com", "none.com", "noemail.com",
        "nomail.com", "no-email.com", "invalid.com", "domain.invalid",
    ]

    static let reservedTopLevel = ["example", "invalid", "test", "localhost"]

    /// `xxx`, `aaaa`, `0000`.
    @inline(__always)
    private static func isRepeatedCharacter(_ local: UnsafeBufferPointer<UInt8>) -> Bool {
        guard local.count >= 3, let first = local.first, first < 0x80 else { return false }
        for byte in local where byte != first { return false }
        return true
    }

    /// `x@x.com`, `a@a.com`.
    @inline(__always)
    private static func isLetterAtSameLetter(
        _ local: UnsafeBufferPointer<UInt8>, _ domain: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        local.count == 1 && domain.count == 5 && domain[0] == local[0] && domain[1] == ASCII.period
            && domain[2] == UInt8(ascii: "c") && domain[3] == UInt8(ascii: "o") && domain[4] == UInt8(ascii: "m")
    }

    private final class Tables: Sendable {
        let addresses = ByteKeyTable(set: EmailPlaceholders.addresses)
        let localParts = ByteKeyTable(set: EmailPlaceholders.localParts)
        let domains = ByteKeyTable(set: EmailPlaceholders.domains)
        let reservedTopLevel = ByteKeyTable(set: EmailPlaceholders.reservedTopLevel)

        static let shared = Tables()
    }
}
