import GoldenCore

extension MatchRecord {
    /// The comparable values of a normalized record: usable values only, names as text keys with
    /// their phonetic keys and variants, the street as its key (house number included), e-mail
    /// addresses and phone numbers without their raw text.
    ///
    /// - Parameter id: the store's record id.
    /// - Complexity: O(*n*) in the size of the record.
    public init(id: Int64, normalized record: NormalizedRecord) {
        var given: [TextKey] = []
        var family: [TextKey] = []
        var full: [TextKey] = []
        given.reserveCapacity(record.names.count)
        family.reserveCapacity(record.names.count)
        full.reserveCapacity(record.names.count)
        for name in record.names {
            if let key = TextKey.givenName(of: name) { given.append(key) }
            if let key = TextKey.familyName(of: name) { family.append(key) }
            // The non-empty keys joined by spaces.
            var joined = ""
            for part in [name.givenKey, name.middleKey, name.familyKey] {
                guard let part, !part.isEmpty else { continue }
                if !joined.isEmpty { joined += " " }
                joined += part
            }
            if !joined.isEmpty { full.append(TextKey(joined)) }
        }
        var birthDate: BirthDate?
        if let date = record.dateOfBirth, DateComparison.isComparable(date) { birthDate = date }
        var address: PostalAddress?
        var street: TextKey?
        var city: TextKey?
        var region: TextKey?
        if let postal = record.address {
            if !(postal.postcode ?? "").isEmpty { address = postal }
            // The street key holds the house number already (`155 london rd`).
            if let key = postal.streetKey, !key.isEmpty { street = TextKey(key) }
            if let key = postal.cityKey, !key.isEmpty { city = TextKey(key) }
            if let code = postal.region, !code.isEmpty { region = TextKey(code.lowercased()) }
        }
        self.init(
            id: id, source: record.source, key: record.key,
            givenNames: given, familyNames: family, fullNames: full, birthDate: birthDate,
            emails: record.emails.filter(EmailComparison.isComparable).map(Self.compared),
            phones: record.phones.filter(PhoneComparison.isComparable).map(Self.compared),
            address: address, street: street, city: city, region: region,
            loyaltyCards: record.loyaltyCards.filter { !$0.isEmpty }.map { TextKey($0) },
            accountId: record.accountId.flatMap { $0.isEmpty ? nil : TextKey($0) },
            username: record.username.flatMap { $0.isEmpty ? nil : TextKey($0.lowercased()) },
            gender: record.gender.map { TextKey($0.rawValue) })
    }

    /// What the comparisons read of an e-mail address: its canonical form and status, without
    /// the raw and normalized text (two strings on the heap per address, a million records over).
    static func compared(_ email: EmailAddress) -> EmailAddress {
        EmailAddress(raw: "", normalized: nil, canonical: email.canonical, status: email.status)
    }

    /// What the comparisons read of a phone number: everything but the raw text.
    static func compared(_ phone: PhoneNumber) -> PhoneNumber {
        var phone = phone
        phone.raw = ""
        return phone
    }
}
