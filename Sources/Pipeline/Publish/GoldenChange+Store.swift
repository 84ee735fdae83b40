import GoldenCore
import Publish
import Store

extension GoldenChange {
    /// The change a golden id made since the last publish, from its row in the store; `nil` for
    /// an id a downstream tool never saw and never needs to (minted and left without records
    /// between two publishes).
    ///
    /// - Parameters:
    ///   - origins: each id minted by a split and the id it was split off (``GoldenStore/splitOrigins()``).
    ///   - full: the row is part of a full publish (every id as it is now): active ids are
    ///     `created`, retired ones `merged` or `retired`, whatever was published before.
    init?(_ row: GoldenPublishRow, origins: [Int64: String], full: Bool = false) {
        let golden = row.golden
        if golden.status == "active" {
            var kind = Kind.created
            var origin: String?
            if !full, row.published != nil {
                kind = .updated
            } else if !full, let split = origins[golden.sequence] {
                (kind, origin) = (.split, split)
            }
            self.init(
                kind: kind, goldenID: golden.goldenID, originID: origin, run: golden.updatedRun, at: golden.updatedAt.iso8601,
                recordCount: golden.recordCount, record: golden.record, history: golden.history, contentHash: row.contentHash)
        } else if let survivor = row.survivorID {
            self.init(
                kind: .merged, goldenID: golden.goldenID, survivorID: survivor, run: row.redirectRun ?? golden.updatedRun,
                at: (row.redirectAt ?? golden.updatedAt).iso8601, reason: row.redirectReason)
        } else if full || row.published != nil {
            self.init(kind: .retired, goldenID: golden.goldenID, run: golden.updatedRun, at: golden.updatedAt.iso8601)
        } else {
            return nil
        }
    }
}
