import GoldenCore
import Merge

extension ContactProfile {
    /// The profile of a golden record as built, before it is stored: equal to
    /// ``init(recordJSON:)`` on the record's JSON (as `MergeJSON` writes it), without writing or
    /// reading any JSON. The Merge stage computes the stored facts with it.
    ///
    /// ```swift
    /// let profile = ContactProfile(record: golden)
    /// profile == (try ContactProfile(recordJSON: MergeJSON.encode(golden)))   // true
    /// ```
    ///
    /// Like the JSON reader, the earliest assertion (``firstAssertedAt``) is taken over the name,
    /// loyalty cards, account ids and usernames only.
    ///
    /// - Complexity: O(*n*) in the values and their lineages.
    public init(record: GoldenRecord) {
        self.init()
        if let email = record.emails.first(where: \.preferred) ?? record.emails.first {
            self.email = Contact(status: email.status, lastAssertedAt: email.lastAssertedAt)
            emailDomain = Self.domain(email.value)
            emailLineage = Self.assertions(email.lineage)
        }
        var unknownType: Contact?
        var phonePreferred = false, lineagePreferred = false
        for phone in record.phones {
            // Freshness judges the first preferred phone, else the first, usable or not.
            if phoneLineage == nil || (phone.preferred && !lineagePreferred) {
                phoneLineage = Self.assertions(phone.lineage)
                lineagePreferred = phone.preferred
            }
            guard phone.status.isUsable else { continue }
            let contact = Contact(status: phone.status, lastAssertedAt: phone.lastAssertedAt)
            if self.phone == nil || (phone.preferred && !phonePreferred) {
                self.phone = contact
                phonePreferred = phone.preferred
            }
            if phone.value.type == .mobile, mobile == nil { mobile = contact }
            if phone.value.type == .unknown, unknownType == nil { unknownType = contact }
        }
        if mobile == nil { mobile = unknownType }
        if let address = record.address {
            self.address = Contact(status: address.status, lastAssertedAt: address.lastAssertedAt)
            addressLineage = Self.assertions(address.lineage)
            country = address.value.country
            city = address.value.city
            postcode = address.value.postcode
        }
        gender = record.gender?.value.rawValue
        if let birth = record.dateOfBirth, birth.status.isUsable {
            birthYear = birth.value.year
            birthMonth = birth.value.month
        }
        noteFirst(record.accountIds.map(\.firstAssertedAt))
        noteFirst(record.loyaltyCards.map(\.firstAssertedAt))
        noteFirst([record.name?.firstAssertedAt])
        noteFirst(record.usernames.map(\.firstAssertedAt))
    }

    /// The domain of the canonical address, else of the normalized one: what follows the last `@`.
    private static func domain(_ email: EmailAddress) -> String? {
        for text in [email.canonical, email.normalized] {
            if let text, let at = text.utf8.lastIndex(of: UInt8(ascii: "@")) {
                return String(text[text.utf8.index(after: at)...])
            }
        }
        return nil
    }

    private static func assertions(_ lineage: [SourceAssertion]) -> [FreshnessFacts.Assertion] {
        lineage.map { FreshnessFacts.Assertion(source: $0.source, observedAt: $0.observedAt) }
    }

    private mutating func noteFirst(_ times: [Timestamp?]) {
        for case let time? in times where firstAssertedAt.map({ time < $0 }) ?? true { firstAssertedAt = time }
    }
}
