import Foundation
import GoldenCore
import GoldenIO
import Pipeline
import Store
import Testing

@Suite struct GoldenExportTests {
    /// The retail fixture, run.
    static func workspace() throws -> TempWorkspace {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        return workspace
    }

    static func lines(of path: String, gzip: Bool) throws -> [String] {
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if gzip {
            let source = try ByteSources.open(path: path)
            var all: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if count == 0 { break }
                all += buffer[0..<count]
            }
            bytes = Data(all)
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(
        arguments: [
            (GoldenExport.Table.golden, TableExport.Format.csv, false, "golden_id,record_count,display_name"),
            (.golden, .jsonl, true, #"{"golden_id":"G"#),
            (.xref, .csv, false, "source,record_key,golden_id"),
            (.xref, .jsonl, false, #"{"source":"#),
            (.events, .csv, true, "source,key,golden_id,subject_source"),
            (.review, .csv, false, "id,kind,status,source_a"),
            (.review, .jsonl, false, #"{"id":"#),
        ])
    func exportsEveryRow(table: GoldenExport.Table, format: TableExport.Format, gzip: Bool, start: String) throws {
        let workspace = try Self.workspace()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        let out = workspace.path + "/out-\(table.rawValue).\(format.rawValue)" + (gzip ? ".gz" : "")
        let count = try GoldenExport.write(table, configPath: workspace.config, format: format, gzip: gzip, to: out)
        let lines = try Self.lines(of: out, gzip: gzip)
        #expect(lines.count == count + (format == .csv ? 1 : 0))
        #expect(lines.first?.hasPrefix(start) == true)
        let golden = try store.goldenCounts()
        switch table {
        case .golden: #expect(count == golden.active)
        case .xref: #expect(count == golden.records)
        case .events: #expect(count == (try store.counts().sources.reduce(0) { $0 + $1.events }))
        case .review: #expect(count == (try store.reviewItems(status: nil).count))
        }
        if format == .jsonl {
            for line in lines {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any])
            }
        }
    }

    /// Every event carries the golden id of its subject record (read from the listing index,
    /// not the table): the one the cross-reference gives, or none for a subject no feed holds.
    @Test func eventsCarryTheGoldenIdOfTheirSubject() throws {
        let workspace = try Self.workspace()
        let store = try Runner(configPath: workspace.config, progress: .silent).store
        var golden: [String: String] = [:]
        try store.forEachXref { golden["\($0)\u{1F}\($1)"] = $2 }
        var (carried, mismatched) = (0, 0)
        try store.forEachEventWithGolden { event, id in
            if id != golden["\(event.subjectSource)\u{1F}\(event.subjectKey)"] { mismatched += 1 }
            if id != nil { carried += 1 }
        }
        #expect(carried > 100 && mismatched == 0)
    }

    @Test func goldenRecordsCarryTheirValuesAndLineage() throws {
        let workspace = try Self.workspace()
        let out = workspace.path + "/golden.jsonl"
        try GoldenExport.write(.golden, configPath: workspace.config, format: .jsonl, gzip: false, to: out)
        var withLineage = 0
        for line in try Self.lines(of: out, gzip: false) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let record = try #require(object["record"] as? [String: Any])
            let history = try #require(object["history"] as? [String: Any])
            #expect(history["purchases"] is Int)
            if let emails = record["emails"] as? [[String: Any]], let first = emails.first {
                #expect(first["preferred"] as? Bool == true)
                #expect((first["lineage"] as? [[String: Any]])?.first?["record_id"] is Int)
                #expect(first["last_asserted_at"] != nil)
                withLineage += 1
            }
        }
        #expect(withLineage > 0)
    }
}
