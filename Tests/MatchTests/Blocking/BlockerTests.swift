import GoldenCore
import Testing

@testable import Match

@Suite("Blocker")
struct BlockerTests {
    typealias F = BlockFixture

    @Test("A rule of two keys pairs records that share both")
    func twoKeys() {
        let records = [
            F.record(given: ["ann"], postcode: "SW1A 1AA"),
            F.record(given: ["andy"], postcode: "SW1A 1AA"),  // same phonetic code AN
            F.record(given: ["ann"], postcode: "SW1A 2BB"),
            F.record(given: ["bob"], postcode: "SW1A 1AA"),
            F.record(given: ["ann"], postcode: "SW1A 1AA"),
            F.record(given: ["ann"]),
        ]
        let candidates = Blocker(rules: [F.rule("postcode", "given_name.phonetic")], maxBlockSize: 10)
            .candidates(in: records)
        #expect(F.tuples(candidates.pairs) == [[0, 1], [0, 4], [1, 4]])
        #expect(candidates.rules == [
            BlockingStatistics(rule: "postcode+given_name.phonetic", blocks: 1, pairs: 3, newPairs: 3, largestBlock: 3)
        ])
        #expect(candidates.warnings.isEmpty)
    }

    @Test("Multi-valued attributes: every value blocks, a pair found twice is one pair")
    func multiValued() {
        let records = [
            F.record(given: ["john", "mary"], family: ["smith", "smith"]),  // a joint name
            F.record(given: ["mary"], family: ["smith"]),
            F.record(given: ["john"], family: ["smith"]),
            F.record(emails: ["a@x.com", "b@x.com"]),
            F.record(emails: ["b@x.com", "a@x.com"]),  // both e-mails shared: one pair
            F.record(emails: ["c@x.com", "c@x.com"]),  // the same address twice: no pair with itself
            F.record(emails: ["b@x.com"]),
        ]
        let blocker = Blocker(rules: [F.rule("given_name", "family_name"), F.rule("email")], maxBlockSize: 10)
        let candidates = blocker.candidates(in: records)
        #expect(F.tuples(candidates.pairs) == [[0, 1], [0, 2], [3, 4], [3, 6], [4, 6]])
        #expect(candidates.rules.map(\.blocks) == [2, 2])
        #expect(candidates.rules.map(\.pairs) == [2, 3])
        #expect(candidates.rules.map(\.largestBlock) == [2, 3])
        #expect(blocker.countPairs(in: records) == 5)
    }

    @Test("Records without a value of a rule's key are never paired by it")
    func missingValues() {
        let records = [
            F.record(given: ["ann"]), F.record(given: ["ann"], dob: "01-02"), F.record(given: ["ann"], dob: "01-02"),
            F.record(dob: "1980-01-02"), F.record(dob: "1980-01-02"),
        ]
        let blocker = Blocker(rules: [F.rule("given_name", "date_of_birth"), F.rule("email")], maxBlockSize: 10)
        let candidates = blocker.candidates(in: records)
        #expect(candidates.pairs.isEmpty)
        #expect(candidates.rules.map(\.blocks) == [0, 0])
        #expect(blocker.countPairs(in: records) == 0)
        #expect(Blocker(rules: [], maxBlockSize: 10).candidates(in: records).pairs.isEmpty)
        #expect(blocker.candidates(in: []).rules.map(\.rule) == ["given_name+date_of_birth", "email"])
    }

    @Test("Pairs found by several rules are one candidate; new pairs go to the first rule")
    func deduplicationAcrossRules() {
        let records = [
            F.record(family: ["smith"], emails: ["a@x.com"], postcode: "M1 1AE"),
            F.record(family: ["smith"], emails: ["a@x.com"], postcode: "M1 1AE"),
            F.record(family: ["smith"], emails: ["b@x.com"], postcode: "M1 1AE"),
            F.record(family: ["jones"], emails: ["b@x.com"], postcode: "M1 2ZZ"),
            F.record(family: ["jones"], postcode: "M1 2ZZ"),
        ]
        let rules = [F.rule("email"), F.rule("family_name"), F.rule("postcode.district")]
        let candidates = Blocker(rules: rules, maxBlockSize: 10).candidates(in: records)
        // email: 0-1, 2-3. family: 0-1, 0-2, 1-2, 3-4. district M1: all 10 pairs.
        #expect(candidates.pairs.count == 10)
        #expect(candidates.rules.map(\.pairs) == [2, 4, 10])
        #expect(candidates.rules.map(\.newPairs) == [2, 3, 5])
        #expect(candidates.rules.map(\.blocks) == [2, 2, 1])
        let reversed = Blocker(rules: rules.reversed(), maxBlockSize: 10).candidates(in: records)
        #expect(reversed.pairs == candidates.pairs)
        #expect(reversed.rules.map(\.newPairs) == [10, 0, 0])
    }

    @Test("Oversized blocks are skipped and counted, with a warning of counts only")
    func oversized() {
        let smiths = (0..<7).map { _ in F.record(family: ["smith"], city: "london") }
        let joneses = (0..<4).map { _ in F.record(family: ["jones"], city: "london") }
        let browns = (0..<6).map { _ in F.record(family: ["brown"], city: "leeds") }
        let records = smiths + joneses + browns + [F.record(family: ["wood"], city: "leeds")]
        let blocker = Blocker(rules: [F.rule("family_name"), F.rule("city")], maxBlockSize: 5)
        let candidates = blocker.candidates(in: records)
        #expect(candidates.rules[0] == BlockingStatistics(
            rule: "family_name", blocks: 1, pairs: 6, newPairs: 6, oversizedBlocks: 2, oversizedRecords: 13,
            skippedPairs: 36, largestBlock: 4))
        #expect(candidates.rules[1] == BlockingStatistics(
            rule: "city", blocks: 0, pairs: 0, newPairs: 0, oversizedBlocks: 2, oversizedRecords: 18,
            skippedPairs: 76, largestBlock: 0))
        #expect(candidates.warnings == [
            "rule family_name: 2 blocks over 5 records skipped (13 records, 36 pairs)",
            "rule city: 2 blocks over 5 records skipped (18 records, 76 pairs)",
        ])
        #expect(blocker.countPairs(in: records) == 6)
    }

    @Test(
        "Warnings group digits and name one block in the singular",
        arguments: [
            (1, 501, 125_250, 500, "rule r: 1 block over 500 records skipped (501 records, 125,250 pairs)"),
            (3, 4_210, 2_931_004, 1_000,
             "rule r: 3 blocks over 1,000 records skipped (4,210 records, 2,931,004 pairs)"),
        ])
    func warningText(_ blocks: Int, _ records: Int, _ pairs: Int, _ limit: Int, _ expected: String) {
        let statistics = BlockingStatistics(
            rule: "r", oversizedBlocks: blocks, oversizedRecords: records, skippedPairs: pairs)
        #expect(CandidatePairs(pairs: [], rules: [statistics], maxBlockSize: limit).warnings == [expected])
    }

    @Test("Statistics are coded with snake-case keys")
    func codingKeys() {
        let keys: [BlockingStatistics.CodingKeys] = [
            .rule, .blocks, .pairs, .newPairs, .oversizedBlocks, .oversizedRecords, .skippedPairs, .largestBlock,
        ]
        #expect(keys.map(\.stringValue) == [
            "rule", "blocks", "pairs", "new_pairs", "oversized_blocks", "oversized_records", "skipped_pairs",
            "largest_block",
        ])
    }

    @Test(
        "One rule's pairs, at most a limit of them, spread evenly",
        arguments: [
            (nil, [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]),
            (20, [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]),
            (5, [[0, 1], [0, 3], [1, 2], [1, 4], [2, 4]]),
            (2, [[0, 1], [1, 3]]),
            (1, [[0, 1]]),
            (0, []),
        ] as [(Int?, [[Int]])])
    func limitedPairs(_ limit: Int?, _ expected: [[Int]]) {
        let records = (0..<5).map { _ in F.record(family: ["smith"], city: "leeds") }
            + [F.record(family: ["jones"], city: "leeds")]
        let blocker = Blocker(rules: [F.rule("city")], maxBlockSize: 10)
        let pairs = blocker.pairs(of: F.rule("family_name"), in: records, limit: limit)
        #expect(F.tuples(pairs) == expected)
        #expect(blocker.pairs(of: F.rule("family_name"), in: records, limit: limit, threads: 2) == pairs)
    }

    @Test("Settings give the blocker their rules and block size limit")
    func fromSettings() {
        let blocker = Blocker(settings: .defaults)
        #expect(blocker.rules == MatchSettings.defaults.blocking)
        #expect(blocker.maxBlockSize == 500)
    }
}
