import Quality

extension QualityReport {
    /// The fields the text and HTML forms show as columns, when a source measures them.
    static let headlineFields = ["email", "phone", "postcode", "address", "name", "date_of_birth"]

    /// The report for a terminal: headline figures, one table of sources, the checks that warned
    /// or failed, and the trend.
    public var text: String {
        var lines: [String] = []
        lines.append("quality report as of \(metadata.asOf)")
        let queue = match.reviewQueueByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        lines.append(
            "golden records \(golden.active) (\(golden.retired) retired) from \(golden.sourceRecords) source records; "
                + "review queue \(match.reviewQueue) open" + (queue.isEmpty ? "" : " (\(queue.joined(separator: ", ")))"))
        let records = golden.freshness
        lines.append(
            "freshness: \(records.fresh) fresh, \(records.warn) warn, \(records.stale) stale, \(records.unknown) unknown; "
                + "\(golden.dormant) dormant")
        var rows = [["attribute", "fresh", "warn", "stale", "unknown"]]
        for (name, counts) in golden.attributes.sorted(by: { $0.key < $1.key }) {
            rows.append(["  " + name, String(counts.fresh), String(counts.warn), String(counts.stale), String(counts.unknown)])
        }
        if rows.count > 1 { lines += ReportFormat.table(rows) }
        lines.append("golden records by size: " + golden.clusterSizes.filter { $0.count > 0 }.map { "\($0.label): \($0.count)" }.joined(separator: ", "))

        var header = ["source", "status", "records", "quarantined"]
        let fields = Self.headlineFields.filter { field in results.contains { $0.fields[field] != nil } }
        header += fields.map { "\($0) valid/complete" }
        var sourceRows = [header]
        for result in results {
            var row = [result.source, result.status, String(result.records), ReportFormat.percent(result.quarantineRate)]
            row += fields.map { field in
                result.fields[field].map { "\(ReportFormat.percent($0.validity)) / \(ReportFormat.percent($0.completeness))" } ?? ""
            }
            sourceRows.append(row)
        }
        lines += ReportFormat.table(sourceRows, leftAligned: 2)

        let outcomes = results.flatMap(\.checks)
        let failed = outcomes.filter { $0.level == .fail }, warned = outcomes.filter { $0.level == .warn }
        lines.append("checks: \(outcomes.count), \(warned.count) warned, \(failed.count) failed")
        lines += failed.map { "  fail: \($0.message)" }
        lines += warned.map { "  warn: \($0.message)" }
        if !trend.isEmpty {
            lines.append("trend over the last \(trend.count) run(s):")
            var trendRows = [["run", "as of", "golden", "fresh", "warn", "stale", "dormant", "failed"]]
            for point in trend {
                trendRows.append([
                    String(point.runId), point.asOf, String(point.goldenRecords), String(point.fresh), String(point.warn),
                    String(point.stale), String(point.dormant), String(point.checksFailed),
                ])
            }
            lines += ReportFormat.table(trendRows, leftAligned: 2).map { "  " + $0 }
        }
        if let engaged = engagement.last {
            lines.append(engaged.text)
        }
        return lines.joined(separator: "\n")
    }
}
