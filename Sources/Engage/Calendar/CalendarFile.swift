import GoldenCore

/// Reads the campaign calendar (a CSV file: one campaign per row) into ``Campaign``s.
///
/// Columns: `campaign_id`, `start`, `end` (`YYYY-MM-DD`, inclusive) and `channel` are required;
/// `name` (the id when blank), `template`, `audience` (see ``CalendarAudience``; blank: all)
/// and `priority` (a whole number; blank: 0) are optional. The calendar is configuration: a
/// bad row is a config error naming the file, line and column, not a quarantined row.
///
/// ```swift
/// try CalendarFile.checkHeader(reader.header, file: "Mappings/calendar.csv")
/// let campaigns = try CalendarFile.campaigns(from: rows, file: "Mappings/calendar.csv",
///                                            stages: settings.stages)
/// ```
public enum CalendarFile {
    /// Every column, in file order.
    public static let columns = ["campaign_id", "name", "start", "end", "channel", "template", "audience", "priority"]
    /// The columns a calendar must have.
    public static let requiredColumns = ["campaign_id", "start", "end", "channel"]

    /// Refuses a header that lacks a required column or has one the calendar does not know
    /// (a typo would otherwise be silently ignored).
    public static func checkHeader(_ header: [String], file: String) throws(GoldenError) {
        let names = header.map(\.trimmingBlanks)
        for (index, name) in names.enumerated() where !columns.contains(name) {
            throw GoldenError(
                .config, "unknown calendar column (expected one of \(columns.joined(separator: ", ")))",
                at: SourceLocation(file: file, line: 1, column: index + 1, key: name))
        }
        for name in requiredColumns where !names.contains(name) {
            throw GoldenError(.config, "the calendar has no \(name) column", at: SourceLocation(file: file, line: 1, key: name))
        }
    }

    /// Every campaign, in file order; the first bad row throws. `stages`, when not empty, are
    /// the stage names an audience may use.
    public static func campaigns(from rows: some Sequence<KeyedRow>, file: String, stages: [String] = []) throws(GoldenError)
        -> [Campaign]
    {
        var campaigns: [Campaign] = []
        var lines: [String: Int] = [:]
        for row in rows {
            let campaign = try campaign(from: row, file: file, stages: stages)
            if let first = lines[campaign.id] {
                throw error("campaign_id repeats the one on line \(first)", row, "campaign_id", file)
            }
            lines[campaign.id] = row.line
            campaigns.append(campaign)
        }
        return campaigns
    }

    /// The campaign in one row.
    public static func campaign(from row: KeyedRow, file: String, stages: [String] = []) throws(GoldenError) -> Campaign {
        func required(_ column: String) throws(GoldenError) -> String {
            guard let value = row.value(column) else { throw error("\(column) is empty", row, column, file) }
            return value
        }
        func day(_ column: String) throws(GoldenError) -> Day {
            guard let day = Day(iso: try required(column)) else {
                throw error("\(column) is not a day (YYYY-MM-DD)", row, column, file)
            }
            return day
        }
        let id = try required("campaign_id")
        let start = try day("start")
        let end = try day("end")
        guard start <= end else { throw error("end is before start", row, "end", file) }
        let channel = try required("channel")
        var priority = 0
        if let text = row.value("priority") {
            guard let number = Int(text) else { throw error("priority is not a whole number", row, "priority", file) }
            priority = number
        }
        let audience: Condition
        switch CalendarAudience.parse(row.value("audience") ?? "", stages: stages) {
        case .success(let condition): audience = condition
        case .failure(.allWithStages): throw error("audience mixes all with stage names", row, "audience", file)
        case .failure(.unknownStage(let stage)):
            throw error("audience names an unknown stage '\(stage)'", row, "audience", file)
        }
        return Campaign(
            id: id, name: row.value("name") ?? id, start: start, end: end,
            action: ActionTemplate(channel: channel, template: row.value("template"), priority: priority),
            audience: audience)
    }

    private static func error(_ message: String, _ row: KeyedRow, _ column: String, _ file: String) -> GoldenError {
        GoldenError(.config, message, at: SourceLocation(file: file, line: row.line, key: column))
    }
}
