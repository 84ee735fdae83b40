import GoldenCore

/// `stories.csv`: `entity_id,story,change_day,cadence_days`, one row per customer in the order
/// they were generated; `change_day` is `YYYY-MM-DD`, empty for steady customers.
final class StoriesFile {
    static let header = "entity_id,story,change_day,cadence_days\n"
    private let file: BufferedFile
    /// Customers per story so far.
    private(set) var counts: [Story: Int] = [:]

    init(root: String) throws {
        file = try BufferedFile(root: root, name: "stories.csv", header: Self.header)
    }

    /// Adds the row for one customer.
    func add(_ entity: String, _ storyline: Storyline) throws {
        var row = Array((entity + "," + storyline.story.rawValue + ",").utf8)
        if let day = storyline.changeDay { row.appendISODate(CivilDate(daysSinceEpoch: day)) }
        row.append(UInt8(ascii: ","))
        row.append(decimal: storyline.cadence)
        row.append(UInt8(ascii: "\n"))
        try file.append(row)
        counts[storyline.story, default: 0] += 1
    }

    func close() throws { try file.close() }
}
