import GoldenCore

/// E-mail addresses, grouped by their canonical (matching) form; variants are the normalized
/// spellings (`j.smith@gmail.com` and `jsmith@gmail.com` are one gmail address).
enum EmailKind: SurvivorKind {
    static let attribute = GoldenAttribute.email

    static func count(in record: NormalizedRecord) -> Int { record.emails.count }
    static func value(in record: NormalizedRecord, at index: Int) -> EmailAddress { record.emails[index] }
    static func status(of email: EmailAddress) -> ValueStatus { email.status }

    static func compareKeys(_ a: EmailAddress, _ b: EmailAddress) -> Int {
        KeyOrder.compare(a.canonical ?? a.normalized ?? a.raw, b.canonical ?? b.normalized ?? b.raw)
    }

    static func sameVariant(_ a: EmailAddress, _ b: EmailAddress) -> Bool {
        (a.normalized ?? a.raw) == (b.normalized ?? b.raw)
    }

    static func completeness(of email: EmailAddress) -> Int { 1 }
    static func length(of email: EmailAddress) -> Int { (email.normalized ?? email.raw).utf8.count }

    /// The canonical address; the raw text of an invalid one.
    static func key(of email: EmailAddress) -> String { email.canonical ?? email.normalized ?? email.raw }
}

/// Phone numbers, grouped by E.164 (the local digits of a number without its area code, the raw
/// text of an invalid one); variants differ in the extension.
enum PhoneKind: SurvivorKind {
    static let attribute = GoldenAttribute.phone

    static func count(in record: NormalizedRecord) -> Int { record.phones.count }
    static func value(in record: NormalizedRecord, at index: Int) -> PhoneNumber { record.phones[index] }
    static func status(of phone: PhoneNumber) -> ValueStatus { phone.status }

    static func compareKeys(_ a: PhoneNumber, _ b: PhoneNumber) -> Int {
        KeyOrder.compare(a.e164 ?? a.localDigits ?? a.raw, b.e164 ?? b.localDigits ?? b.raw)
    }

    static func sameVariant(_ a: PhoneNumber, _ b: PhoneNumber) -> Bool {
        a.extensionDigits == b.extensionDigits
    }

    /// 2 for an E.164 number, 1 for local digits; one more with an extension.
    static func completeness(of phone: PhoneNumber) -> Int {
        (phone.e164 != nil ? 2 : phone.localDigits != nil ? 1 : 0) + (phone.extensionDigits != nil ? 1 : 0)
    }

    static func length(of phone: PhoneNumber) -> Int {
        (phone.e164 ?? phone.localDigits ?? phone.raw).utf8.count + KeyOrder.length(phone.extensionDigits)
    }

    static func key(of phone: PhoneNumber) -> String { phone.e164 ?? phone.localDigits ?? phone.raw }

    /// A local number (`555 0100`) is left out beside a full number of the same country ending
    /// in its digits.
    static func covers(_ full: PhoneNumber, _ partial: PhoneNumber) -> Bool {
        guard let e164 = full.e164, let local = partial.localDigits, partial.e164 == nil else { return false }
        return KeyOrder.agree(full.country, partial.country) && e164.utf8.count > local.utf8.count
            && e164.utf8.reversed().starts(with: local.utf8.reversed())
    }
}
