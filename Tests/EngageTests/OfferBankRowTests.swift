import GoldenCore
import Testing

@testable import Engage

@Suite("Offer bank rows")
struct OfferBankRowTests {
    static let good: [String: String] = [
        "offer_id": "OF-1", "category": "running", "sku": "", "cost": "4.50", "valid_from": "2026-06-01",
        "valid_to": "2026-06-30", "quantity": "100", "budget": "",
    ]

    struct Bad: Sendable, CustomTestStringConvertible {
        var change: [String: String]
        var field: String
        var reason: OfferRowProblem.Reason
        var quarantine: QuarantineReason
        var testDescription: String { "\(field) \(reason.rawValue)" }
    }

    static let bad: [Bad] = [
        Bad(change: ["offer_id": " "], field: "offer_id", reason: .missingID, quarantine: .missingKey),
        Bad(change: ["category": ""], field: "category", reason: .missingTarget, quarantine: .missingField),
        Bad(change: ["cost": ""], field: "cost", reason: .missingValue, quarantine: .missingField),
        Bad(change: ["cost": "four"], field: "cost", reason: .badNumber, quarantine: .badValue),
        Bad(change: ["cost": "-1.00"], field: "cost", reason: .negative, quarantine: .badValue),
        Bad(change: ["valid_from": "2026-02-30"], field: "valid_from", reason: .badDate, quarantine: .badValue),
        Bad(change: ["valid_from": ""], field: "valid_from", reason: .missingValue, quarantine: .missingField),
        Bad(change: ["valid_to": "30/06/2026"], field: "valid_to", reason: .badDate, quarantine: .badValue),
        Bad(change: ["valid_to": "2026-05-31"], field: "valid_to", reason: .endsBeforeStart, quarantine: .badValue),
        Bad(change: ["quantity": "1.5"], field: "quantity", reason: .badNumber, quarantine: .badValue),
        Bad(change: ["quantity": "-3"], field: "quantity", reason: .negative, quarantine: .badValue),
        Bad(change: ["budget": "lots"], field: "budget", reason: .badNumber, quarantine: .badValue),
        Bad(change: ["budget": "-10"], field: "budget", reason: .negative, quarantine: .badValue),
    ]

    @Test(arguments: bad) func refusesBadRow(_ test: Bad) throws {
        let row = KeyedRow(line: 9, fields: Self.good.merging(test.change) { $1 })
        let problem = try #require(OfferBankRow.parse(row).failedWith)
        #expect(problem.line == 9)
        #expect(problem.field == test.field)
        #expect(problem.reason == test.reason)
        #expect(problem.quarantineReason == test.quarantine)
        let quarantined = problem.quarantined(source: "offers", file: "offers.csv", raw: Array("raw".utf8))
        #expect(quarantined.line == 9 && quarantined.field == test.field && quarantined.reason == test.quarantine)
        #expect(problem.description.hasPrefix("line 9 [\(test.field)]: "))
    }

    struct Good: Sendable, CustomTestStringConvertible {
        var change: [String: String]
        var expected: Offer
        var testDescription: String { "\(change)" }
    }

    static let goodRows: [Good] = [
        Good(change: [:], expected: OfferFixture.offer("OF-1", category: "running", cost: 4.5, quantity: 100, to: "2026-06-30")),
        Good(
            change: ["category": "", "sku": "SKU-9", "cost": "£1,200.25", "quantity": "", "budget": "5000"],
            expected: OfferFixture.offer("OF-1", sku: "SKU-9", cost: 1200.25, budget: 5000, to: "2026-06-30")),
        Good(
            change: ["offer_id": "  OF-2 ", "valid_to": "2026-06-01", "cost": "0", "quantity": "0"],
            expected: OfferFixture.offer("OF-2", category: "running", cost: 0, quantity: 0, to: "2026-06-01")),
    ]

    @Test(arguments: goodRows) func readsGoodRow(_ test: Good) throws {
        let row = KeyedRow(line: 2, fields: Self.good.merging(test.change) { $1 })
        let offer = try OfferBankRow.parse(row).get()
        #expect(offer == test.expected)
    }

    @Test(arguments: [
        (["offer_id", "category", "cost", "valid_from", "valid_to"], [String]()),
        (["offer_id", "sku", "cost", "valid_from", "valid_to", "extra"], []),
        (["offer_id", "cost", "valid_from", "valid_to"], ["category|sku"]),
        (["category", "valid_to"], ["offer_id", "cost", "valid_from"]),
    ])
    func checksHeader(header: [String], missing: [String]) {
        #expect(OfferBankRow.missingColumns(in: header) == missing)
    }

    @Test func bankRefusesDuplicateAndLooksUp() throws {
        var bank = OfferBank()
        let rows = [
            KeyedRow(line: 2, fields: Self.good),
            KeyedRow(line: 3, fields: Self.good.merging(["offer_id": "OF-2", "valid_from": "2026-07-01", "valid_to": "2026-07-31"]) { $1 }),
            KeyedRow(line: 4, fields: Self.good.merging(["cost": "9"]) { $1 }),
            KeyedRow(line: 5, fields: Self.good.merging(["offer_id": "OF-3", "cost": "x"]) { $1 }),
        ]
        let problems = rows.compactMap { bank.add($0).failedWith }
        #expect(problems.map(\.line) == [4, 5])
        #expect(problems[0].reason == .duplicateID && problems[0].firstLine == 2)
        #expect(problems[0].message.contains("line 2"))
        #expect(bank.offers.map(\.id) == ["OF-1", "OF-2"])
        #expect(bank.lines == [2, 3])
        #expect(bank.offer(id: "OF-1")?.cost == 4.5)
        #expect(bank.offer(id: "OF-3") == nil)
        #expect(bank.offers(validOn: OfferFixture.day("2026-06-30")).map(\.id) == ["OF-1"])
        #expect(bank.offers(validOn: OfferFixture.day("2026-07-01")).map(\.id) == ["OF-2"])
        #expect(bank.offers(validOn: OfferFixture.day("2026-05-31")).isEmpty)
    }

    @Test func bankOfValuesKeepsFirstOfAnID() {
        let bank = OfferBank(offers: [
            OfferFixture.offer("A", category: "x", cost: 1), OfferFixture.offer("A", category: "y", cost: 2),
            OfferFixture.offer("B", sku: "s"),
        ])
        #expect(bank.offers.map(\.id) == ["A", "B"])
        #expect(bank.offer(id: "A")?.category == "x")
    }
}
