import GoldenCore

@testable import Merge

/// The instant `day` days after 1970-01-01.
func day(_ day: Int) -> Timestamp { Timestamp(secondsSinceEpoch: Int64(day) * 86_400) }

/// A member: record `id` of `source`, observed on `observed` (a day number; `nil`: unknown).
func member(
    _ id: Int64, _ source: String, _ observed: Int?, name: PersonName? = nil, dob: BirthDate? = nil,
    gender: Gender? = nil, emails: [EmailAddress] = [], phones: [PhoneNumber] = [], address: PostalAddress? = nil,
    cards: [String] = [], account: String? = nil, username: String? = nil
) -> MergeMember {
    MergeMember(
        recordID: id,
        record: NormalizedRecord(
            source: source, key: "k\(id)", observedAt: observed.map(day), names: name.map { [$0] } ?? [],
            gender: gender, dateOfBirth: dob, emails: emails, phones: phones, address: address, loyaltyCards: cards,
            accountId: account, username: username))
}

/// A name whose keys are its parts in small letters (accents kept: tests never fold).
func name(
    _ given: String?, _ family: String?, middle: String? = nil, title: String? = nil, suffix: String? = nil,
    key: String? = nil
) -> PersonName {
    PersonName(
        raw: [title, given, middle, family, suffix].compactMap { $0 }.joined(separator: " "), title: title,
        given: given, givenKey: key ?? given?.lowercased(), givenIsInitial: given?.count == 1, middle: middle,
        middleKey: middle?.lowercased(), family: family, familyKey: family?.lowercased(), suffix: suffix)
}

/// A date of birth from `YYYY-MM-DD`, a birthday from `MM-DD`, a placeholder from `placeholder`;
/// any other text is invalid.
func dob(_ text: String) -> BirthDate {
    if text == "placeholder" { return .unusable(raw: "1900-01-01", .placeholder) }
    let parts = text.split(separator: "-").map { Int($0) }
    switch parts.count {
    case 3: return BirthDate(raw: text, year: parts[0], month: parts[1], day: parts[2], status: .valid)
    case 2: return BirthDate(raw: text, year: nil, month: parts[0], day: parts[1], status: .partial)
    default: return .unusable(raw: text, .invalid)
    }
}

/// An e-mail written `written`, normalized to lower case; `canonical` defaults to it.
func email(_ written: String, canonical: String? = nil, status: ValueStatus = .valid) -> EmailAddress {
    let normalized = status == .invalid ? nil : written.lowercased()
    let usable = status.isUsable
    return EmailAddress(
        raw: written, normalized: normalized, canonical: usable ? (canonical ?? normalized) : nil, status: status)
}

/// `+…`: an E.164 number (`ext`: its extension); digits alone: a US local number without area
/// code; anything else: invalid.
func phone(_ text: String, ext: String? = nil, status: ValueStatus? = nil) -> PhoneNumber {
    if text.hasPrefix("+") {
        return PhoneNumber(raw: text, e164: text, country: "US", extensionDigits: ext, status: status ?? .valid)
    }
    if text.allSatisfy(\.isNumber) {
        return PhoneNumber(raw: text, e164: nil, country: "US", localDigits: text, status: status ?? .partial)
    }
    return PhoneNumber(raw: text, e164: nil, country: nil, status: status ?? .invalid)
}

/// An address; the street key is the house number and the street in small letters.
func address(
    _ house: String? = nil, _ street: String? = nil, postcode: String? = nil, city: String? = nil, unit: String? = nil,
    country: String? = "GB"
) -> PostalAddress {
    let line = [house, street].compactMap { $0 }.joined(separator: " ")
    return PostalAddress(
        raw: [line, unit ?? "", city ?? "", "", postcode ?? "", country ?? ""],
        streetKey: street == nil ? nil : line.lowercased(), houseNumber: house, unit: unit, city: city,
        cityKey: city?.lowercased(), postcode: postcode, country: country)
}

/// Settings where `attribute` follows only `rules` (and `ranking`, when given), without conflicts.
func settings(
    _ attribute: GoldenAttribute, _ rules: [SurvivorshipRule], ranking: SourceRanking? = nil,
    conflicts: ConflictPolicy = .ignore
) -> SurvivorshipSettings {
    var settings = SurvivorshipSettings.defaults
    settings[attribute] = AttributeRules(rules, sourcePriority: ranking, conflicts: conflicts)
    return settings
}

/// The golden record of `members` under `settings`.
func golden(_ members: [MergeMember], _ settings: SurvivorshipSettings = .defaults) -> GoldenRecord {
    Survivorship(settings: settings).goldenRecord(of: members).record
}

/// The conflicts of `members` under `settings`.
func conflicts(_ members: [MergeMember], _ settings: SurvivorshipSettings = .defaults) -> [SurvivorshipConflict] {
    Survivorship(settings: settings).goldenRecord(of: members).conflicts
}

extension GoldenRecord {
    /// The keys of `attribute`'s values, best first.
    func keys(_ attribute: GoldenAttribute) -> [String] {
        switch attribute {
        case .name: name.map { [$0.key] } ?? []
        case .dateOfBirth: dateOfBirth.map { [$0.key] } ?? []
        case .gender: gender.map { [$0.key] } ?? []
        case .email: emails.map(\.key)
        case .phone: phones.map(\.key)
        case .address: address.map { [$0.key] } ?? []
        case .loyaltyCard: loyaltyCards.map(\.key)
        case .accountId: accountIds.map(\.key)
        case .username: usernames.map(\.key)
        }
    }
}
