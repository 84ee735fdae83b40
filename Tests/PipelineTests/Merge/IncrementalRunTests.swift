import Foundation
import GoldenCore
import GoldenIO
import Pipeline
import Store
import Testing

/// Incremental runs — only new and changed records matched through the stored blocking index,
/// only the golden records around them rebuilt — leave the store exactly as `golden rebuild`
/// of the same data does: the same scored pairs, clusters, review items, golden ids, golden
/// records (byte for byte), golden facts (byte for byte), cross-reference and redirects.
@Suite(.serialized) struct IncrementalRunTests {
    /// Everything the Match and Merge stages write, as comparable text (times left out).
    struct Snapshot: Equatable {
        var pairs: [String] = []
        var clusters: [String] = []
        var reviews: [String] = []
        var goldens: [String] = []
        var facts: [String] = []
        var xref: [String] = []
        var redirects: [String] = []

        init(_ store: GoldenStore) throws {
            try store.forEachMatchPair { pairs.append("\($0.recordA) \($0.recordB) \($0.probability) \($0.weight) \($0.vector) \($0.band)") }
            try store.forEachClusterAssignment { clusters.append("\($0) \($1)") }
            reviews = try store.reviewItems(status: nil).map {
                "\($0.kind) \($0.status) \($0.recordA) \($0.recordB) \(String(describing: $0.probability)) \($0.reason)"
            }.sorted()
            try store.forEachGoldenRecord {
                goldens.append("\($0.sequence) \($0.goldenID) \($0.status) \($0.recordCount) \($0.record ?? "") \($0.history ?? "")")
            }
            facts = try store.goldenFactsRows().map { "\($0.sequence) \($0.goldenID) \($0.facts.hash) \($0.facts.bytes)" }
            try store.forEachXref { xref.append("\($0):\($1) \($2)") }
            xref.sort()
            redirects = try store.goldenRedirects().map { "\($0.retired) \($0.survivor) \($0.reason)" }.sorted()
        }
    }

    /// Feed files held back from the first run and delivered one step at a time.
    struct Plan: CustomTestStringConvertible, Sendable {
        var name: String
        var steps: [[String]]
        var testDescription: String { name }
    }

    static let plans = [
        Plan(name: "community profiles, then their activity", steps: [["community/profiles_001.xml.gz"], ["community/activity_001.xml.gz"]]),
        Plan(name: "community, then web orders", steps: [["community/profiles_001.xml.gz", "community/activity_001.xml.gz"], ["ecommerce/orders_001.csv.gz"]]),
        Plan(name: "loyalty members last", steps: [["loyalty/members_001.xml"]]),
        Plan(name: "web accounts, then tills", steps: [["ecommerce/accounts_001.csv.gz"], ["pos/pos_001.csv"]]),
    ]

    /// Runs the workspace with `held` files moved out, then delivers them step by step.
    static func deliver(_ plan: Plan, in workspace: TempWorkspace) throws -> [RunSummary] {
        let held = workspace.path + "/held"
        try FileManager.default.createDirectory(atPath: held, withIntermediateDirectories: true)
        for file in plan.steps.joined() {
            try FileManager.default.moveItem(atPath: workspace.path + "/feeds/" + file, toPath: held + "/" + file.replacingOccurrences(of: "/", with: "_"))
        }
        var summaries = [try workspace.run()]
        for step in plan.steps {
            for file in step {
                try FileManager.default.moveItem(atPath: held + "/" + file.replacingOccurrences(of: "/", with: "_"), toPath: workspace.path + "/feeds/" + file)
            }
            summaries.append(try workspace.run())
        }
        return summaries
    }

    static func rebuild(_ workspace: TempWorkspace) throws -> RunSummary {
        try Runner(configPath: workspace.config, progress: .silent).run(command: "rebuild")
    }

    @Test("feeds delivered run by run leave the store as a rebuild does", arguments: plans)
    func deliveriesEqualARebuild(plan: Plan) throws {
        let workspace = try TempWorkspace(copying: "retail")
        let summaries = try Self.deliver(plan, in: workspace)
        #expect(summaries.first?.match?.mode == "full")
        for summary in summaries.dropFirst() {
            #expect(summary.match?.mode == "incremental")
            #expect(summary.merge?.mode == "incremental")
            #expect((summary.match?.changedRecords ?? 0) < (summary.match?.reclusteredRecords ?? 0) + 1)
        }
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let incremental = try Snapshot(store)
        let rebuilt = try Self.rebuild(workspace)
        #expect(rebuilt.match?.mode == "full")
        #expect(rebuilt.merge?.mode == "full")
        #expect(rebuilt.merge?.created == 0 && rebuilt.merge?.updated == 0 && rebuilt.merge?.merged == 0)
        let full = try Snapshot(store)
        #expect(incremental.pairs == full.pairs)
        #expect(incremental.clusters == full.clusters)
        #expect(incremental.reviews == full.reviews)
        #expect(incremental.goldens == full.goldens)
        #expect(incremental.facts == full.facts)
        #expect(full.facts.count == full.goldens.count)
        #expect(incremental.xref == full.xref)
        #expect(incremental.redirects == full.redirects)
        #expect(!full.goldens.isEmpty)
    }

    @Test func aRerunWithNothingNewRebuildsNothing() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let before = try Snapshot(store)
        let again = try workspace.run()
        #expect(again.match?.mode == "incremental")
        #expect(again.match?.changedRecords == 0)
        #expect(again.merge?.rebuiltRecords == 0)
        #expect(try Snapshot(store) == before)
    }

    /// A till receipt delivered again, later, with another customer's name, phone and postcode:
    /// the record changes, leaves its cluster and may join another.
    @Test func aChangedRecordMovesAsInARebuild() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        // The till feed is Latin-1, as its mapping says.
        let lines = try String(contentsOfFile: workspace.path + "/feeds/pos/pos_001.csv", encoding: .isoLatin1)
            .split(whereSeparator: \.isNewline).map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let (name, phone, postcode, ts) = (header.firstIndex(of: "CUST_NAME")!, header.firstIndex(of: "CUST_PHONE")!,
            header.firstIndex(of: "CUST_POSTCODE")!, header.firstIndex(of: "TXN_TS")!)
        let customers = lines.dropFirst().filter { !$0[name].isEmpty && !$0[phone].isEmpty }
        try #require(customers.count >= 2)
        // Every line of the first customer's receipt, with the last customer's identity, a year later.
        let receipt = customers[0][0..<3]
        let other = customers[customers.count - 1]
        var changed = [header.joined(separator: ";")]
        for line in lines.dropFirst() where line[0..<3] == receipt {
            var line = line
            (line[name], line[phone], line[postcode]) = (other[name], other[phone], other[postcode])
            line[ts] = "01/11/2026 10:00"
            changed.append(line.joined(separator: ";"))
        }
        try #require((changed.joined(separator: "\n") + "\n").data(using: .isoLatin1))
            .write(to: URL(fileURLWithPath: workspace.path + "/feeds/pos/pos_002.csv"))
        let summary = try workspace.run()
        #expect(summary.match?.mode == "incremental")
        #expect(summary.match?.changedRecords == 1)
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let incremental = try Snapshot(store)
        _ = try Self.rebuild(workspace)
        #expect(try Snapshot(store) == incremental)
    }

    /// An order delivered again under another account: both accounts' histories change.
    @Test func anEventMovedToAnotherRecordChangesBothHistories() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let gzip = try GzipByteSource(
            wrapping: try FileByteSource(path: workspace.path + "/feeds/ecommerce/orders_001.csv.gz"), file: "orders")
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while case let count = try chunk.withUnsafeMutableBytes({ try gzip.read(into: $0) }), count > 0 { bytes += chunk[0..<count] }
        let text = try #require(String(bytes: bytes, encoding: .utf8))
        let rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let account = try #require(rows[0].firstIndex(of: "account_id"))
        let accounts = Array(Set(rows.dropFirst().map { $0[account] })).sorted()
        try #require(accounts.count >= 2)
        var moved = rows[1]
        moved[account] = accounts.first { $0 != moved[account] }!
        try workspace.write(rows[0].joined(separator: ",") + "\n" + moved.joined(separator: ",") + "\n", to: "feeds/ecommerce/orders_002.csv")
        let summary = try workspace.run()
        #expect(summary.merge?.mode == "incremental")
        #expect((summary.merge?.updated ?? 0) >= 2)
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let incremental = try Snapshot(store)
        _ = try Self.rebuild(workspace)
        #expect(try Snapshot(store) == incremental)
    }

    /// A message delivered again with another outcome: the golden record's JSON and history do
    /// not change (they keep no message outcomes), its facts do — and are rewritten.
    @Test func aChangeOnlyTheFactsSeeRewritesTheFacts() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let before = try Snapshot(store)
        let gzip = try GzipByteSource(
            wrapping: try FileByteSource(path: workspace.path + "/feeds/messaging/messages_001.csv.gz"), file: "messages")
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while case let count = try chunk.withUnsafeMutableBytes({ try gzip.read(into: $0) }), count > 0 { bytes += chunk[0..<count] }
        let rows = try #require(String(bytes: bytes, encoding: .utf8)).split(whereSeparator: \.isNewline)
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let action = try #require(rows[0].firstIndex(of: "action"))
        var changed = try #require(rows.dropFirst().first { $0[action] == "sent" })
        changed[action] = "unsubscribed"
        try workspace.write(rows[0].joined(separator: ",") + "\n" + changed.joined(separator: ",") + "\n", to: "feeds/messaging/messages_002.csv")
        let summary = try workspace.run()
        #expect(summary.merge?.mode == "incremental")
        #expect(summary.merge?.updated == 0)
        let incremental = try Snapshot(store)
        #expect(incremental.goldens == before.goldens)
        #expect(incremental.facts != before.facts)
        _ = try Self.rebuild(workspace)
        #expect(try Snapshot(store) == incremental)
    }

    /// Steward decisions put their records on the match queue: the next run re-clusters them
    /// alone, and a rebuild agrees.
    @Test func stewardDecisionsAreHonouredIncrementally() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        let desk = ReviewDesk(config: runner.config, store: runner.store)
        let open = try runner.store.reviewItems(status: "open").filter { $0.kind == "review_band" }
        try #require(open.count >= 2)
        let note = try StewardNote(actor: "test", reason: "checked")
        _ = try desk.accept(open[0].id, by: note)
        _ = try desk.reject(open[1].id, by: note)
        let summary = try workspace.run()
        #expect(summary.match?.mode == "incremental")
        #expect((summary.match?.changedRecords ?? 0) >= 2)
        let store = runner.store
        #expect(try store.clusterID(recordID: open[0].recordA) == store.clusterID(recordID: open[0].recordB))
        #expect(try store.clusterID(recordID: open[1].recordA) != store.clusterID(recordID: open[1].recordB))
        let incremental = try Snapshot(store)
        _ = try Self.rebuild(workspace)
        #expect(try Snapshot(store) == incremental)
    }

    @Test func changedMatchSettingsReResolveEverything() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        try workspace.write("blocking:\n  max_block_size: 777\n", to: "Mappings/match.yml")
        let summary = try workspace.run()
        #expect(summary.match?.mode == "full")
        #expect(summary.match?.fullReason == "the match settings changed")
        #expect(summary.merge?.mode == "full")
    }
}
