import Foundation
import Testing

@testable import Match

@Suite("Match model: starting values, fingerprint, JSON")
struct MatchModelTests {
    @Test(
        "untrained m falls and u rises from the strictest level, each summing to 1",
        arguments: [
            (levels: 1, m: [1.0], u: [1.0]),
            (levels: 2, m: [0.95, 0.05], u: [0.01, 0.99]),
            (levels: 3, m: [0.9, 0.05, 0.05], u: [0.01, 0.02, 0.97]),
            (levels: 6, m: [0.85625, 0.05, 0.025, 0.0125, 0.00625, 0.05], u: [0.01, 0.02, 0.03, 0.04, 0.05, 0.85]),
        ])
    func untrained(levels: Int, m: [Double], u: [Double]) {
        let start = MatchModel.startingProbabilities(levels: levels)
        #expect(zip(start.m, m).allSatisfy { abs($0 - $1) < 1e-12 } && start.m.count == levels)
        #expect(zip(start.u, u).allSatisfy { abs($0 - $1) < 1e-12 } && start.u.count == levels)
        #expect(abs(start.m.reduce(0, +) - 1) < 1e-12)
        #expect(abs(start.u.reduce(0, +) - 1) < 1e-12)
    }

    @Test("untrained u of a long list shares at most half among the agreeing levels")
    func untrainedLongList() {
        let start = MatchModel.startingProbabilities(levels: 15)
        #expect(abs(start.u[..<14].reduce(0, +) - 0.5) < 1e-12)
        #expect(abs(start.u[14] - 0.5) < 1e-12)
        #expect(start.u[0] < start.u[13])
    }

    @Test("the untrained model carries the comparisons' names, levels and the clamped prior")
    func untrainedModel() {
        let model = MatchModel.untrained(TrainingFixture.comparisons, prior: 0)
        #expect(model.prior == 1e-6)
        #expect(model.comparisons.map(\.name) == ["given_name", "family_name", "date_of_birth", "email"])
        #expect(model.comparisons.map(\.termFrequency) == [true, true, false, false])
        #expect(model.comparisons[0].levels.map(\.name) == ["exact", "jaro_winkler>=0.8", "else"])
        #expect(model.fits(TrainingFixture.comparisons))
    }

    static func comparison(_ name: String, _ attribute: MatchAttribute, _ levels: [String], tf: Bool = false) -> Comparison {
        try! Comparison(name: name, attribute: attribute, levels: levels, termFrequency: tf)
    }

    static let given = comparison("given_name", .givenName, ["exact", "jaro_winkler>=0.8", "else"], tf: true)
    static let birth = comparison("date_of_birth", .dateOfBirth, ["exact", "else"])

    @Test(
        "a model fits only the comparisons it was trained for",
        arguments: [
            ([given, birth], true),
            ([comparison("given_name", .givenName, ["exact", "jaro_winkler>=0.8", "initials", "else"], tf: true), birth], false),
            ([comparison("given_name", .givenName, ["exact", "jaro_winkler>=0.9", "else"], tf: true), birth], false),
            ([comparison("given_name", .givenName, ["exact", "jaro_winkler>=0.8", "else"]), birth], false),
            ([comparison("first_name", .givenName, ["exact", "jaro_winkler>=0.8", "else"], tf: true), birth], false),
            ([comparison("given_name", .fullName, ["exact", "jaro_winkler>=0.8", "else"], tf: true), birth], false),
            ([birth, given], false),
            ([given], false),
        ])
    func fits(comparisons: [Comparison], expected: Bool) throws {
        let model = MatchModel.untrained(try ComparisonSet([Self.given, Self.birth]), prior: 0.01)
        #expect(model.fits(try ComparisonSet(comparisons)) == expected)
    }

    @Test("a model of another format version does not fit")
    func otherVersion() throws {
        let set = try ComparisonSet([Self.given, Self.birth])
        var model = MatchModel.untrained(set, prior: 0.01)
        model.formatVersion = 2
        #expect(!model.fits(set))
    }

    @Test("the fingerprint is a SHA-256 that does not change between runs")
    func fingerprint() throws {
        let set = try ComparisonSet([Self.given, Self.birth])
        let fingerprint = MatchModel.fingerprint(of: set)
        #expect(fingerprint.count == 64)
        #expect(fingerprint == MatchModel.fingerprint(of: try ComparisonSet([Self.given, Self.birth])))
        #expect(fingerprint == "e974f416d6ca24b18b3ad18087eb6346b0514fda4b6c4f07e2e7956c32a14c3c")
    }

    @Test("JSON round trip, with snake_case keys only")
    func codable() throws {
        let model = TrainingFixture.model
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(MatchModel.self, from: data) == model)
        let object = try JSONSerialization.jsonObject(with: data)
        #expect(Self.keys(of: object) == [
            "format_version", "fingerprint", "prior", "comparisons", "training",
            "name", "attribute", "term_frequency", "levels", "u_pairs", "m_pairs", "m", "u", "u_count",
            "records", "total_pairs", "sampled_pairs", "deterministic_pairs", "deterministic_recall", "sessions",
            "rule", "pairs", "iterations", "converged", "estimated_comparisons", "final_lambda",
        ])
        let top = try #require(object as? [String: Any])
        #expect(top["format_version"] as? Int == 1)
        #expect((top["comparisons"] as? [[String: Any]])?.first?["attribute"] as? String == "given_name")
    }

    /// Every key of every object in a JSON value.
    static func keys(of value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(of: $1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: []) { $0.formUnion(keys(of: $1)) } }
        return []
    }
}
