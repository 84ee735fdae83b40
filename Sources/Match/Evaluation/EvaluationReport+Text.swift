extension EvaluationReport {
    /// The report as `golden evaluate` prints it: counts, a table of pairwise and B-cubed scores,
    /// the size histogram, and the worst false merges and splits with their records.
    ///
    /// Prints record keys and entity ids (identifiers, not personal values).
    public var text: String {
        var lines: [String] = []
        lines += TextTable.render([
            ["records scored", String(records)],
            ["only in prediction", String(unmatchedInPrediction)],
            ["only in truth", String(unmatchedInTruth)],
            ["predicted clusters", String(predictedClusters)],
            ["true entities", String(trueEntities)],
        ], rightAligned: [1])
        if duplicatesInPrediction > 0 || duplicatesInTruth > 0 {
            lines.append(
                "repeated records ignored: \(duplicatesInPrediction) in prediction, \(duplicatesInTruth) in truth")
        }
        lines.append("")
        lines += TextTable.render([
            ["", "precision", "recall", "f1"],
            ["pairwise"] + Self.columns(pairwise.scores),
            ["b-cubed"] + Self.columns(bCubed),
        ], rightAligned: [1, 2, 3])
        lines.append(
            "pairs: \(pairwise.truePositivePairs) correct of \(pairwise.predictedPairs) predicted, "
                + "\(pairwise.truePairs) true")
        lines.append(
            "false merges: \(Self.count(falseMergeClusters, "cluster")); "
                + "false splits: \(Self.count(falseSplitEntities, "entity", "entities"))")

        if !clusterSizes.isEmpty {
            lines.append("")
            lines += TextTable.render(
                [["size", "clusters", "entities"]]
                    + clusterSizes.map { bucket in
                        [
                            bucket.minSize == bucket.maxSize ? String(bucket.minSize)
                                : "\(bucket.minSize)-\(bucket.maxSize == Int.max ? "" : String(bucket.maxSize))",
                            String(bucket.predictedClusters), String(bucket.trueEntities),
                        ]
                    },
                rightAligned: [0, 1, 2])
        }
        if !falseMerges.isEmpty {
            lines.append("")
            lines.append("largest false merges:")
            for merge in falseMerges {
                lines.append(
                    "  cluster \(merge.cluster): \(Self.count(merge.size, "record")), "
                        + "\(Self.count(merge.wrongPairs, "wrong pair")), "
                        + Self.count(merge.entities.count + merge.omittedEntities, "entity", "entities"))
                lines += Self.overlapLines(merge.entities, kind: "entity", omitted: merge.omittedEntities)
            }
        }
        if !falseSplits.isEmpty {
            lines.append("")
            lines.append("largest false splits:")
            for split in falseSplits {
                lines.append(
                    "  entity \(split.entity): \(Self.count(split.size, "record")), "
                        + "\(Self.count(split.missedPairs, "missed pair")), "
                        + Self.count(split.clusters.count + split.omittedClusters, "cluster"))
                lines += Self.overlapLines(split.clusters, kind: "cluster", omitted: split.omittedClusters)
            }
        }
        for (title, sample, total) in [
            ("only in prediction", unmatchedInPredictionSample, unmatchedInPrediction),
            ("only in truth", unmatchedInTruthSample, unmatchedInTruth),
        ] where !sample.isEmpty {
            lines.append("")
            let more = total > sample.count ? ", \(total - sample.count) more" : ""
            lines.append("\(title): " + sample.map(\.description).joined(separator: " ") + more)
        }
        return lines.joined(separator: "\n")
    }

    /// `1 record`, `2 records`.
    private static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? singular : plural ?? singular + "s")
    }

    private static func columns(_ scores: Scores) -> [String] {
        [scores.precision, scores.recall, scores.f1].map { fixed($0, digits: 4) }
    }

    private static func overlapLines(_ overlaps: [Overlap], kind: String, omitted: Int) -> [String] {
        var lines = overlaps.map { overlap in
            let more = overlap.size > overlap.records.count ? " …" : ""
            let records = overlap.records.map(\.description).joined(separator: " ")
            return "    \(kind) \(overlap.id) (\(overlap.size)): \(records)\(more)"
        }
        if omitted > 0 { lines.append("    … \(omitted) more") }
        return lines
    }

    /// `value` with `digits` decimals, rounded half away from zero (`0.98765` → `0.9877`).
    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let divisor = Int(scale)
        let fraction = String(units % divisor)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(units) }
        return sign + String(units / divisor) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}

/// Columns padded to their widest cell, separated by three spaces.
private enum TextTable {
    static func render(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column > 0 { line += "   " }
                line += rightAligned.contains(column) ? padding + cell : cell + padding
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
