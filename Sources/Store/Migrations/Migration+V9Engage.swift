import GRDB

extension Migration {
    /// `v9-engage`: what the engagement rules decided, day by day.
    ///
    /// - `engage_days`: one row per as-of day engaged, with the run and the day's summary (JSON).
    /// - `engage_state`: per golden record (by sequence), the state and ladder position as of the
    ///   last day decided (`day`, `state`) and as of the day before that (`prior_day`, `prior`),
    ///   so that deciding the last day again starts from the same memory: idempotent per day.
    /// - `engage_transitions`: every change of line or stage, with its day, rule and signals.
    ///   Append-only except that deciding a day again replaces that day's rows.
    /// - `engage_actions`: every action decided, by day; likewise replaced per day.
    static func v9Engage(_ db: Database) throws {
        try db.create(table: "engage_days", options: [.strict]) { t in
            t.column("day", .integer).primaryKey()
            t.column("run_id", .integer).references("runs")
            t.column("at", .text).notNull()
            t.column("summary", .text).notNull().check(sql: "json_valid(summary)")
        }
        try db.create(table: "engage_state", options: [.strict, .withoutRowID]) { t in
            t.column("sequence", .integer).primaryKey()
            t.column("day", .integer).notNull()
            t.column("state", .text).notNull()
            t.column("prior_day", .integer)
            t.column("prior", .text)
        }
        try db.create(table: "engage_transitions", options: [.strict]) { t in
            t.column("id", .integer).primaryKey()
            t.column("sequence", .integer).notNull()
            t.column("day", .integer).notNull().indexed()
            t.column("from_line", .text)
            t.column("from_stage", .text)
            t.column("to_line", .text).notNull()
            t.column("to_stage", .text).notNull()
            t.column("rule", .text).notNull()
            t.column("signals", .text).notNull()
        }
        try db.create(index: "engage_transitions_on_sequence", on: "engage_transitions", columns: ["sequence", "day"])
        try db.create(table: "engage_actions", options: [.strict]) { t in
            t.column("id", .integer).primaryKey()
            t.column("sequence", .integer).notNull()
            t.column("day", .integer).notNull().indexed()
            t.column("kind", .text).notNull()
            t.column("rule", .text).notNull()
            t.column("step", .text)
            t.column("step_index", .integer)
            t.column("channel", .text)
            t.column("requested_channel", .text).notNull()
            t.column("template", .text)
            t.column("offers", .text).notNull()
            t.column("goal", .text)
            t.column("priority", .integer).notNull()
            t.column("signals", .text).notNull()
            t.column("status", .text).notNull()
            t.column("line", .text).notNull()
            t.column("stage", .text).notNull()
        }
        try db.create(index: "engage_actions_on_sequence", on: "engage_actions", columns: ["sequence", "day"])
    }
}
