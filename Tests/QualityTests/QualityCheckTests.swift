import GoldenCore
import Quality
import Testing

@Suite struct QualityCheckTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var metric: QualityMetric
        var value: Double
        var expected: CheckLevel
        var testDescription: String { "\(metric.rawValue) \(value)" }
    }

    @Test(arguments: [
        Case(metric: .validity, value: 0.95, expected: .pass),
        Case(metric: .validity, value: 0.9, expected: .pass),
        Case(metric: .validity, value: 0.899, expected: .warn),
        Case(metric: .validity, value: 0.5, expected: .warn),
        Case(metric: .validity, value: 0.499, expected: .fail),
        Case(metric: .nullRate, value: 0.1, expected: .pass),
        Case(metric: .nullRate, value: 0.5, expected: .pass),
        Case(metric: .nullRate, value: 0.51, expected: .warn),
        Case(metric: .nullRate, value: 0.91, expected: .fail),
    ])
    func levelsFollowTheMetricsDirection(_ test: Case) {
        let check =
            test.metric.higherIsBetter
            ? QualityCheck(metric: test.metric, field: .email, warn: 0.9, fail: 0.5)
            : QualityCheck(metric: test.metric, field: .email, warn: 0.5, fail: 0.9)
        #expect(check.level(for: test.value) == test.expected)
    }

    @Test func aCheckNamingASourceReplacesTheGeneralOneThere() {
        var pos = SourceProfile(source: "pos", fields: [.phone])
        var web = SourceProfile(source: "web", fields: [.phone, .email])
        for index in 0..<10 {
            let phone = PhoneNumber(raw: "x", e164: nil, country: nil, status: index < 6 ? .valid : .invalid)
            let findings = index < 6 ? [] : [Finding(.phone, .invalid, "phone.invalid")]
            pos.add(NormalizedRecord(source: "pos", key: "\(index)", observedAt: nil, phones: [phone], findings: findings))
            web.add(NormalizedRecord(source: "web", key: "\(index)", observedAt: nil, phones: [phone], findings: findings))
        }
        web.rowsRead = 100
        web.rowsQuarantined = 2
        let checks = [
            QualityCheck(metric: .validity, field: .phone, warn: 0.9, fail: 0.7),
            QualityCheck(metric: .validity, field: .phone, source: "pos", warn: 0.5),
            QualityCheck(metric: .validity, field: .email, fail: 0.9),
            QualityCheck(metric: .quarantineRate, fail: 0.01),
        ]
        let outcomes = QualityCheck.evaluate(checks, on: [pos, web])
        #expect(outcomes.map(\.source) == ["pos", "web", "web"])
        #expect(outcomes.map(\.level) == [.pass, .fail, .fail])
        #expect(outcomes[1].message == "web.phone validity 0.600 is below the fail level 0.700")
        #expect(outcomes[2].message == "web quarantine_rate 0.020 is above the fail level 0.010")
    }
}
