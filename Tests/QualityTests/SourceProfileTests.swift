import GoldenCore
import Quality
import Testing

@Suite struct SourceProfileTests {
    static func email(_ status: ValueStatus) -> EmailAddress {
        EmailAddress(raw: "x", normalized: status.isUsable ? "x@y.z" : nil, canonical: nil, status: status)
    }

    @Test func eachRecordCountsOnceInTheFirstClassThatFits() {
        var profile = SourceProfile(source: "web", fields: [.phone, .email])
        #expect(profile.fields == [.email, .phone])
        let records = [
            NormalizedRecord(source: "web", key: "1", observedAt: nil, emails: [Self.email(.valid)]),
            NormalizedRecord(
                source: "web", key: "2", observedAt: nil, emails: [Self.email(.corrected)],
                findings: [Finding(.email, .corrected, "email.domain_typo")]),
            // An invalid address beside a valid one: the record has a usable e-mail.
            NormalizedRecord(
                source: "web", key: "3", observedAt: nil, emails: [Self.email(.invalid), Self.email(.valid)],
                findings: [Finding(.email, .invalid, "email.invalid_syntax")]),
            NormalizedRecord(
                source: "web", key: "4", observedAt: nil, emails: [Self.email(.invalid)],
                findings: [Finding(.email, .invalid, "email.invalid_syntax")]),
            NormalizedRecord(
                source: "web", key: "5", observedAt: at("2024-01-01T00:00:00Z"), emails: [Self.email(.placeholder)],
                findings: [Finding(.email, .placeholder, "email.placeholder"), Finding(.phone, .placeholder, "phone.placeholder")]),
            NormalizedRecord(source: "web", key: "6", observedAt: at("2023-01-01T00:00:00Z")),
        ]
        for record in records { profile.add(record) }
        let email = try! #require(profile[.email])
        #expect(email.valid == 3 && email.corrected == 1 && email.invalid == 1 && email.placeholder == 1 && email.null == 1)
        #expect(email.records == records.count)
        #expect(email.validity == 3.0 / 4.0)
        #expect(email.completeness == 3.0 / 6.0)
        #expect(email.nullRate == 1.0 / 6.0)
        #expect(email.placeholderRate == 1.0 / 6.0)
        let phone = try! #require(profile[.phone])
        #expect(phone.placeholder == 1 && phone.null == 5 && phone.validity == nil)
        #expect(profile[.postcode] == nil)
        #expect(profile.latestObservedAt == at("2024-01-01T00:00:00Z"))
        #expect(profile.quarantineRate == nil)
        profile.rowsRead = 200
        profile.rowsQuarantined = 3
        #expect(profile.quarantineRate == 0.015)
    }

    @Test(arguments: IdentityAttribute.allCases)
    func everyAttributeButLocaleBelongsToAField(_ attribute: IdentityAttribute) {
        #expect((QualityField(attribute) == nil) == (attribute == .locale))
    }
}
