import GoldenCore
import Merge
import Pipeline
import Store
import Testing

/// The Merge stage reads a store on disk on a thread of its own, through a second connection,
/// while the merge transaction writes; an in-memory store (one connection) is read inline. Both
/// must build the same golden records, whatever the batch size.
@Suite(.serialized) struct MergeReadPathTests {
    /// Each golden record's member count, record JSON and history JSON, by golden id.
    static func goldens(_ store: GoldenStore) throws -> [String: String] {
        var goldens: [String: String] = [:]
        try store.forEachGoldenRecord { stored in
            goldens[stored.goldenID] = "\(stored.recordCount)\u{1E}\(stored.record ?? "")\u{1E}\(stored.history ?? "")"
        }
        return goldens
    }

    /// Ingest, normalize, match and merge over `store`, with the workspace's settings.
    static func run(_ config: WorkspaceConfig, on store: GoldenStore, batchSize: Int) throws -> MergeSummary {
        let runID = try store.beginRun(command: "run", at: .now)
        _ = try IngestStage(config: config, store: store).run(runID: runID)
        _ = try NormalizeStage(config: config, store: store, threads: 2).run(runID: runID)
        _ = try MatchStage(config: config, store: store, threads: 2).run(runID: runID)
        var merge = MergeStage(config: config, store: store, threads: 2)
        merge.batchSize = batchSize
        return try merge.run(runID: runID)
    }

    @Test("a store on disk read alongside the writes builds what one in memory does", arguments: [MergeStage.defaultBatchSize, 7, 1])
    func bothReadPathsBuildTheSameGoldenRecords(batchSize: Int) throws {
        let workspace = try TempWorkspace(copying: "retail")
        // Two orders of an account no feed holds: events that belong to no record.
        try workspace.write(
            """
            order_id,account_id,ordered_at,status,total,currency,item_count,skus
            O900000001,A-UNKNOWN,2026-06-01T10:00:00Z,completed,10.00,GBP,1,30011038
            O900000002,A-UNKNOWN,2026-06-02T10:00:00Z,completed,12.00,GBP,1,30011038

            """, to: "feeds/ecommerce/orders_900.csv")
        let config = try WorkspaceConfig.load(path: workspace.config)
        let memory = try GoldenStore.inMemory()
        #expect(!memory.readsAlongsideWrites)
        let inline = try Self.run(config, on: memory, batchSize: MergeStage.defaultBatchSize)

        let disk = try GoldenStore(path: workspace.path + "/golden.sqlite")
        #expect(disk.readsAlongsideWrites)
        let piped = try Self.run(config, on: disk, batchSize: batchSize)

        #expect(piped.goldenRecords == inline.goldenRecords && piped.goldenRecords > 0)
        #expect(piped.records == inline.records)
        #expect(piped.events == inline.events && piped.events > 0)
        #expect(piped.conflicts == inline.conflicts)
        #expect(try Self.goldens(disk) == Self.goldens(memory))
        #expect(try MergeRunTests.partition(disk) == MergeRunTests.partition(memory))

        // Events of no clustered record: the stored events less those the merge read, which is
        // what the cross-reference says of each event.
        var unattached = 0
        try disk.forEachEventWithGolden { _, golden in if golden == nil { unattached += 1 } }
        #expect(unattached == 2)
        #expect(piped.unattachedEvents == unattached)
        #expect(inline.unattachedEvents == unattached)
    }
}
