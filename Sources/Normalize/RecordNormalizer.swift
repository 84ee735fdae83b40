import GoldenCore

/// Turns one source's records into normalized records: the Normalize stage's transform.
///
/// A pure function of the record and the source's ``NormalizeOptions``, with no I/O and no shared
/// mutable state: the pipeline runs one normalizer on several partitions at once.
public struct RecordNormalizer: Sendable {
    /// Bumped whenever a change to the normalizers changes their output, so that stored
    /// normalized records are made again (see ``fingerprint``).
    public static let version = 1

    public let options: NormalizeOptions

    public init(options: NormalizeOptions = NormalizeOptions()) {
        self.options = options
    }

    /// Identifies the normalizer version and options: when it changes, a source's stored
    /// normalized records are out of date.
    public var fingerprint: String {
        var parts = ["v\(Self.version)", "codec\(NormalizedRecordCodec.version)"]
        parts.append("country=\(options.defaultCountry ?? "")")
        parts.append("order=\(options.dateOrder?.rawValue ?? "")")
        parts.append("formats=\(options.dateFormats.map { "\($0)" }.joined(separator: "|"))")
        return parts.joined(separator: ";")
    }

    /// The normalized form of `record`. Never fails: unusable values become findings.
    public func normalize(_ record: SourceRecord) -> NormalizedRecord {
        let fields = IdentityFields(record.fields)
        var findings: [Finding] = []

        let address = AddressNormalizer.normalize(fields.address, defaultCountry: options.defaultCountry, findings: &findings)
        let country = address?.country ?? options.defaultCountry

        var (names, isJoint) = NameNormalizer.normalize(fields.name, findings: &findings)
        // In place: a `PersonName` is large, and `map` would copy each one.
        for index in names.indices { Self.addNameKeys(to: &names[index]) }
        let gender = fields.gender.flatMap { GenderNormalizer.normalize($0, findings: &findings) }
        let dateOfBirth = fields.dateOfBirth.map {
            BirthDateNormalizer.normalize(
                $0, options: options, country: country, observedAt: record.observedAt, findings: &findings)
        }
        let emails = fields.compactMap(fields.emails) { EmailNormalizer.normalize($0, findings: &findings) }
        let phones = fields.compactMap(fields.phones) {
            PhoneNormalizer.normalize($0, defaultCountry: country, findings: &findings)
        }
        let loyaltyCards = Self.distinct(fields.compactMap(fields.loyaltyCards) {
            IdentifierNormalizer.loyaltyCard($0, findings: &findings)
        })
        let accountId = fields.accountId.flatMap(IdentifierNormalizer.accountId)
        let username = fields.username.flatMap(IdentifierNormalizer.username)
        let locale = fields.locale.flatMap { IdentifierNormalizer.locale($0, findings: &findings) }
        // Made once, at the end: setting the parts of a default record one by one copies it.
        return NormalizedRecord(
            source: record.source, key: record.key, observedAt: record.observedAt, names: names,
            isJointName: isJoint, gender: gender, dateOfBirth: dateOfBirth, emails: emails, phones: phones,
            address: address, loyaltyCards: loyaltyCards, accountId: accountId, username: username, locale: locale,
            findings: findings)
    }

    /// Fills in the canonical given names and phonetic keys of `name`.
    static func addNameKeys(to name: inout PersonName) {
        if let given = name.givenKey, !given.isEmpty {
            if !name.givenIsInitial { name.givenCanonical = Nicknames.canonicals(ofKey: given) }
            name.givenPhonetic = name.givenIsInitial ? nil : DoubleMetaphone.encode(given)
        }
        if let family = name.familyKey, !family.isEmpty {
            name.familyPhonetic = DoubleMetaphone.encode(family)
        }
    }

    /// `values` without repeats, in order. A record has a card or two: a scan beats a `Set`.
    private static func distinct(_ values: [String]) -> [String] {
        guard values.count > 1 else { return values }
        var unique: [String] = []
        unique.reserveCapacity(values.count)
        for value in values where !unique.contains(value) { unique.append(value) }
        return unique
    }
}
