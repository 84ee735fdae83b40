import Foundation
import GoldenCore
import Merge
import Pipeline
import Quality
import Store
import Testing

/// The report on the retail fixture holds the figures counted here independently, from the
/// store's raw rows and the run summaries rather than through the Quality module.
@Suite(.serialized) struct QualityReportTests {
    static let asOf = Timestamp(iso8601: "2024-09-01T00:00:00Z")!

    @Test func theReportOnTheRetailFixtureHoldsTheStoresFigures() throws {
        let fixture = try TempWorkspace(copying: "retail")
        // A folder name that needs escaping in HTML.
        let folder = fixture.path + "/a<b>&\"c"
        try FileManager.default.createDirectory(atPath: fixture.path + "/tmp", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: fixture.path + "/golden.yml", toPath: fixture.path + "/tmp/golden.yml")
        try FileManager.default.moveItem(atPath: fixture.path + "/tmp", toPath: folder)
        for item in ["Mappings", "feeds"] { try FileManager.default.moveItem(atPath: fixture.path + "/" + item, toPath: folder + "/" + item) }
        let configPath = folder + "/golden.yml"

        var runner = try Runner(configPath: configPath, progress: .silent)
        runner.asOf = Timestamp(iso8601: "2024-06-01T00:00:00Z")!
        let first = try runner.run(command: "run")
        runner.asOf = Self.asOf
        let second = try runner.run(command: "run")
        let store = runner.store
        let report = try QualityReport.make(config: runner.config, store: store, asOf: Self.asOf)

        // Golden records and their sizes, from the cross-reference.
        var members: [String: Int] = [:]
        try store.forEachXref { _, _, golden in members[golden, default: 0] += 1 }
        #expect(report.golden.active == members.count)
        #expect(report.golden.sourceRecords == members.values.reduce(0, +))
        var sizes: [Int: Int] = [:]
        for count in members.values { sizes[count, default: 0] += 1 }
        for size in 1...5 {
            #expect(report.golden.clusterSizes.first { $0.label == String(size) }?.count == sizes[size, default: 0])
        }
        #expect(report.golden.clusterSizes.reduce(0) { $0 + $1.count } == members.count)
        #expect(report.match.reviewQueue == (try store.reviewItemCount(status: "open")))

        // Quarantined rows per source, from the quarantine table; rows read from the first run's files.
        var quarantined: [String: Int] = [:]
        try store.forEachQuarantined { quarantined[$0.row.source, default: 0] += 1 }
        var read: [String: Int] = [:]
        for file in first.files { read[file.source, default: 0] += file.rowsRead }
        for result in report.results {
            #expect(result.rowsQuarantined == quarantined[result.source, default: 0])
            #expect(result.rowsRead == read[result.source, default: 0])
        }

        // E-mail validity per source, from the normalized records' values and findings.
        var emails: [String: (valid: Int, invalid: Int)] = [:]
        try store.forEachNormalized { _, record in
            if record.emails.contains(where: { $0.status.isUsable }) {
                emails[record.source, default: (0, 0)].valid += 1
            } else if record.findings.contains(where: { $0.attribute == .email && $0.kind == .invalid }) {
                emails[record.source, default: (0, 0)].invalid += 1
            }
        }
        for result in report.results {
            guard let field = result.fields["email"], let counts = emails[result.source] else { continue }
            #expect(field.counts.valid == counts.valid)
            #expect(field.validity == Double(counts.valid) / Double(counts.valid + counts.invalid))
        }
        #expect(report.results.contains { $0.fields["email"] != nil })

        // Dormant customers: last event (else latest assertion) more than 12 months before as-of,
        // with Foundation's calendar.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let asOfDate = Date(timeIntervalSince1970: TimeInterval(Self.asOf.secondsSinceEpoch))
        var dormant = 0
        try store.forEachGoldenRecord { stored in
            let record: GoldenRecord = try MergeJSON.decode(try #require(stored.record))
            let history = try MergeJSON.decode(try #require(stored.history), as: HistorySummary.self)
            var times = history.lastActivity.compactMap(\.lastAt)
            if times.isEmpty {
                times = (record.emails.compactMap(\.lastAssertedAt) + record.phones.compactMap(\.lastAssertedAt)
                    + [record.name?.lastAssertedAt, record.address?.lastAssertedAt, record.dateOfBirth?.lastAssertedAt,
                       record.gender?.lastAssertedAt].compactMap { $0 ?? nil }
                    + record.loyaltyCards.compactMap(\.lastAssertedAt) + record.accountIds.compactMap(\.lastAssertedAt)
                    + record.usernames.compactMap(\.lastAssertedAt))
            }
            guard let last = times.max() else { return }
            let limit = calendar.date(byAdding: .month, value: 12, to: Date(timeIntervalSince1970: TimeInterval(last.secondsSinceEpoch)))!
            if asOfDate > limit { dormant += 1 }
        }
        #expect(report.golden.dormant == dormant)
        #expect(report.golden.freshness.total == members.count)

        // The trend: both runs, oldest first.
        #expect(report.trend.map(\.runId) == [first.runID, second.runID])
        #expect(report.trend.last?.dormant == second.quality?.dormant)

        // The three forms.
        #expect(report.text.contains("golden records \(members.count) (0 retired)"))
        let html = report.html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<b>\(members.count)</b>golden records"))
        #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
        #expect(html.components(separatedBy: "<svg").count >= 5)
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"))
        #expect(!html.contains("a<b>&\"c") && html.contains("a&lt;b&gt;&amp;&quot;c"))

        let written = try report.write(to: fixture.path + "/report")
        #expect(written.map { ($0 as NSString).lastPathComponent } == [QualityReport.htmlFile, QualityReport.jsonFile])
        let data = try #require(FileManager.default.contents(atPath: fixture.path + "/report/" + QualityReport.jsonFile))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.map { $0["unique_id"] as? String } == runner.config.sources.map { "source." + $0.name })
        let golden = try #require(json["golden"] as? [String: Any])
        #expect(golden["active"] as? Int == members.count)
        #expect((json["metadata"] as? [String: Any])?["as_of"] as? String == "2024-09-01T00:00:00Z")
    }
}
