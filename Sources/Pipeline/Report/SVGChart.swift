/// Small charts as inline SVG for the HTML report: no scripts, no external assets. Every label
/// is escaped; sizes are in whole pixels.
enum SVGChart {
    /// A labelled value; `share` charts take values between 0 and 1.
    struct Item {
        var label: String
        var value: Double
        var color = Palette.blue
    }

    /// Colours of the report (freshness statuses and series).
    enum Palette {
        static let blue = "#4e79a7"
        static let green = "#59a14f"
        static let amber = "#f2a93b"
        static let red = "#e15759"
        static let grey = "#bab0ac"
        static let teal = "#76b7b2"
    }

    /// Vertical bars with their counts above them.
    static func columns(_ items: [Item], title: String, width: Int = 520, height: Int = 220) -> String {
        let top = 24, bottom = 36, left = 8
        let plot = height - top - bottom
        let slot = items.isEmpty ? 0 : (width - 2 * left) / items.count
        let largest = max(items.map(\.value).max() ?? 0, 1)
        var svg = open(width: width, height: height, title: title)
        for (index, item) in items.enumerated() {
            let barHeight = Int((item.value / largest * Double(plot)).rounded())
            let x = left + index * slot + slot / 8, barWidth = max(1, slot * 3 / 4)
            let y = top + plot - barHeight
            svg += rect(x: x, y: y, width: barWidth, height: barHeight, color: item.color, tip: "\(item.label): \(number(item.value))")
            svg += text(x: x + barWidth / 2, y: y - 4, number(item.value), anchor: "middle")
            svg += text(x: x + barWidth / 2, y: height - bottom + 16, item.label, anchor: "middle")
        }
        return svg + "</svg>"
    }

    /// One horizontal bar per row, each split into segments in proportion to their values.
    static func stacked(_ rows: [(label: String, segments: [Item])], title: String, width: Int = 620) -> String {
        let rowHeight = 26, labelWidth = 150, legendHeight = 22
        let height = legendHeight + rows.count * rowHeight + 8
        var svg = open(width: width, height: height, title: title)
        // The segments of the first row name the series.
        svg += legend((rows.first?.segments ?? []).map { ($0.label, $0.color) }, x: labelWidth)
        let barWidth = width - labelWidth - 60
        for (index, row) in rows.enumerated() {
            let y = legendHeight + index * rowHeight
            svg += text(x: 0, y: y + 16, row.label)
            let total = row.segments.reduce(0) { $0 + $1.value }
            var x = labelWidth
            for segment in row.segments where total > 0 && segment.value > 0 {
                let w = Int((segment.value / total * Double(barWidth)).rounded())
                svg += rect(x: x, y: y + 4, width: w, height: rowHeight - 8, color: segment.color, tip: "\(row.label) \(segment.label): \(number(segment.value))")
                x += w
            }
            svg += text(x: labelWidth + barWidth + 6, y: y + 16, number(total))
        }
        return svg + "</svg>"
    }

    /// Horizontal bars of shares (0–1), in groups: one group per label, one bar per series.
    static func shares(_ groups: [(label: String, bars: [Item])], title: String, width: Int = 620) -> String {
        let barHeight = 12, gap = 10, labelWidth = 150
        let rows = groups.reduce(0) { $0 + max(1, $1.bars.count) }
        let height = rows * (barHeight + 2) + groups.count * gap + 28
        var svg = open(width: width, height: height, title: title)
        svg += legend((groups.first?.bars ?? []).map { ($0.label, $0.color) }, x: labelWidth)
        let barWidth = width - labelWidth - 70
        var y = 24
        for group in groups {
            svg += text(x: 0, y: y + barHeight, group.label)
            for bar in group.bars {
                let share = min(max(bar.value, 0), 1)
                svg += rect(x: labelWidth, y: y, width: barWidth, height: barHeight, color: "#eeeeee", tip: nil)
                svg += rect(
                    x: labelWidth, y: y, width: Int((share * Double(barWidth)).rounded()), height: barHeight, color: bar.color,
                    tip: "\(group.label) \(bar.label): \(ReportFormat.percent(bar.value))")
                svg += text(x: labelWidth + barWidth + 6, y: y + barHeight - 1, ReportFormat.percent(bar.value))
                y += barHeight + 2
            }
            y += gap
        }
        return svg + "</svg>"
    }

    /// Lines over the x labels, one per series, with dots at the points.
    static func lines(_ series: [(label: String, color: String, values: [Double])], xLabels: [String], title: String, width: Int = 620, height: Int = 240) -> String {
        let left = 48, right = 16, top = 28, bottom = 36
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let largest = max(series.flatMap(\.values).max() ?? 0, 1)
        let count = max(xLabels.count, 1)
        func x(_ index: Int) -> Int { left + (count == 1 ? plotWidth / 2 : index * plotWidth / (count - 1)) }
        func y(_ value: Double) -> Int { top + plotHeight - Int((value / largest * Double(plotHeight)).rounded()) }
        var svg = open(width: width, height: height, title: title)
        svg += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"#999\"/>"
        svg += text(x: left - 4, y: top + 4, number(largest), anchor: "end")
        svg += text(x: left - 4, y: top + plotHeight, "0", anchor: "end")
        svg += legend(series.map { ($0.label, $0.color) }, x: left)
        for line in series {
            let points = line.values.enumerated().map { "\(x($0)),\(y($1))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(points)\"/>"
            for (index, value) in line.values.enumerated() {
                svg += "<circle cx=\"\(x(index))\" cy=\"\(y(value))\" r=\"3\" fill=\"\(line.color)\"><title>"
                    + ReportFormat.escape("\(line.label) \(xLabels[safe: index] ?? ""): \(number(value))") + "</title></circle>"
            }
        }
        for (index, label) in xLabels.enumerated() {
            svg += text(x: x(index), y: height - bottom + 16, label, anchor: "middle")
        }
        return svg + "</svg>"
    }

    // MARK: - Pieces

    /// A row of colour swatches and their names along the top, from `x`.
    private static func legend(_ entries: [(label: String, color: String)], x start: Int) -> String {
        var svg = "", x = start
        for (label, color) in entries {
            svg += rect(x: x, y: 4, width: 12, height: 12, color: color, tip: label)
            svg += text(x: x + 16, y: 14, label)
            x += 24 + 7 * label.count
        }
        return svg
    }

    private static func open(width: Int, height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"11\"><title>"
            + ReportFormat.escape(title) + "</title>"
    }

    private static func rect(x: Int, y: Int, width: Int, height: Int, color: String, tip: String?) -> String {
        let shape = "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(0, width))\" height=\"\(max(0, height))\" fill=\"\(color)\""
        guard let tip else { return shape + "/>" }
        return shape + "><title>" + ReportFormat.escape(tip) + "</title></rect>"
    }

    private static func text(x: Int, y: Int, _ content: String, anchor: String = "start") -> String {
        "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\">" + ReportFormat.escape(content) + "</text>"
    }

    /// A whole number without decimals, else one decimal.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : ReportFormat.decimal(value)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
