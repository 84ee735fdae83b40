import GoldenCore

@testable import Match

/// Builders for the clustering tests, in one namespace so they stay out of other suites' way.
enum ClusterFixture {
    /// The shipped comparisons (given name first, its `else` at level 5) and thresholds
    /// (match 0.95, review 0.5).
    static let settings = MatchSettings.defaults

    /// A clusterer with the shipped thresholds and comparisons and the given guards.
    static func clusterer(
        maxSize: Int = 50, cannotLink: [MatchAttribute] = [.loyaltyCard, .dateOfBirth], household: Bool = true
    ) -> Clusterer {
        Clusterer(
            thresholds: settings.thresholds,
            settings: ClusterSettings(maxClusterSize: maxSize, cannotLink: cannotLink, householdGuard: household),
            comparisons: settings.comparisons)
    }

    /// A person of the Smith family by default; `dob` as `YYYY-MM-DD` or `MM-DD`.
    static func record(
        _ index: Int, given: String? = "ann", family: String = "smith", dob text: String? = nil,
        cards: [String] = []
    ) -> MatchRecord {
        MatchRecord(
            id: Int64(100 + index), source: "s", key: "K\(index)", givenNames: given.map { [TextKey($0)] } ?? [],
            familyNames: [TextKey(family)], birthDate: text.map(dob), phones: [phone("+447700900123")],
            street: TextKey("12 high st"), loyaltyCards: cards.map { TextKey($0) })
    }

    /// `count` plain records (same given name, nothing to conflict on).
    static func plain(_ count: Int) -> [MatchRecord] { (0..<count).map { record($0) } }

    /// A scored pair of two records: their real comparison vector, the probability given (the
    /// weight plays no part in clustering).
    static func scored(_ a: Int, _ b: Int, _ probability: Double, in records: [MatchRecord]) -> ScoredPair {
        ScoredPair(
            pair: RecordPair(a, b), vector: settings.comparisons.vector(records[a], records[b]),
            weight: 0, probability: probability)
    }

    /// A scored pair with every comparison missing.
    static func bare(_ a: Int, _ b: Int, _ probability: Double) -> ScoredPair {
        ScoredPair(pair: RecordPair(a, b), vector: .allMissing, weight: 0, probability: probability)
    }
}

/// A link between two record positions with its probability, for case tables.
struct Link: Sendable, CustomStringConvertible {
    var a: Int
    var b: Int
    var probability: Double

    init(_ a: Int, _ b: Int, _ probability: Double) {
        self.a = a
        self.b = b
        self.probability = probability
    }

    var description: String { "\(a)–\(b) @\(probability)" }
}

/// An expected review item: kind and pair.
struct ExpectedReview: Sendable, Hashable {
    var kind: ReviewKind
    var a: Int
    var b: Int

    init(_ kind: ReviewKind, _ a: Int, _ b: Int) {
        self.kind = kind
        self.a = a
        self.b = b
    }
}
