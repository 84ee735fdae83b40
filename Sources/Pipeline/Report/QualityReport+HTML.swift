import Quality

extension QualityReport {
    /// The report as one self-contained HTML page: inline CSS and SVG charts, no scripts, no
    /// external assets. Every text taken from the workspace is escaped.
    public var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Golden data-quality report</title>
            <style>
            body{font-family:sans-serif;margin:2em;color:#222;max-width:1100px}
            h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:.6em 0}td,th{padding:3px 8px;border-bottom:1px solid #eee;text-align:right}
            td:first-child,th:first-child{text-align:left}.cards{display:flex;flex-wrap:wrap;gap:12px}
            .card{border:1px solid #ddd;border-radius:6px;padding:8px 14px;min-width:120px}
            .card b{display:block;font-size:1.5em}.pass{color:#2e7d32}.warn{color:#b26a00}.error,.fail{color:#c62828}
            </style></head><body>

            """
        page += "<h1>Golden data-quality report</h1>\n<p>As of <b>\(e(metadata.asOf))</b>; generated \(e(metadata.generatedAt)) "
            + "from <code>\(e(metadata.config))</code>.</p>\n"
        page += cards + checksSection + freshnessSection + sourcesSection + matchSection + engagementSection + trendSection
        return page + "</body></html>\n"
    }

    private func e(_ text: String) -> String { ReportFormat.escape(text) }

    private var outcomes: [CheckOutcome] { results.flatMap(\.checks) }

    private var cards: String {
        let failed = outcomes.count { $0.level == .fail }, warned = outcomes.count { $0.level == .warn }
        let items: [(String, String)] = [
            ("golden records", String(golden.active)), ("retired ids", String(golden.retired)),
            ("source records", String(golden.sourceRecords)), ("review queue", String(match.reviewQueue)),
            ("stale records", String(golden.freshness.stale)), ("dormant", String(golden.dormant)),
            ("checks failed", String(failed)), ("checks warned", String(warned)),
        ]
        return "<div class=\"cards\">"
            + items.map { "<div class=\"card\"><b>\(e($1))</b>\(e($0))</div>" }.joined() + "</div>\n"
    }

    private var checksSection: String {
        var html = "<h2>Checks</h2>\n"
        let flagged = outcomes.filter { $0.level != .pass }.sorted { $0.level > $1.level }
        html += "<p>\(outcomes.count) checks; \(flagged.isEmpty ? "all passed" : "\(flagged.count) did not pass").</p>\n"
        guard !flagged.isEmpty else { return html }
        html += "<table><tr><th>level</th><th>source</th><th>field</th><th>metric</th><th>value</th><th>threshold</th></tr>\n"
        for outcome in flagged {
            html += "<tr><td class=\"\(outcome.level.rawValue)\">\(outcome.level.rawValue)</td><td>\(e(outcome.source))</td>"
                + "<td>\(e(outcome.field?.rawValue ?? ""))</td><td>\(outcome.metric.rawValue)</td>"
                + "<td>\(ReportFormat.percent(outcome.value))</td><td>\(ReportFormat.percent(outcome.threshold))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    static func segments(_ counts: StatusCounts) -> [SVGChart.Item] {
        [
            SVGChart.Item(label: "fresh", value: Double(counts.fresh), color: SVGChart.Palette.green),
            SVGChart.Item(label: "warn", value: Double(counts.warn), color: SVGChart.Palette.amber),
            SVGChart.Item(label: "stale", value: Double(counts.stale), color: SVGChart.Palette.red),
            SVGChart.Item(label: "unknown", value: Double(counts.unknown), color: SVGChart.Palette.grey),
        ]
    }

    private var freshnessSection: String {
        var html = "<h2>Freshness</h2>\n<p>A value's age runs from the last time any source asserted it. "
            + "\(golden.dormant) of \(golden.freshness.total) customers are dormant.</p>\n"
        var rows = [(label: "golden records", segments: Self.segments(golden.freshness))]
        for (name, counts) in golden.attributes.sorted(by: { $0.key < $1.key }) {
            rows.append((label: name, segments: Self.segments(counts)))
        }
        html += SVGChart.stacked(rows, title: "Freshness of golden records and of their preferred values") + "\n"
        html += "<h3>Time since last activity</h3>\n"
        html += SVGChart.columns(
            golden.activityAge.map { SVGChart.Item(label: $0.label, value: Double($0.count), color: SVGChart.Palette.teal) },
            title: "Customers by time since their last activity", width: 620) + "\n"
        return html
    }

    private var sourcesSection: String {
        var html = "<h2>Sources</h2>\n"
        html += "<table><tr><th>source</th><th>kind</th><th>status</th><th>records</th><th>rows read</th>"
            + "<th>quarantined</th><th>latest record</th></tr>\n"
        for result in results {
            html += "<tr><td>\(e(result.source))</td><td>\(e(result.kind))</td>"
                + "<td class=\"\(e(result.status))\">\(e(result.status))</td><td>\(result.records)</td><td>\(result.rowsRead)</td>"
                + "<td>\(result.rowsQuarantined) (\(ReportFormat.percent(result.quarantineRate)))</td>"
                + "<td>\(e(result.maxObservedAt ?? "–"))</td></tr>\n"
        }
        html += "</table>\n"
        for result in results where !result.fields.isEmpty {
            html += "<h3>\(e(result.source))</h3>\n<p>Completeness and validity per field:</p>\n"
            let groups = result.fields.sorted { $0.key < $1.key }.map { name, field in
                (label: name, bars: [
                    SVGChart.Item(label: "completeness", value: field.completeness ?? 0, color: SVGChart.Palette.blue),
                    SVGChart.Item(label: "validity", value: field.validity ?? 0, color: SVGChart.Palette.green),
                ])
            }
            html += SVGChart.shares(groups, title: "Completeness and validity of \(result.source)'s fields") + "\n"
            html += "<table><tr><th>field</th><th>valid</th><th>corrected</th><th>invalid</th><th>placeholder</th><th>null</th>"
                + "<th>validity</th><th>completeness</th><th>null rate</th><th>placeholder rate</th></tr>\n"
            for (name, field) in result.fields.sorted(by: { $0.key < $1.key }) {
                let counts = field.counts
                html += "<tr><td>\(e(name))</td><td>\(counts.valid)</td><td>\(counts.corrected)</td><td>\(counts.invalid)</td>"
                    + "<td>\(counts.placeholder)</td><td>\(counts.null)</td><td>\(ReportFormat.percent(field.validity))</td>"
                    + "<td>\(ReportFormat.percent(field.completeness))</td><td>\(ReportFormat.percent(field.nullRate))</td>"
                    + "<td>\(ReportFormat.percent(field.placeholderRate))</td></tr>\n"
            }
            html += "</table>\n"
            if !result.freshness.isEmpty {
                let rows = result.freshness.sorted { $0.key < $1.key }.map { (label: $0.key, segments: Self.segments($0.value)) }
                html += "<p>Freshness of the preferred values \(e(result.source)) asserted, by its own latest assertion:</p>\n"
                html += SVGChart.stacked(rows, title: "Freshness of what \(result.source) asserts") + "\n"
            }
        }
        return html
    }

    private var matchSection: String {
        var html = "<h2>Match and merge</h2>\n"
        html += SVGChart.columns(
            golden.clusterSizes.map { SVGChart.Item(label: $0.label, value: Double($0.count)) },
            title: "Golden records by the number of source records they gather") + "\n"
        html += "<table><tr><th>figure</th><th>count</th></tr>\n"
        var rows: [(String, Int)] = [
            ("clustered records", match.clusteredRecords), ("clusters", match.clusters), ("review queue (open)", match.reviewQueue),
        ]
        rows += match.pairsByBand.sorted { $0.key < $1.key }.map { ("pairs: \($0.key)", $0.value) }
        rows += match.reviewQueueByKind.sorted { $0.key < $1.key }.map { ("open reviews: \($0.key)", $0.value) }
        html += rows.map { "<tr><td>\(e($0))</td><td>\($1)</td></tr>\n" }.joined()
        return html + "</table>\n"
    }

    private var trendSection: String {
        var html = "<h2>Trend</h2>\n"
        guard !trend.isEmpty else { return html + "<p>No run has stored a quality result yet.</p>\n" }
        let labels = trend.map { "run \($0.runId)" }
        html += SVGChart.lines(
            [
                ("fresh", SVGChart.Palette.green, trend.map { Double($0.fresh) }),
                ("warn", SVGChart.Palette.amber, trend.map { Double($0.warn) }),
                ("stale", SVGChart.Palette.red, trend.map { Double($0.stale) }),
                ("dormant", SVGChart.Palette.grey, trend.map { Double($0.dormant) }),
            ], xLabels: labels, title: "Golden records by freshness over the last runs") + "\n"
        html += "<table><tr><th>run</th><th>started</th><th>as of</th><th>golden</th><th>fresh</th><th>warn</th><th>stale</th>"
            + "<th>dormant</th><th>checks warned</th><th>checks failed</th></tr>\n"
        for point in trend {
            html += "<tr><td>\(point.runId)</td><td>\(e(point.startedAt ?? ""))</td><td>\(e(point.asOf))</td>"
                + "<td>\(point.goldenRecords)</td><td>\(point.fresh)</td><td>\(point.warn)</td><td>\(point.stale)</td>"
                + "<td>\(point.dormant)</td><td>\(point.checksWarned)</td><td>\(point.checksFailed)</td></tr>\n"
        }
        return html + "</table>\n"
    }
}
