import Foundation
import GRDB
import GoldenCore

extension GoldenStore {
    /// The latest day engaged, or `nil` before the first.
    public func latestEngageDay() throws(GoldenError) -> Int32? {
        try readSnapshot("Could not read the engagement days") { db in
            try Int32.fetchOne(db, sql: "SELECT max(day) FROM engage_days")
        }
    }

    /// The stored summaries (JSON) of the latest `limit` days engaged, most recent first.
    public func engageDaySummaries(limit: Int) throws(GoldenError) -> [(day: Int32, summary: String)] {
        try readSnapshot("Could not read the engagement days") { db in
            try Row.fetchAll(db, sql: "SELECT day, summary FROM engage_days ORDER BY day DESC LIMIT ?", arguments: [limit])
                .map { (try $0.decode(Int32.self, atIndex: 0), try $0.decode(String.self, atIndex: 1)) }
        }
    }

    /// Calls `body` with the active golden records, `size` at a time in sequence order, each with
    /// its facts (see ``forEachGoldenFacts(_:)``; without facts, its JSON and events) and stored
    /// engagement memory: the Engage stage's input, streamed.
    public func forEachEngageBatch(size: Int, _ body: ([EngageInput]) throws -> Void) throws {
        try readStreaming("Could not read the golden records for engagement") { db in
            let states = try Row.fetchCursor(db, sql: "SELECT sequence, day, state, prior_day, prior FROM engage_state ORDER BY sequence")
            var state = try states.next()
            var batch: [EngageInput] = []
            batch.reserveCapacity(size)
            try Self.forEachStoredFacts(db, events: true) { golden in
                var input = EngageInput(golden: golden, state: nil)
                // States of sequences no longer active are passed over.
                while let row = state, try row.decode(Int64.self, atIndex: 0) < golden.sequence { state = try states.next() }
                if let row = state, try row.decode(Int64.self, atIndex: 0) == golden.sequence {
                    input.state = EngageStateRow(
                        sequence: golden.sequence, day: try row.decode(Int32.self, atIndex: 1),
                        state: try row.decode(String.self, atIndex: 2), priorDay: try row.decode(Int32?.self, atIndex: 3),
                        prior: try row.decode(String?.self, atIndex: 4))
                }
                batch.append(input)
                if batch.count == size {
                    try CallerError.passing { try body(batch) }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try CallerError.passing { try body(batch) } }
        }
    }

    /// The actions of `status` that went out on a channel, decided on days in `from..<to`: the
    /// engagement memory's recent actions and the response measurement's input. By day, then in
    /// the order they were written, so each golden record's come oldest first; only the columns
    /// the memory keeps are read, and the day's index serves both the range and the order.
    public func forEachEngageAction(
        status: String, from: Int32, to: Int32, _ body: (EngageMemoryActionRow) throws -> Void
    ) throws {
        try readStreaming("Could not read the engagement actions") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT sequence, day, kind, rule, step, channel FROM engage_actions INDEXED BY engage_actions_on_day
                    WHERE day >= ? AND day < ? AND status = ? AND channel IS NOT NULL ORDER BY day, id
                    """,
                arguments: [from, to, status])
            while let row = try rows.next() {
                let action = EngageMemoryActionRow(
                    sequence: try row.decode(Int64.self, atIndex: 0), day: try row.decode(Int32.self, atIndex: 1),
                    kind: try row.decode(String.self, atIndex: 2), rule: try row.decode(String.self, atIndex: 3),
                    step: try row.decode(String?.self, atIndex: 4), channel: try row.decode(String.self, atIndex: 5))
                try CallerError.passing { try body(action) }
            }
        }
    }

    /// The actions of one day with the golden id of each, by golden sequence.
    public func engageActions(day: Int32) throws(GoldenError) -> [(action: EngageActionRow, goldenID: String)] {
        try readSnapshot("Could not read the engagement actions") { db in
            try Row.fetchAll(db, sql: Self.dayActionsSQL, arguments: [day]).map {
                (try EngageActionRow(row: $0), try $0.decode(String.self, atIndex: 16))
            }
        }
    }

    /// Calls `body` with each action of `day` and the golden id of its record, by golden
    /// sequence, streaming: what ``engageActions(day:)`` returns, without holding the day.
    ///
    /// `body` must not call back into this store. Errors it throws are rethrown unchanged.
    public func forEachEngageAction(day: Int32, _ body: (_ action: EngageActionRow, _ goldenID: String) throws -> Void) throws {
        try readStreaming("Could not read the engagement actions") { db in
            let rows = try Row.fetchCursor(db, sql: Self.dayActionsSQL, arguments: [day])
            while let row = try rows.next() {
                let action = try EngageActionRow(row: row), golden = try row.decode(String.self, atIndex: 16)
                try CallerError.passing { try body(action, golden) }
            }
        }
    }

    /// One day's actions (`?`) with their golden ids (``goldenListing(_:sequence:)``), by golden
    /// sequence.
    static let dayActionsSQL = """
        SELECT \(engageActionColumns), g.golden_id FROM engage_actions a
        JOIN \(goldenListing("g", sequence: "a.sequence"))
        WHERE a.day = ? ORDER BY a.sequence, a.id
        """

    static let engageActionColumns = """
        a.sequence, a.day, a.kind, a.rule, a.step, a.step_index, a.channel, a.requested_channel, a.template, a.offers,
        a.goal, a.priority, a.signals, a.status, a.line, a.stage
        """

    /// A golden record's transitions, oldest first: its path over time.
    public func engageTransitions(sequence: Int64) throws(GoldenError) -> [EngageTransitionRow] {
        try readSnapshot("Could not read the engagement transitions") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT sequence, day, from_line, from_stage, to_line, to_stage, rule, signals
                    FROM engage_transitions WHERE sequence = ? ORDER BY day, id
                    """,
                arguments: [sequence]
            ).map { row in
                EngageTransitionRow(
                    sequence: try row.decode(Int64.self, atIndex: 0), day: try row.decode(Int32.self, atIndex: 1),
                    fromLine: try row.decode(String?.self, atIndex: 2), fromStage: try row.decode(String?.self, atIndex: 3),
                    toLine: try row.decode(String.self, atIndex: 4), toStage: try row.decode(String.self, atIndex: 5),
                    rule: try row.decode(String.self, atIndex: 6), signals: try row.decode(String.self, atIndex: 7))
            }
        }
    }

    /// Writes one engaged day in one transaction, replacing what an earlier decision of the same
    /// day wrote: its transitions, actions and summary; the states given are upserted.
    public func writeEngageDay(_ write: EngageDayWrite) throws(GoldenError) {
        try writeTransaction("Could not write the engagement decisions") { db in
            try db.execute(sql: "DELETE FROM engage_transitions WHERE day = ?", arguments: [write.day])
            try db.execute(sql: "DELETE FROM engage_actions WHERE day = ?", arguments: [write.day])
            // Bound through the C API, a hundred rows to a statement: a row a customer, and
            // GRDB's boxed arguments cost more than SQLite's insert.
            let states = write.states
            try MultiRowInsert(
                db, into: "engage_state", columns: ["sequence", "day", "state", "prior_day", "prior"],
                suffix: """
                    ON CONFLICT (sequence) DO UPDATE SET day = excluded.day, state = excluded.state,
                        prior_day = excluded.prior_day, prior = excluded.prior
                    """
            ).insert(count: states.count) { statement, index, first in
                let row = states[index]
                statement.bind(row.sequence, at: first)
                statement.bind(Int64(row.day), at: first + 1)
                statement.bind(row.state, at: first + 2)
                statement.bind(row.priorDay.map(Int64.init), at: first + 3)
                statement.bind(row.prior, at: first + 4)
            }
            let transitions = write.transitions
            try MultiRowInsert(
                db, into: "engage_transitions",
                columns: ["sequence", "day", "from_line", "from_stage", "to_line", "to_stage", "rule", "signals"]
            ).insert(count: transitions.count) { statement, index, first in
                let row = transitions[index]
                statement.bind(row.sequence, at: first)
                statement.bind(Int64(row.day), at: first + 1)
                statement.bind(row.fromLine, at: first + 2)
                statement.bind(row.fromStage, at: first + 3)
                statement.bind(row.toLine, at: first + 4)
                statement.bind(row.toStage, at: first + 5)
                statement.bind(row.rule, at: first + 6)
                statement.bind(row.signals, at: first + 7)
            }
            let actions = write.actions
            try MultiRowInsert(
                db, into: "engage_actions",
                columns: [
                    "sequence", "day", "kind", "rule", "step", "step_index", "channel", "requested_channel", "template", "offers",
                    "goal", "priority", "signals", "status", "line", "stage",
                ]
            ).insert(count: actions.count) { statement, index, first in
                let row = actions[index]
                statement.bind(row.sequence, at: first)
                statement.bind(Int64(row.day), at: first + 1)
                statement.bind(row.kind, at: first + 2)
                statement.bind(row.rule, at: first + 3)
                statement.bind(row.step, at: first + 4)
                statement.bind(row.stepIndex, at: first + 5)
                statement.bind(row.channel, at: first + 6)
                statement.bind(row.requestedChannel, at: first + 7)
                statement.bind(row.template, at: first + 8)
                statement.bind(row.offers, at: first + 9)
                statement.bind(row.goal, at: first + 10)
                statement.bind(Int64(row.priority), at: first + 11)
                statement.bind(row.signals, at: first + 12)
                statement.bind(row.status, at: first + 13)
                statement.bind(row.line, at: first + 14)
                statement.bind(row.stage, at: first + 15)
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO engage_days (day, run_id, at, summary) VALUES (?, ?, ?, ?)",
                arguments: [write.day, write.runID, write.at.iso8601, write.summaryJSON])
        }
    }
}

extension GoldenStore {
    /// Replaces the quarantined rows of a reference file read whole at every run (the offer bank),
    /// so that reading it again does not count its bad rows twice: rows of `source` and `file`
    /// without a batch are deleted, `rows` inserted for run `runID`.
    public func replaceReferenceQuarantine(
        source: String, file: String, rows: [QuarantinedRow], runID: Int64
    ) throws(GoldenError) {
        try writeTransaction("Could not write the quarantined rows of \(file)") { db in
            try db.execute(
                sql: "DELETE FROM quarantine WHERE source = ? AND file = ? AND batch_id IS NULL", arguments: [source, file])
            let insert = try db.cachedStatement(sql: ChunkWriter.insertQuarantineSQL)
            for row in rows {
                try insert.execute(arguments: [
                    runID, nil as Int64?, row.source, row.file, row.line, row.elementPath, row.field, row.reason.rawValue,
                    row.message, Data(row.raw), row.rawTruncated,
                ])
            }
        }
    }
}

extension EngageActionRow {
    /// Decodes the first 16 columns of ``GoldenStore/engageActionColumns``.
    init(row: Row) throws {
        self.init(
            sequence: try row.decode(Int64.self, atIndex: 0), day: try row.decode(Int32.self, atIndex: 1),
            kind: try row.decode(String.self, atIndex: 2), rule: try row.decode(String.self, atIndex: 3),
            step: try row.decode(String?.self, atIndex: 4), stepIndex: try row.decode(Int?.self, atIndex: 5),
            channel: try row.decode(String?.self, atIndex: 6), requestedChannel: try row.decode(String.self, atIndex: 7),
            template: try row.decode(String?.self, atIndex: 8), offers: try row.decode(String.self, atIndex: 9),
            goal: try row.decode(String?.self, atIndex: 10), priority: try row.decode(Int.self, atIndex: 11),
            signals: try row.decode(String.self, atIndex: 12), status: try row.decode(String.self, atIndex: 13),
            line: try row.decode(String.self, atIndex: 14), stage: try row.decode(String.self, atIndex: 15))
    }
}

extension GoldenStore {
    /// How many engagement state rows, transitions and actions the store holds.
    public func engageRowCounts() throws(GoldenError) -> (states: Int, transitions: Int, actions: Int) {
        try readSnapshot("Could not count the engagement rows") { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM engage_state") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM engage_transitions") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM engage_actions") ?? 0
            )
        }
    }

    /// One golden record's stored engagement memory, if it was ever engaged.
    public func engageState(sequence: Int64) throws(GoldenError) -> EngageStateRow? {
        try engageStates(where: "WHERE sequence = ?", [sequence]).first
    }

    /// Every golden record's stored engagement memory, by sequence.
    public func engageStates() throws(GoldenError) -> [EngageStateRow] {
        try engageStates(where: "", [])
    }

    private func engageStates(where filter: String, _ arguments: [Int64]) throws(GoldenError) -> [EngageStateRow] {
        try readSnapshot("Could not read the engagement states") { db in
            try Row.fetchAll(
                db, sql: "SELECT sequence, day, state, prior_day, prior FROM engage_state \(filter) ORDER BY sequence",
                arguments: StatementArguments(arguments)
            ).map {
                EngageStateRow(
                    sequence: try $0.decode(Int64.self, atIndex: 0), day: try $0.decode(Int32.self, atIndex: 1),
                    state: try $0.decode(String.self, atIndex: 2), priorDay: try $0.decode(Int32?.self, atIndex: 3),
                    prior: try $0.decode(String?.self, atIndex: 4))
            }
        }
    }
}
