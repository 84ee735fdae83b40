import Foundation
import GoldenCore
import Store

extension QualityReport {
    /// The engagement days the report shows: the latest ``trendRuns`` days engaged, oldest first.
    static func engagementDays(_ store: GoldenStore) throws(GoldenError) -> [EngageSummary] {
        let decoder = JSONDecoder()
        return try store.engageDaySummaries(limit: trendRuns).reversed().compactMap { day in
            try? decoder.decode(EngageSummary.self, from: Data(day.summary.utf8))
        }
    }

    /// The engagement section: the latest day's customers per line and stage, transitions,
    /// actions per rule and ladder step, response rates, and the line over the days engaged.
    var engagementSection: String {
        guard let latest = engagement.last else { return "" }
        func e(_ text: String) -> String { ReportFormat.escape(text) }
        func rows(_ counts: [(String, Int)]) -> String {
            counts.map { "<tr><td>\(e($0.0))</td><td>\($0.1)</td></tr>\n" }.joined()
        }
        var html = "<h2>Engagement</h2>\n<p>As of <b>\(e(latest.asOf))</b>: \(latest.customers) customers, "
            + "\(latest.transitionTotal) transitions, \(latest.actions) actions, \(latest.unreachable) unreachable.</p>\n"
        html += SVGChart.stacked(
            [(
                label: "line",
                segments: [
                    SVGChart.Item(label: "above", value: Double(latest.lines["above"] ?? 0), color: SVGChart.Palette.green),
                    SVGChart.Item(label: "on", value: Double(latest.lines["on"] ?? 0), color: SVGChart.Palette.amber),
                    SVGChart.Item(label: "below", value: Double(latest.lines["below"] ?? 0), color: SVGChart.Palette.red),
                ]
            )], title: "Customers above, on and below the line") + "\n"
        html += "<table><tr><th>stage</th><th>customers</th></tr>\n"
            + rows(latest.stages.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }) + "</table>\n"
        if !latest.transitions.isEmpty {
            html += "<table><tr><th>transition</th><th>customers</th></tr>\n"
                + rows(latest.transitions.prefix(20).map { ($0.name, $0.count) }) + "</table>\n"
        }
        if !latest.actionsByRule.isEmpty {
            html += "<table><tr><th>actions by rule or ladder step</th><th>count</th></tr>\n"
                + rows(latest.actionsByRule.map { ($0.name, $0.count) }) + "</table>\n"
        }
        if !latest.responses.isEmpty {
            html += "<table><tr><th>response to</th><th>sent</th><th>responded</th><th>pending</th><th>rate</th></tr>\n"
            for response in latest.responses {
                html += "<tr><td>\(e(response.kind)) \(e(response.rule))</td><td>\(response.sent)</td><td>\(response.responded)</td>"
                    + "<td>\(response.pending)</td><td>\(ReportFormat.percent(response.rate))</td></tr>\n"
            }
            html += "</table>\n"
        }
        if engagement.count > 1 {
            html += SVGChart.lines(
                [
                    ("above", SVGChart.Palette.green, engagement.map { Double($0.lines["above"] ?? 0) }),
                    ("on", SVGChart.Palette.amber, engagement.map { Double($0.lines["on"] ?? 0) }),
                    ("below", SVGChart.Palette.red, engagement.map { Double($0.lines["below"] ?? 0) }),
                ], xLabels: engagement.map(\.asOf), title: "The line over the days engaged") + "\n"
        }
        return html
    }
}
