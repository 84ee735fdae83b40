import GoldenCore

@testable import Match

/// A reproducible population of people, each with one to three records that differ by
/// controlled typos, with the truth kept: which records are the same person.
///
/// Given names, family names, dates of birth and e-mails are typed independently with the
/// rates below, so the true m of every exact level is known (measured on the true pairs, see
/// ``trueM(_:level:)``), and u on all pairs (``observedU(_:level:)``).
struct SyntheticPopulation {
    static let givenNames = [
        "james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda", "david",
        "elizabeth", "william", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah",
        "charles", "karen", "daniel", "nancy", "matthew", "lisa", "anthony", "betty", "mark", "sandra",
    ]
    static let familyNames = [
        "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez",
        "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor",
        "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez",
        "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright",
        "scott", "torres", "nguyen", "hill", "flores",
    ]

    /// Typo rates per record.
    static let givenTypo = 0.10
    static let familyTypo = 0.08
    static let birthTypo = 0.05
    static let emailTypo = 0.05
    /// The share of records with an e-mail.
    static let emailShare = 0.7

    /// The comparisons trained in the tests.
    static let comparisons: ComparisonSet = {
        func comparison(_ name: String, _ attribute: MatchAttribute, _ levels: [String], tf: Bool = false) -> Comparison {
            try! Comparison(name: name, attribute: attribute, levels: levels, termFrequency: tf)
        }
        return try! ComparisonSet([
            comparison("given_name", .givenName, ["exact", "jaro_winkler>=0.8", "else"], tf: true),
            comparison("family_name", .familyName, ["exact", "jaro_winkler>=0.8", "else"], tf: true),
            comparison("date_of_birth", .dateOfBirth, ["exact", "else"]),
            comparison("email", .email, ["exact", "else"]),
        ])
    }()

    let records: [MatchRecord]
    /// The person of each record.
    let person: [Int]
    /// Every pair of records, as the trainer numbers them.
    let allPairs: [RecordPair]
    /// `levels[comparison][k]`: the level of the `k`-th of ``allPairs``.
    private let levels: [[Int?]]

    init(people: Int, seed: UInt64) {
        var random = TestRandom(seed: seed)
        var records: [MatchRecord] = []
        var person: [Int] = []
        for id in 0..<people {
            let given = Self.givenNames[random.below(Self.givenNames.count)]
            let family = Self.familyNames[random.below(Self.familyNames.count)]
            let (year, month, day) = (1940 + random.below(60), 1 + random.below(12), 1 + random.below(28))
            let address = "\(given).\(family).\(id)@example.com"
            for _ in 0...random.below(3) {
                let birth = random.chance(Self.birthTypo) ? (year, month, day % 28 + 1) : (year, month, day)
                let mail = random.chance(Self.emailTypo) ? "x" + address : address
                records.append(
                    MatchRecord(
                        id: Int64(records.count), source: "test", key: "r\(records.count)",
                        givenNames: [TextKey(random.chance(Self.givenTypo) ? Self.typo(given, &random) : given)],
                        familyNames: [TextKey(random.chance(Self.familyTypo) ? Self.typo(family, &random) : family)],
                        birthDate: dob("\(birth.0)-\(birth.1)-\(birth.2)"),
                        emails: random.chance(Self.emailShare) ? [email(mail)] : []))
                person.append(id)
            }
        }
        self.records = records
        self.person = person
        let pairs = records.indices.flatMap { first in ((first + 1)..<records.count).map { RecordPair(first, $0) } }
        allPairs = pairs
        levels = Self.comparisons.comparisons.map { comparison in
            pairs.map { comparison.level(records[$0.first], records[$0.second]) }
        }
    }

    /// `word` with one letter after the first replaced by another.
    static func typo(_ word: String, _ random: inout TestRandom) -> String {
        var bytes = Array(word.utf8)
        let position = 1 + random.below(bytes.count - 1)
        bytes[position] = UInt8(ascii: "a") + (bytes[position] - UInt8(ascii: "a") + 1 + UInt8(random.below(24))) % 26
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The pairs that agree exactly on comparison `name`: a blocking rule on its attribute.
    func pairs(agreeingOn name: String) -> [RecordPair] {
        let levels = self.levels[Self.comparisons.index(of: name)!]
        return allPairs.indices.filter { levels[$0] == 0 }.map { allPairs[$0] }
    }

    /// The share of true pairs, among those with a value on both sides, at `level` of
    /// comparison `name`: the m that EM should find.
    func trueM(_ name: String, level: Int) -> Double {
        share(of: name, level: level) { person[$0.first] == person[$0.second] }
    }

    /// The share of non-matching pairs, among those with a value on both sides, at `level` of
    /// comparison `name`: the u a perfect sample of strangers would find.
    func trueU(_ name: String, level: Int) -> Double {
        share(of: name, level: level) { person[$0.first] != person[$0.second] }
    }

    /// The share of all pairs with a value on both sides at `level` of comparison `name`: u as
    /// sampling every pair measures it.
    func observedU(_ name: String, level: Int) -> Double { share(of: name, level: level) { _ in true } }

    /// The share at `level` of comparison `name` among the pairs that pass `filter` and have a
    /// value on both sides.
    private func share(of name: String, level: Int, among filter: (RecordPair) -> Bool) -> Double {
        let levels = self.levels[Self.comparisons.index(of: name)!]
        let compared = allPairs.indices.filter { levels[$0] != nil && filter(allPairs[$0]) }
        return Double(compared.count { levels[$0] == level }) / Double(compared.count)
    }
}

/// A small seeded generator for test data (a 64-bit linear congruential generator with an
/// output permutation), independent of the code under test.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x2545_F491_4F6C_DD1D }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let word = ((state >> ((state >> 59) + 5)) ^ state) &* 12_605_985_483_714_917_081
        return (word >> 43) ^ word
    }

    /// A value in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < probability }
}
