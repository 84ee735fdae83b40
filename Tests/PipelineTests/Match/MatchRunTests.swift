import Foundation
import GoldenCore
import Match
import Pipeline
import Store
import Testing

@Suite(.serialized) struct MatchRunTests {
    /// The retail fixture, run once.
    static func retail() throws -> (TempWorkspace, RunSummary) {
        let workspace = try TempWorkspace(copying: "retail")
        return (workspace, try workspace.run())
    }

    @Test func aRunMatchesTrainsOnceAndIsIdempotent() throws {
        let (workspace, first) = try Self.retail()
        let match = try #require(first.match)
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        let counts = try runner.store.counts()
        #expect(match.records == counts.sources.reduce(0) { $0 + $1.normalized })
        #expect(match.candidatePairs > match.matchPairs)
        #expect(match.matchPairs > 0)
        #expect(match.trained)
        #expect(match.modelVersion == 1)
        #expect(match.blocking.count == MatchSettings.defaults.blocking.count)
        #expect(match.blocking.reduce(0) { $0 + $1.newPairs } == match.candidatePairs)
        let clustering = try #require(match.clustering)
        #expect(clustering.records == match.records)
        let clustersBefore = try runner.store.clusterAssignments()
        #expect(clustersBefore.count == match.records)
        let status = try WorkspaceStatus.read(configPath: workspace.config, recentRuns: 3)
        #expect(status.match.latestModel == 1)
        #expect(status.match.clusteredRecords == match.records)
        #expect(status.match.clusters == clustering.clusters)
        #expect(status.match.openReviews == match.reviewItems)
        #expect(status.text.contains("match: model v1, \(clustering.clusters) clusters over \(match.records) records"))

        let second = try workspace.run()
        let again = try #require(second.match)
        #expect(!again.trained)
        #expect(again.modelVersion == 1)
        // Nothing changed: an incremental run with nothing to match.
        #expect(again.mode == "incremental" && again.changedRecords == 0)
        #expect(again.matchPairs == 0 && again.candidatePairs == 0)
        #expect(try runner.store.reviewItems(status: "open").count == match.reviewItems)
        #expect(try runner.store.clusterAssignments() == clustersBefore)
    }

    @Test func retrainAndTrainSaveNewVersions() throws {
        let (workspace, _) = try Self.retail()
        var runner = try Runner(configPath: workspace.config, progress: .silent)
        let trained = try runner.train()
        #expect(trained.version == 2)
        #expect(trained.model.fits(runner.config.match.comparisons))
        #expect(trained.text.contains("given_name"))
        runner.retrain = true
        let summary = try runner.run(command: "match")
        #expect(summary.match?.trained == true)
        #expect(summary.match?.modelVersion == 3)
        // The same data and seed give the same model.
        let models = try runner.store.matchModels()
        #expect(models.map(\.version) == [1, 2, 3])
    }

    @Test func changedComparisonsRetrainTheModel() throws {
        let (workspace, _) = try Self.retail()
        try workspace.write(
            """
            comparisons:
              - attribute: given_name
                levels: [exact, nickname, "jaro_winkler>=0.9", else]
              - attribute: family_name
                levels: [exact, "jaro_winkler>=0.9", else]
              - attribute: email
                levels: [exact, else]
            """, to: "Mappings/match.yml")
        let summary = try workspace.run()
        #expect(summary.match?.trained == true)
        #expect(summary.match?.modelVersion == 2)
    }

    @Test func oversizedBlocksAreCountedAndWarned() throws {
        let (workspace, _) = try Self.retail()
        try workspace.write(
            """
            blocking:
              max_block_size: 3
              rules: [[city], [email]]
            """, to: "Mappings/match.yml")
        let match = try #require(try workspace.run().match)
        let city = try #require(match.blocking.first { $0.rule == "city" })
        #expect(city.oversizedBlocks > 0)
        #expect(city.oversizedRecords > 3 * city.oversizedBlocks)
        #expect(city.largestBlock <= 3)
        #expect(match.warnings.contains { $0.contains("city") })
    }

    @Test func explainsAPairWithoutValuesUnlessAsked() throws {
        let (workspace, _) = try Self.retail()
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        // Two records of one generated customer that the clustering joined.
        let truth = try String(contentsOfFile: workspace.path + "/truth.csv", encoding: .utf8)
        var byEntity: [String: [RecordRef]] = [:]
        for line in truth.split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",").map(String.init)
            byEntity[parts[2], default: []].append(RecordRef(source: parts[0], key: parts[1]))
        }
        let explainer = PairExplainer(config: runner.config, store: runner.store)
        var explained = 0
        for (_, refs) in byEntity.sorted(by: { $0.key < $1.key }) where refs.count >= 2 {
            let report = try explainer.explain(refs[0], refs[1], showValues: false)
            let parts = report.explanation.comparisons.reduce(report.explanation.priorWeight) { $0 + $1.weight + ($1.termFrequencyAdjustment ?? 0) }
            #expect(abs(parts - report.explanation.totalWeight) < 1e-9)
            #expect(report.values == nil)
            #expect(report.text.contains("probability"))
            #expect(report.sameCluster != nil)
            explained += 1
            if explained == 5 { break }
        }
        #expect(explained == 5)
        let withValues = try explainer.explain(
            byEntity.values.first { $0.count >= 2 }![0], byEntity.values.first { $0.count >= 2 }![1], showValues: true)
        #expect(withValues.values?.count == runner.config.match.comparisons.count)
        #expect(throws: GoldenError.self) {
            try explainer.explain(RecordRef(source: "pos", key: "nope"), RecordRef(source: "pos", key: "nope2"), showValues: false)
        }
    }

    @Test func evaluateNeedsClustersAndASource() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        let evaluation = ClusterEvaluation(config: runner.config, store: runner.store)
        #expect(throws: GoldenError.self) { try evaluation.evaluate(truthPath: workspace.path + "/truth.csv", source: nil) }
        try workspace.write("record_key,entity_id\n1,1\n", to: "plain.csv")
        let error = #expect(throws: GoldenError.self) {
            try evaluation.evaluate(truthPath: workspace.path + "/plain.csv", source: nil)
        }
        #expect(error?.code == .usage)
    }
}
