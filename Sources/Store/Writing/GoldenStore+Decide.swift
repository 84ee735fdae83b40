import GRDB
import GoldenCore

extension GoldenStore {
    /// Writes a steward's decision in one transaction, after checking that what it was built on
    /// has not changed:
    ///
    /// 1. each review item of `decision.items` must still be in its expected state (status and
    ///    `updatedAt`), and each golden record of `decision.goldens` still active and unchanged;
    /// 2. the items get their new status (and `updatedAt` = `time`);
    /// 3. the removals clear their constraints, then the links are written (each replacing its
    ///    pair's constraint of the other kind), signed with the decision's actor, reason and
    ///    `time`; a link stored already with the same kind keeps its first actor and reason;
    /// 4. the log lines are appended to the merge log (no run: a steward's line).
    ///
    /// Two stewards deciding the same item: the first wins, the second gets a conflict; nothing
    /// is ever overwritten silently. A decision without items whose links are all stored already,
    /// of the same kinds, and that clears nothing (a merge or split taken twice) is a conflict
    /// too: it would change nothing but the name on the constraints.
    ///
    /// - Throws: ``GoldenError`` with code ``GoldenError/Code/conflict`` when an item is gone or
    ///   no longer in its expected state, a golden record changed or was retired, or the decision
    ///   would change nothing; a store error when a link names one record twice or a record that
    ///   is not stored. Nothing is written then.
    @discardableResult
    public func decide(_ decision: StewardDecision, at time: Timestamp) throws(GoldenError) -> DecisionChanges {
        try writeTransaction("Could not store the steward's decision") { db in
            let stamp = time.iso8601
            var changes = DecisionChanges()
            for item in decision.items {
                try Self.check(item, db)
                try db.execute(
                    sql: "UPDATE review_items SET status = ?, updated_at = ? WHERE id = ?",
                    arguments: [item.status, stamp, item.id])
                changes.items += 1
            }
            for golden in decision.goldens { try Self.check(golden, db) }
            for removal in decision.removals {
                try db.execute(
                    sql: "DELETE FROM match_constraints WHERE kind = ?1 AND \(Self.pairAcross(2, 3))",
                    arguments: [removal.kind.rawValue, Self.jsonList(removal.between), Self.jsonList(removal.and)])
                changes.constraintsRemoved += db.changesCount
            }
            var unchanged: MatchConstraint?
            for link in decision.constraints {
                let current = try MatchConstraint.fetchOne(
                    db, sql: "SELECT * FROM match_constraints WHERE record_a = ? AND record_b = ?",
                    arguments: [link.recordA, link.recordB])
                if let current, current.kind == link.kind {
                    unchanged = unchanged ?? current
                    continue
                }
                changes.constraintsWritten += 1
                try Self.upsert(
                    MatchConstraint(
                        kind: link.kind, recordA: link.recordA, recordB: link.recordB, actor: decision.actor,
                        reason: decision.reason, at: time, reviewItem: link.reviewItem),
                    db)
            }
            if let unchanged, decision.items.isEmpty, changes.constraintsRemoved == 0, changes.constraintsWritten == 0 {
                throw GoldenError(
                    .conflict, "the same decision is already stored (by \(unchanged.actor) at \(unchanged.at.iso8601)); it takes effect on the next run")
            }
            try Self.appendLog(decision.log, runID: nil, stamp: stamp, db)
            changes.logLines = decision.log.count
            return changes
        }
    }

    /// Throws a conflict unless review item `change.id` is in its expected state.
    private static func check(_ change: StewardDecision.ItemChange, _ db: Database) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT status, updated_at FROM review_items WHERE id = ?", arguments: [change.id])
        else {
            throw GoldenError(.conflict, "review item \(change.id) is no longer in the queue (a run removed it)")
        }
        let status = try row.decode(String.self, atIndex: 0), updatedAt = try row.decode(String.self, atIndex: 1)
        if status != change.expected.status {
            throw GoldenError(.conflict, "review item \(change.id) is already \(status) (since \(updatedAt)); it was expected \(change.expected.status)")
        }
        if updatedAt != change.expected.updatedAt.iso8601 {
            throw GoldenError(.conflict, "review item \(change.id) changed at \(updatedAt), after it was read; look at it again")
        }
    }

    /// Throws a conflict unless golden record `version.sequence` is active and unchanged.
    private static func check(_ version: GoldenRecordVersion, _ db: Database) throws {
        let row = try Row.fetchOne(
            db, sql: "SELECT golden_id, status, updated_at FROM golden_records WHERE sequence = ?", arguments: [version.sequence])
        guard let row else { throw GoldenError(.conflict, "golden record \(version.sequence) no longer exists") }
        let id = try row.decode(String.self, atIndex: 0), status = try row.decode(String.self, atIndex: 1)
        let updatedAt = try row.decode(String.self, atIndex: 2)
        if status != "active" {
            throw GoldenError(.conflict, "golden record \(id) was retired (at \(updatedAt)); look at it again")
        }
        if updatedAt != version.updatedAt.iso8601 {
            throw GoldenError(.conflict, "golden record \(id) changed at \(updatedAt), after it was read; look at it again")
        }
    }
}
