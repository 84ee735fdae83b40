import GoldenCore

@testable import Match

/// Builders for the blocking tests, in one namespace so they stay out of other suites' way.
enum BlockFixture {
    static func key(_ text: String) -> BlockingKey { try! BlockingKey(parsing: text) }

    static func rule(_ keys: String...) -> BlockingRule { BlockingRule(keys: keys.map(key)) }

    /// A given or family name whose phonetic code is its first two letters, upper case.
    static func name(_ key: String, variants: [String] = []) -> TextKey {
        let code = String(key.prefix(2)).uppercased()
        return TextKey(key, phonetic: PhoneticKey(primary: code, alternate: code), variants: variants)
    }

    /// A record with the values the blocking tests use.
    static func record(
        given: [String] = [], family: [String] = [], dob birth: String? = nil, emails: [String] = [],
        phones: [String] = [], postcode code: String? = nil, city: String? = nil
    ) -> MatchRecord {
        MatchRecord(
            id: 0, source: "s", key: "k", givenNames: given.map { name($0) }, familyNames: family.map { name($0) },
            birthDate: birth.map(dob), emails: emails.map(email), phones: phones.map(phone),
            address: code.map { postcode($0) }, city: city.map { TextKey($0) })
    }

    /// The hashes a key gives a record.
    static func hashes(_ key: BlockingKey, _ record: MatchRecord) -> [UInt64] {
        var hashes: [UInt64] = []
        key.hashes(of: record, into: &hashes)
        return hashes
    }

    /// The block keys a rule gives a record.
    static func ruleKeys(_ rule: BlockingRule, _ record: MatchRecord) -> [UInt64] {
        var keys: [UInt64] = []
        withUnsafePointer(to: record) { record in
            RuleKeys([rule]).forEachKey(of: record) { _, key in keys.append(key) }
        }
        return keys
    }

    /// The hashes of text values under a key.
    static func hashes(_ key: BlockingKey, values: [String]) -> [UInt64] {
        values.map { BlockHash.hash($0, seed: key.seed) }
    }

    /// Pairs as `(first, second)` tuples, for readable expectations.
    static func tuples(_ pairs: [RecordPair]) -> [[Int]] { pairs.map { [$0.first, $0.second] } }

    /// SplitMix64 (the evaluation tests' generator), so that random inputs are the same on every run.
    typealias Generator = EvalFixture.Generator

    /// Records drawn from small pools of values, so that blocks form, overlap across rules and
    /// some grow past a small size limit: joint names, several e-mails, missing values.
    static func randomRecords(_ count: Int, seed: UInt64) -> [MatchRecord] {
        var generator = Generator(seed: seed)
        let givens = ["ann", "andy", "bob", "bella", "carl", "cora", "dan", "dora"]
        let families = ["smith", "jones", "brown", "taylor", "wilson", "evans", "white", "green", "hall", "wood"]
        let codes = ["SW1A 1AA", "SW1A 2BB", "M1 1AE", "M1 2ZZ", "02134", "02139", "04109", "EC1A 1BB"]
        return (0..<count).map { _ in
            func pick(_ pool: [String], missing: Int = 0) -> [String] {
                Int.random(in: 0..<100, using: &generator) < missing ? [] : [pool.randomElement(using: &generator)!]
            }
            var given = pick(givens, missing: 10)
            if Int.random(in: 0..<10, using: &generator) == 0 { given += pick(givens) }
            let emails = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
                "u\(Int.random(in: 0..<40, using: &generator))@x.com"
            }
            let year = 1970 + Int.random(in: 0..<6, using: &generator)
            return record(
                given: given, family: pick(families, missing: 10),
                dob: Int.random(in: 0..<10, using: &generator) == 0 ? nil : "\(year)-01-02", emails: emails,
                postcode: pick(codes, missing: 15).first)
        }
    }
}
