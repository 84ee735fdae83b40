import GoldenCore
import Quality
import Testing

@Suite struct QualitySignatureTests {
    /// One way a record can hold a field: a usable value or not, the findings about the field,
    /// and the class the record must count in.
    struct Case: Sendable, CustomTestStringConvertible {
        var usable: Bool
        var findings: [Finding.Kind]
        var expected: QualityFieldClass
        var testDescription: String { "\(usable ? "value" : "no value") \(findings) → \(expected)" }
    }

    static let cases: [Case] = [
        Case(usable: false, findings: [], expected: .null),
        Case(usable: true, findings: [], expected: .valid),
        Case(usable: true, findings: [.partial], expected: .valid),
        Case(usable: true, findings: [.corrected], expected: .corrected),
        Case(usable: true, findings: [.placeholder, .corrected], expected: .corrected),
        // A usable value beside an invalid one: the record has a usable value.
        Case(usable: true, findings: [.invalid], expected: .valid),
        Case(usable: false, findings: [.invalid], expected: .invalid),
        Case(usable: false, findings: [.placeholder], expected: .placeholder),
        Case(usable: false, findings: [.placeholder, .invalid], expected: .invalid),
        // A correction counts only with a usable value; partial and ambiguous findings never count.
        Case(usable: false, findings: [.corrected], expected: .null),
        Case(usable: false, findings: [.partial, .ambiguous], expected: .null),
    ]

    /// The attribute a finding about `field` names.
    static func attribute(of field: QualityField) -> IdentityAttribute {
        switch field {
        case .name: .familyName
        case .dateOfBirth: .dateOfBirth
        case .gender: .gender
        case .email: .email
        case .phone: .phone
        case .address: .city
        case .postcode: .postcode
        case .loyaltyCard: .loyaltyCard
        case .accountId: .accountId
        case .username: .username
        }
    }

    /// `record` with `field` as `fieldCase` describes: a usable value if it has one, and its findings.
    static func applying(_ fieldCase: Case, to field: QualityField, in record: inout NormalizedRecord) {
        record.findings += fieldCase.findings.map { Finding(attribute(of: field), $0, "test.\($0)") }
        guard fieldCase.usable else { return }
        switch field {
        case .name: record.names = [PersonName(raw: "A B", given: "A", givenKey: "a", family: "B", familyKey: "b")]
        case .dateOfBirth: record.dateOfBirth = BirthDate(raw: "x", year: 1980, month: 1, day: 2, status: .valid)
        case .gender: record.gender = .female
        case .email: record.emails = [EmailAddress(raw: "x", normalized: "x@y.z", canonical: nil, status: .valid)]
        case .phone: record.phones = [PhoneNumber(raw: "1", e164: "+15550100", country: "US", status: .valid)]
        case .address:
            var address = record.address ?? PostalAddress(raw: ["x"])
            address.cityKey = "c"
            record.address = address
        case .postcode:
            var address = record.address ?? PostalAddress(raw: ["x"])
            address.postcode = "P1"
            record.address = address
        case .loyaltyCard: record.loyaltyCards = ["1"]
        case .accountId: record.accountId = "A"
        case .username: record.username = "u"
        }
    }

    /// A record whose field `field` is as `fieldCase` describes, and every other field empty.
    static func record(_ field: QualityField, _ fieldCase: Case, key: String = "1", observedAt: Timestamp? = nil) -> NormalizedRecord {
        var record = NormalizedRecord(source: "web", key: key, observedAt: observedAt)
        applying(fieldCase, to: field, in: &record)
        return record
    }

    @Test(arguments: QualityField.allCases, cases)
    func eachFieldOfARecordHasTheClassOfTheFirstThatFits(field: QualityField, fieldCase: Case) {
        let signature = QualitySignature(Self.record(field, fieldCase))
        for other in QualityField.allCases {
            #expect(signature[other] == (other == field ? fieldCase.expected : .null), "\(other)")
        }
        #expect(QualitySignature(rawValue: signature.rawValue) == signature)
    }

    @Test(arguments: QualityField.allCases, QualityFieldClass.allCases)
    func aClassRoundTripsThroughTheRawValue(field: QualityField, fieldClass: QualityFieldClass) throws {
        let signature = QualitySignature([field: fieldClass])
        let stored = try #require(QualitySignature(rawValue: signature.rawValue))
        for other in QualityField.allCases {
            #expect(stored[other] == (other == field ? fieldClass : .null))
        }
        #expect((signature.rawValue == 0) == (fieldClass == .null))
    }

    @Test(arguments: QualityFieldClass.allCases)
    func everyFieldFitsBesideTheOthers(fieldClass: QualityFieldClass) throws {
        let all = Dictionary(uniqueKeysWithValues: QualityField.allCases.map { ($0, fieldClass) })
        let stored = try #require(QualitySignature(rawValue: QualitySignature(all).rawValue))
        #expect(QualityField.allCases.allSatisfy { stored[$0] == fieldClass })
        #expect(stored.rawValue >= 0)
    }

    /// Raw values that no record has: a class number past the last, bits past the last field,
    /// a negative number.
    @Test(arguments: [Int64(5), Int64(7) << 3, Int64(6) << Int64(3 * (QualityField.allCases.count - 1)),
                      Int64(1) << Int64(3 * QualityField.allCases.count), -1, Int64.min])
    func aRawValueThatNamesNoClassIsRejected(raw: Int64) {
        #expect(QualitySignature(rawValue: raw) == nil)
    }

    /// Records mixing every case in every field, over several days.
    static let mixedRecords: [NormalizedRecord] = (0..<(cases.count * 3)).map { index in
        var record = NormalizedRecord(
            source: "web", key: "\(index)", observedAt: index % 4 == 0 ? nil : Timestamp(secondsSinceEpoch: Int64(index % 7) * 86_400))
        for (position, field) in QualityField.allCases.enumerated() {
            applying(cases[(index + position * (index / cases.count + 1)) % cases.count], to: field, in: &record)
        }
        return record
    }

    /// Every hand-made record: one per field and case, and the mixed ones.
    static let handMadeRecords: [NormalizedRecord] =
        QualityField.allCases.flatMap { field in cases.enumerated().map { record(field, $1, key: "\(field)\($0)", observedAt: Timestamp(secondsSinceEpoch: Int64($0))) } }
        + mixedRecords

    @Test(arguments: [QualityField.allCases, [.email, .postcode], []])
    func aProfileBySignaturesCountsAsOneByRecords(fields: [QualityField]) {
        var byRecords = SourceProfile(source: "web", fields: fields)
        for record in Self.handMadeRecords { byRecords.add(record) }
        var bySignatures = SourceProfile(source: "web", fields: fields)
        for (signature, records) in Dictionary(grouping: Self.handMadeRecords, by: QualitySignature.init) {
            bySignatures.add(signature: signature, count: records.count, latestObservedAt: records.compactMap(\.observedAt).max())
        }
        #expect(bySignatures == byRecords)
        #expect(bySignatures.records == Self.handMadeRecords.count)
        #expect(bySignatures.latestObservedAt == Self.handMadeRecords.compactMap(\.observedAt).max())
    }

    /// The counts of the hand-made records, tallied from the cases' expected classes: what a
    /// profile must count, whichever way it is built.
    @Test func theHandMadeRecordsCountAsTheirCasesSay() throws {
        var expected: [QualityField: [QualityFieldClass: Int]] = [:]
        for field in QualityField.allCases {
            for fieldCase in Self.cases {
                for other in QualityField.allCases {
                    expected[other, default: [:]][other == field ? fieldCase.expected : .null, default: 0] += 1
                }
            }
        }
        for (index, _) in Self.mixedRecords.enumerated() {
            for (position, field) in QualityField.allCases.enumerated() {
                let fieldCase = Self.cases[(index + position * (index / Self.cases.count + 1)) % Self.cases.count]
                expected[field, default: [:]][fieldCase.expected, default: 0] += 1
            }
        }
        var profile = SourceProfile(source: "web", fields: QualityField.allCases)
        for (signature, records) in Dictionary(grouping: Self.handMadeRecords, by: QualitySignature.init) {
            profile.add(signature: signature, count: records.count, latestObservedAt: nil)
        }
        for field in QualityField.allCases {
            let counts = try #require(profile[field])
            let classes = expected[field, default: [:]]
            #expect(counts.valid == classes[.valid, default: 0] + classes[.corrected, default: 0], "\(field)")
            #expect(counts.corrected == classes[.corrected, default: 0], "\(field)")
            #expect(counts.invalid == classes[.invalid, default: 0], "\(field)")
            #expect(counts.placeholder == classes[.placeholder, default: 0], "\(field)")
            #expect(counts.null == classes[.null, default: 0], "\(field)")
        }
    }
}
