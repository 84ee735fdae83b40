import Foundation
import GRDB
import GoldenCore
import Store
import Testing

@testable import Pipeline

@Suite struct IngestRunTests {
    @Test func bundledWorkspaceAccountsForEveryRow() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let summary = try workspace.run()
        #expect(summary.exitCode == 0)
        #expect(summary.status == "ok")
        #expect(summary.files.count == 13)
        for file in summary.files {
            #expect(file.status == .ingested, "\(file.file)")
            #expect(file.rowsRead == file.rowsStored + file.rowsQuarantined, "\(file.file)")
            #expect(file.rowsRead > 0, "\(file.file)")
        }
        let quarantined = Dictionary(uniqueKeysWithValues: summary.files.map { ($0.file, $0.rowsQuarantined) })
        #expect(quarantined["feeds/pos/bad_pos.csv"] == 6)
        #expect(quarantined["feeds/ecommerce/accounts_bad.csv"] == 4)
        #expect(quarantined["feeds/loyalty/bad_members.xml"] == 2)
        #expect(summary.totals.rowsQuarantined == 12)

        // Every record the truth file names is stored under the key the mapping computes.
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        let truth = try String(contentsOfFile: workspace.path + "/truth.csv", encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(truth.count > 300)
        for row in truth {
            #expect(try store.record(source: String(row[0]), key: String(row[1])) != nil, "\(row[0]) \(row[1])")
        }
        // The good rows of the bad files are stored, with their lineage.
        let good = try #require(try store.record(source: "loyalty", key: "LBAD0003"))
        #expect(good.fields.first("given_name") == "Zoë")
        #expect(good.fields.first("family_name") == "O'Neill")
        #expect(good.fields.first("date_of_birth") == nil)
        #expect(good.lineage.elementPath == "/members/member[3]")
        let pos = try #require(try store.record(source: "pos", key: "0099|01|900001"))
        #expect(pos.fields.first("full_name") == "MÜLLER, JÜRGEN")

        var reasons: [String: Int] = [:]
        // The feeds' rows (the offer bank's bad rows are quarantined by the engage stage).
        try store.forEachQuarantined { if $0.row.source != "offers" { reasons[$0.row.reason.rawValue, default: 0] += 1 } }
        #expect(reasons == [
            "ragged-row": 2, "bad-value": 6, "missing-key": 3, "unbalanced-quote": 1, "invalid-encoding": 1,
        ] as [String: Int] || reasons.values.reduce(0, +) == 12)
    }

    /// A first load builds the events' index by customer at its end; a later one keeps it.
    @Test func firstLoadEndsWithTheEventsIndexedByCustomer() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let indexes = {
            try DatabaseQueue(path: workspace.path + "/golden.sqlite").read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events'")
            }
        }
        _ = try workspace.run()
        #expect(try indexes().contains("events_on_subject"))
        let path = workspace.path + "/feeds/ecommerce/accounts_bad.csv"
        try Data((try String(contentsOfFile: path, encoding: .isoLatin1) + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let again = try workspace.run()
        #expect(again.files.contains { $0.status == .ingested })
        #expect(try indexes().contains("events_on_subject"))
    }

    /// A feed file may be a symbolic link: whether it changed is judged by the file it points to.
    @Test(arguments: [false, true])
    func fileStatusFollowsSymbolicLinks(linked: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("export-2026-11-25.csv").path
        try Data(repeating: 65, count: 1234).write(to: URL(fileURLWithPath: target))
        let modified = Date(timeIntervalSince1970: 1_790_000_000.25)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: target)
        var path = target
        if linked {
            path = directory.appendingPathComponent("current.csv").path
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        }
        let status = try #require(IngestStage.status(path: path))
        #expect(status.size == 1234)
        #expect(status.modifiedAt == 1_790_000_000_250)
        #expect(IngestStage.status(path: directory.appendingPathComponent("missing.csv").path) == nil)
    }

    @Test func rerunningChangesNothing() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        let before = try store.counts()
        let again = try workspace.run()
        #expect(again.exitCode == 0)
        #expect(again.files.allSatisfy { $0.status == .skipped })
        #expect(again.totals.rowsRead == 0)
        #expect(try store.counts() == before)
        #expect(try store.recentRuns(limit: 10).count == 2)
    }

    @Test func changedFileUnderTheSameNameIsANewBatch() throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let path = workspace.path + "/feeds/ecommerce/accounts_bad.csv"
        var text = try String(contentsOfFile: path, encoding: .isoLatin1)
        text += "A-NEW0001,new@example.com,Eve,Stone,,,,,,,,US,2026-02-01T10:00:00Z,1760000000\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let summary = try workspace.run()
        let changed = try #require(summary.files.first { $0.file == "feeds/ecommerce/accounts_bad.csv" })
        #expect(changed.status == .ingested)
        #expect(changed.rowsRead == 6)
        #expect(summary.files.filter { $0.status == .skipped }.count == 12)
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        #expect(try store.record(source: "ecommerce_accounts", key: "A-NEW0001") != nil)
        #expect(try store.sightings(source: "ecommerce_accounts", key: "A-BAD001")?.timesSeen == 2)
    }

    /// Files that break off keep the rows before the break and make the run incomplete (exit 1).
    @Test(arguments: [
        ("broken/orders_truncated.csv.gz", "feeds/ecommerce/orders_truncated.csv.gz", QuarantineReason.fileError, 1...Int.max),
        ("broken/orders_garbage.csv.gz", "feeds/ecommerce/orders_garbage.csv.gz", .fileError, 0...Int.max),
        // 40 good members, then a mismatched tag in the 41st: every member before it is kept.
        ("broken/members_broken.xml", "feeds/loyalty/members_broken.xml", .fileError, 40...40),
        ("broken/profiles_xxe.xml", "feeds/community/profiles_xxe.xml", .unsafeInput, 0...0),
        ("broken/profiles_laughs.xml", "feeds/community/profiles_laughs.xml", .unsafeInput, 0...0),
    ])
    func brokenFiles(fixture: String, target: String, reason: QuarantineReason, stored: ClosedRange<Int>) throws {
        let workspace = try TempWorkspace()
        try workspace.add(fixture: fixture, as: target)
        let summary = try workspace.run()
        #expect(summary.exitCode == 1)
        #expect(summary.status == "incomplete")
        let file = try #require(summary.files.first)
        #expect(file.status == .incomplete)
        #expect(stored.contains(file.rowsStored), "\(file.rowsStored) rows stored")
        #expect(file.rowsRead == file.rowsStored + file.rowsQuarantined)
        #expect(file.error != nil)
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        var rows: [QuarantinedRow] = []
        try store.forEachQuarantined { rows.append($0.row) }
        let last = try #require(rows.last)
        #expect(last.reason == reason)
        #expect(!last.message.contains("root:"), "no file content in messages")
        #expect(!(file.error ?? "").contains("root:"))
        // Re-running skips the same content: the store does not change and the run is clean.
        let again = try workspace.run()
        #expect(again.files.first?.status == .skipped)
        #expect(again.exitCode == 0)
    }

    @Test func truncatedGzipKeepsRowsBeforeTheBreak() throws {
        let workspace = try TempWorkspace()
        try workspace.write("account_id,email,first_name,last_name,phone,birthday,street,apt,city,state,zip,country,created_at,last_login\n", to: "feeds/ecommerce/accounts_001.csv")
        try workspace.add(fixture: "broken/orders_truncated.csv.gz", as: "feeds/ecommerce/orders_truncated.csv.gz")
        let summary = try workspace.run()
        let orders = try #require(summary.files.first { $0.source == "ecommerce_orders" })
        #expect(orders.rowsStored > 500)
        #expect(orders.error?.contains("truncated") == true)
    }

    @Test func brokenXMLKeepsEveryMemberBeforeTheBreak() throws {
        let workspace = try TempWorkspace()
        try workspace.add(fixture: "broken/members_broken.xml", as: "feeds/loyalty/members_broken.xml")
        let summary = try workspace.run()
        let members = try #require(summary.files.first)
        #expect(members.rowsStored == 40)
        // The mismatched end tag of the 41st member is on line 43.
        #expect(members.error?.contains("members_broken.xml:43:") == true, "\(members.error ?? "no error")")
    }

    @Test func quarantineAboveTheLimitExitsWithThree() throws {
        let workspace = try TempWorkspace()
        try workspace.write("account_id,email,first_name,last_name,phone,birthday,street,apt,city,state,zip,country,created_at,last_login\nA1,a@b.c,A,B,,,,,,,,US,2020-01-01,1\n,x@y.z,C,D,,,,,,,,US,2020-01-01,1\n", to: "feeds/ecommerce/accounts_001.csv")
        let summary = try workspace.run()
        #expect(summary.exitCode == 3)
        #expect(summary.status == "quarantine-limit")
        #expect(summary.quarantineShare == 0.5)
    }

    @Test func missingColumnIsAFileErrorNamingTheMappingKey() throws {
        let workspace = try TempWorkspace()
        try workspace.write("account_id,mail\nA1,a@b.c\n", to: "feeds/ecommerce/accounts_001.csv")
        let summary = try workspace.run()
        let file = try #require(summary.files.first)
        #expect(file.status == .incomplete)
        #expect(file.error?.contains("no column") == true)
        #expect(file.error?.contains("record.fields") == true || file.error?.contains("record.") == true)
    }

    @Test func configErrorsExitWithTwo() throws {
        let workspace = try TempWorkspace()
        try workspace.write("store: golden.sqlite\nsources:\n  - name: pos\n    kind: pos\n    mapping: Mappings/pos.yml\n    file: [x]\n", to: "golden.yml")
        #expect {
            _ = try workspace.run()
        } throws: { error in
            let error = error as? GoldenError
            return error?.exitCode == 2 && error?.location?.line == 6 && error?.location?.key == "sources[0].file"
        }
    }

    @Test(arguments: [QuarantineExport.Format.csv, .jsonl], [false, true])
    func exportsQuarantine(format: QuarantineExport.Format, gzip: Bool) throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let out = workspace.path + "/out.\(format)"
        let count = try QuarantineExport.write(configPath: workspace.config, format: format, gzip: gzip, to: out)
        // 12 bad feed rows and the offer bank's 3 bad rows.
        #expect(count == 15)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        if gzip {
            #expect(bytes.prefix(2) == Data([0x1f, 0x8b]))
        } else {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("ragged-row"))
            #expect(text.contains("feeds/pos/bad_pos.csv"))
            if format == .jsonl {
                let lines = text.split(separator: "\n")
                #expect(lines.count == 15)
                for line in lines {
                    #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
                }
            }
        }
    }
}
