import Foundation
import Testing

@testable import Match

@Suite("Evaluation: the report as text and JSON")
struct EvaluationReportTests {
    static let mixed = ClusteringEvaluator().evaluate(
        prediction: EvalFixture.prediction("a b | c d e | f | g | x"),
        truth: EvalFixture.truth("a b c | d e | f g | y"))

    /// What `golden evaluate` prints for the mixed case, with a record on each side only.
    @Test("text rendering")
    func text() {
        #expect(Self.mixed.text == """
            records scored       7
            only in prediction   1
            only in truth        1
            predicted clusters   4
            true entities        3

                       precision   recall       f1
            pairwise      0.5000   0.4000   0.4444
            b-cubed       0.8095   0.6667   0.7312
            pairs: 2 correct of 4 predicted, 5 true
            false merges: 1 cluster; false splits: 2 entities

            size   clusters   entities
               1          2          0
               2          1          2
               3          1          1

            largest false merges:
              cluster P1: 3 records, 2 wrong pairs, 2 entities
                entity T1 (2): s:d s:e
                entity T0 (1): s:c

            largest false splits:
              entity T0: 3 records, 2 missed pairs, 2 clusters
                cluster P0 (2): s:a s:b
                cluster P1 (1): s:c
              entity T2: 2 records, 1 missed pair, 2 clusters
                cluster P2 (1): s:f
                cluster P3 (1): s:g

            only in prediction: s:x

            only in truth: s:y
            """)
    }

    /// Truncated lists say so: `…` after a capped record list, a count of omitted overlaps and
    /// unmatched records; repeats are mentioned; open-ended size bins print as `N-`.
    @Test("text marks what the limits left out")
    func truncatedText() {
        let report = ClusteringEvaluator(options: .init(listLimit: 1, overlapLimit: 1, recordLimit: 1)).evaluate(
            prediction: [(EvalFixture.ref("a"), 0), (EvalFixture.ref("b"), 0), (EvalFixture.ref("c"), 0),
                         (EvalFixture.ref("a"), 1), (EvalFixture.ref("x"), 2), (EvalFixture.ref("z"), 2)],
            truth: EvalFixture.truth("a b | c"))
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("repeated records ignored: 1 in prediction, 0 in truth"))
        #expect(lines.contains("    entity T0 (2): s:a …"))
        #expect(lines.contains("    … 1 more"))
        #expect(lines.last == "only in prediction: s:x, 1 more")
    }

    @Test("JSON keys are snake_case and the report round-trips")
    func json() throws {
        let data = try JSONEncoder().encode(Self.mixed)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "schema_version", "records", "unmatched_in_prediction", "unmatched_in_truth",
            "duplicates_in_prediction", "duplicates_in_truth", "predicted_clusters", "true_entities",
            "false_merge_clusters", "false_split_entities", "pairwise", "b_cubed", "cluster_sizes",
            "false_merges", "false_splits", "unmatched_in_prediction_sample", "unmatched_in_truth_sample",
        ])
        let pairwise = try #require(object["pairwise"] as? [String: Any])
        #expect(Set(pairwise.keys) == [
            "precision", "recall", "f1", "true_positive_pairs", "predicted_pairs", "true_pairs",
        ])
        let merge = try #require((object["false_merges"] as? [[String: Any]])?.first)
        #expect(Set(merge.keys) == ["cluster", "size", "wrong_pairs", "entities", "omitted_entities"])
        let bucket = try #require((object["cluster_sizes"] as? [[String: Any]])?.first)
        #expect(Set(bucket.keys) == ["min_size", "max_size", "predicted_clusters", "true_entities"])
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == Self.mixed)
    }

    @Test(arguments: [
        (0.0, "0.0000"), (1.0, "1.0000"), (0.98765, "0.9877"), (0.44444, "0.4444"), (0.99999, "1.0000"),
        (1.0 / 3.0, "0.3333"), (2.0 / 3.0, "0.6667"),
    ])
    func fixedDecimals(value: Double, text: String) {
        #expect(EvaluationReport.fixed(value, digits: 4) == text)
    }
}
