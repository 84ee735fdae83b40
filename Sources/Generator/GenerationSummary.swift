/// What a generation run wrote.
public struct GenerationSummary: Sendable, Hashable {
    /// Customers generated: the number of distinct entities in `truth.csv`.
    public var entities: Int
    /// Source records per source (= rows of `truth.csv` for that source).
    public var records: [GeneratedSource: Int]
    /// Rows per feed, by file stem: `pos` (receipt lines), `members`, `accounts`, `orders`,
    /// `profiles`, `activity` (forum), `loyalty_activity`, `messages`, `cases_accounts`,
    /// `cases_members`.
    public var rows: [String: Int]
    /// Files written, relative to the output directory, `stories.csv` and `truth.csv` last.
    public var files: [String]
    /// How often each trouble was put in, against its opportunities.
    public var troubles: [Trouble: TroubleCount]
    /// Customers per story (see `stories.csv`).
    public var stories: [Story: Int] = [:]

    /// Source records over all sources.
    public var totalRecords: Int { records.values.reduce(0, +) }
}
