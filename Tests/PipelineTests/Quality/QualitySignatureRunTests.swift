import GoldenCore
import Pipeline
import Quality
import Store
import Testing

/// Source profiles from the quality signatures stored at normalize time are those from decoding
/// every normalized record, on stores whose records were all signed and on stores with records
/// normalized before `v11-quality-signature`.
@Suite(.serialized) struct QualitySignatureRunTests {
    static let asOf = Timestamp(iso8601: "2024-09-01T00:00:00Z")!

    /// The retail fixture, run end to end.
    static func retail() throws -> (workspace: TempWorkspace, runner: Runner) {
        let workspace = try TempWorkspace(copying: "retail")
        var runner = try Runner(configPath: workspace.config, progress: .silent)
        runner.asOf = asOf
        _ = try runner.run(command: "run")
        return (workspace, runner)
    }

    /// The profiles the Quality stage measures now.
    static func measured(_ runner: Runner) throws -> [SourceProfile] {
        try QualityStage(config: runner.config, store: runner.store, threads: 2, asOf: asOf).evaluate().profiles
    }

    /// `profiles` measured again by decoding every normalized record and adding it, as the Quality
    /// stage did before signatures: same sources, fields and file counts.
    static func byRecords(_ profiles: [SourceProfile], store: GoldenStore) throws -> [SourceProfile] {
        var fresh = Dictionary(uniqueKeysWithValues: profiles.map { profile -> (String, SourceProfile) in
            var empty = SourceProfile(source: profile.source, fields: profile.fields)
            empty.rowsRead = profile.rowsRead
            empty.rowsQuarantined = profile.rowsQuarantined
            return (profile.source, empty)
        })
        try store.forEachNormalized { _, record in fresh[record.source]?.add(record) }
        return profiles.compactMap { fresh[$0.source] }
    }

    @Test func aProfileFromSignaturesIsTheProfileFromRecords() throws {
        let (_, runner) = try Self.retail()
        let profiles = try Self.measured(runner)
        #expect(try runner.store.unsignedNormalizedCount() == 0)
        #expect(profiles.count == runner.config.sources.count)
        #expect(profiles.contains { $0.records > 0 && $0.counts.contains { $0.invalid + $0.placeholder > 0 } })
        #expect(try profiles == Self.byRecords(profiles, store: runner.store))
    }

    /// Every `stride`-th normalized record stored again without a signature, as a store normalized
    /// before `v11-quality-signature` holds it: still measured alike, and signed by the next
    /// Normalize run.
    @Test(arguments: [1, 3])
    func recordsWithoutASignatureAreDecodedThenSignedByNormalize(stride: Int) throws {
        let (_, runner) = try Self.retail()
        let signed = try Self.measured(runner)
        var unsigned: [EncodedNormalizedRecord] = []
        var index = 0
        try runner.store.forEachNormalized { id, record in
            if index % stride == 0 { unsigned.append(EncodedNormalizedRecord(recordID: id, record)) }
            index += 1
        }
        try runner.store.writeNormalized(unsigned, runID: 1)
        #expect(try runner.store.unsignedNormalizedCount() == unsigned.count)
        #expect(try Self.measured(runner) == signed)

        let summary = try NormalizeStage(config: runner.config, store: runner.store, threads: 2).run(runID: 1)
        #expect(summary.records == 0)
        #expect(try runner.store.unsignedNormalizedCount() == 0)
        #expect(try Self.measured(runner) == signed)
    }
}
