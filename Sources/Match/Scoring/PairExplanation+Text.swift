extension PairExplanation {
    /// The explanation as an aligned table: each comparison's level, m, u and weight with a bar
    /// of one mark per unit of weight (`+` for, `-` against), the term-frequency adjustments, the
    /// prior, the total and the probability. No record values.
    ///
    /// ```text
    /// comparison        level                 m         u  weight
    /// given_name        missing               -         -    0.00
    /// family_name       exact            0.9000    0.0500   +4.17  ++++
    ///   term frequency  frequency 2.00%                     +1.32  +
    /// date_of_birth     exact            0.9500  4.00e-05  +14.54  +++++++++++++++
    /// email             else             0.0500    0.9900   -4.31  ----
    /// prior             λ 0.0100                            -6.63  -------
    /// total                                                 +9.09
    /// probability                                          0.9982
    /// ```
    public var text: String {
        var rows: [[String]] = [["comparison", "level", "m", "u", "weight", ""]]
        for part in comparisons {
            rows.append([
                part.name, part.level, part.m.map(ExplanationText.probability) ?? "-",
                part.u.map(ExplanationText.probability) ?? "-", ExplanationText.signed(part.weight),
                ExplanationText.bar(part.weight),
            ])
            if let adjustment = part.termFrequencyAdjustment {
                rows.append([
                    "  term frequency", part.termFrequency.map { "frequency " + ExplanationText.percent($0) } ?? "",
                    "", "", ExplanationText.signed(adjustment), ExplanationText.bar(adjustment),
                ])
            }
        }
        rows.append([
            "prior", "λ " + ExplanationText.probability(prior), "", "", ExplanationText.signed(priorWeight),
            ExplanationText.bar(priorWeight),
        ])
        rows.append(["total", "", "", "", ExplanationText.signed(totalWeight), ""])
        rows.append(["probability", "", "", "", EvaluationReport.fixed(probability, digits: 4), ""])
        return ExplanationText.align(rows).joined(separator: "\n")
    }
}

/// The number formats and layout of ``PairExplanation/text``.
enum ExplanationText {
    /// The most marks a bar has.
    static let longestBar = 30

    /// A weight with its sign and two decimals (`+7.83`, `-1.32`, `0.00`).
    static func signed(_ weight: Double) -> String {
        let text = EvaluationReport.fixed(weight, digits: 2)
        return weight > 0 && text != "0.00" ? "+" + text : text
    }

    /// One mark per unit of weight (rounded), `+` or `-`, at most ``longestBar``.
    static func bar(_ weight: Double) -> String {
        guard weight.isFinite else { return "" }
        let marks = min(Int(abs(weight).rounded()), longestBar)
        return String(repeating: weight > 0 ? "+" : "-", count: marks)
    }

    /// A probability: four decimals from 0.001 up, three significant digits below
    /// (`0.9100`, `4.00e-05`).
    static func probability(_ value: Double) -> String {
        guard value > 0, value < 0.001 else { return EvaluationReport.fixed(value, digits: 4) }
        var mantissa = value
        var exponent = 0
        while mantissa < 1 {
            mantissa *= 10
            exponent += 1
        }
        if mantissa >= 9.995 {
            mantissa /= 10
            exponent -= 1
        }
        return EvaluationReport.fixed(mantissa, digits: 2) + (exponent < 10 ? "e-0" : "e-") + String(exponent)
    }

    /// A share as a percentage with two decimals (`2.50%`).
    static func percent(_ value: Double) -> String { EvaluationReport.fixed(value * 100, digits: 2) + "%" }

    /// Rows as lines of columns padded to their widest cell: the first two left-aligned, the
    /// numbers right-aligned, the bars left-aligned; trailing spaces dropped.
    static func align(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                let leftAligned = column < 2 || column == columns - 1
                cells.append(leftAligned ? cell + padding : padding + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
