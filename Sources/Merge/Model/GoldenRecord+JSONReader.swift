import GoldenCore

// A golden record as ``MergeJSONReader`` reads it: each type's members named by their
// snake_case keys, as the synthesized `Codable` conformances (through ``MergeJSON``'s
// `.convertFromSnakeCase`) name them. Optional members may be missing or `null`; the others
// (lists included) must be there.

extension GoldenRecord: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case accountIds = "account_ids", address, dateOfBirth = "date_of_birth", displayName = "display_name", emails
        case gender, loyaltyCards = "loyalty_cards", name, phones, usernames
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var accountIds: [GoldenValue<String>]?, address: GoldenValue<PostalAddress>?, dateOfBirth: GoldenValue<BirthDate>?
        var displayName: String?, emails: [GoldenValue<EmailAddress>]?, gender: GoldenValue<Gender>?
        var loyaltyCards: [GoldenValue<String>]?, name: GoldenValue<PersonName>?, phones: [GoldenValue<PhoneNumber>]?
        var usernames: [GoldenValue<String>]?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .accountIds: accountIds = try json.readList()
            case .address: address = try json.readIfPresent()
            case .dateOfBirth: dateOfBirth = try json.readIfPresent()
            case .displayName: displayName = try json.stringIfPresent()
            case .emails: emails = try json.readList()
            case .gender: gender = try json.readIfPresent()
            case .loyaltyCards: loyaltyCards = try json.readList()
            case .name: name = try json.readIfPresent()
            case .phones: phones = try json.readList()
            case .usernames: usernames = try json.readList()
            }
        }
        self.init(
            name: name, displayName: displayName, dateOfBirth: dateOfBirth, gender: gender,
            emails: try json.require(emails, Member.emails), phones: try json.require(phones, Member.phones),
            address: address, loyaltyCards: try json.require(loyaltyCards, Member.loyaltyCards),
            accountIds: try json.require(accountIds, Member.accountIds), usernames: try json.require(usernames, Member.usernames))
    }
}

/// ``GoldenValue``'s members, one table for every value type (a generic type has no static
/// stored properties).
private enum GoldenValueMember: String, CaseIterable, Sendable {
    case firstAssertedAt = "first_asserted_at", key, lastAssertedAt = "last_asserted_at", lineage, preferred, status
    case value
}

private let goldenValueMembers = JSONKeyTable<GoldenValueMember>()

extension GoldenValue: MergeJSONReadable where Value: MergeJSONReadable {
    private typealias Member = GoldenValueMember

    init(json: inout JSONCursor) throws(GoldenError) {
        var firstAssertedAt: Timestamp?, key: String?, lastAssertedAt: Timestamp?, lineage: [SourceAssertion]?
        var preferred: Bool?, status: ValueStatus?, value: Value?
        try json.members(goldenValueMembers) { (json, member) throws(GoldenError) in
            switch member {
            case .firstAssertedAt: firstAssertedAt = try json.readIfPresent()
            case .key: key = try json.string()
            case .lastAssertedAt: lastAssertedAt = try json.readIfPresent()
            case .lineage: lineage = try json.readList()
            case .preferred: preferred = try json.boolean()
            case .status: status = try json.enumeration()
            case .value: value = try json.read()
            }
        }
        self.init(
            value: try json.require(value, Member.value), key: try json.require(key, Member.key),
            status: try json.require(status, Member.status), preferred: try json.require(preferred, Member.preferred),
            lineage: try json.require(lineage, Member.lineage), firstAssertedAt: firstAssertedAt, lastAssertedAt: lastAssertedAt)
    }
}

extension SourceAssertion: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case key, observedAt = "observed_at", recordId = "record_id", source
    }

    private static let members = JSONKeyTable<Member>()

    init(json: inout JSONCursor) throws(GoldenError) {
        var key: String?, observedAt: Timestamp?, recordId: Int64?, source: String?
        try json.members(Self.members) { (json, member) throws(GoldenError) in
            switch member {
            case .key: key = try json.string()
            case .observedAt: observedAt = try json.readIfPresent()
            case .recordId: recordId = try json.integer()
            case .source: source = try json.string()
            }
        }
        self.init(
            recordID: try json.require(recordId, Member.recordId), source: try json.require(source, Member.source),
            key: try json.require(key, Member.key), observedAt: observedAt)
    }
}

extension Timestamp: MergeJSONReadable {
    private enum Member: String, CaseIterable, Sendable {
        case secondsSinceEpoch = "seconds_since_epoch"
    }

    private static let members = JSONKeyTable<Member>()

    /// A time in a golden record: `{"seconds_since_epoch":N}`, its synthesized `Codable` form.
    init(json: inout JSONCursor) throws(GoldenError) {
        var seconds: Int64?
        try json.members(Self.members) { (json, _) throws(GoldenError) in seconds = try json.integer() }
        self.init(secondsSinceEpoch: try json.require(seconds, Member.secondsSinceEpoch))
    }
}
