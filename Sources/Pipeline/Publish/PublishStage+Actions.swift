import Engage
import Foundation
import GoldenCore
import Publish
import Store

extension PublishStage {
    /// Publishes the engagement actions with the change feed: the latest day engaged, as
    /// `actions-YYYY-MM-DD.jsonl` (gzipped like the feed) in the feed's folder. The file is
    /// replaced only when its content changed (the same day decided again with another outcome):
    /// publishing again without changes touches nothing. Nothing without a feed or before the
    /// first engaged day.
    func publishActions(into summary: inout PublishSummary) throws(GoldenError) {
        guard let feed = config.publish?.feed, let latest = try store.latestEngageDay() else { return }
        let day = Day(index: latest)
        let relative = feed.directory + "/actions-\(day)" + (feed.gzip ? ".jsonl.gz" : ".jsonl")
        let full = WorkspaceConfig.resolve(relative, in: config.directory)
        try? FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let fresh = full + ".new"
        // Streamed from the store: a day holds an action or more for most customers.
        let count = try EngageActionsFile.write(format: .jsonl, to: fresh) { emit in
            try store.forEachEngageAction(day: latest) { action, goldenID in try emit(action, goldenID) }
        }
        let manager = FileManager.default
        if manager.contentsEqual(atPath: fresh, andPath: full) {
            try? manager.removeItem(atPath: fresh)
        } else {
            do {
                _ = try? manager.removeItem(atPath: full)
                try manager.moveItem(atPath: fresh, toPath: full)
            } catch {
                throw GoldenError(.io, "cannot write the actions file", at: SourceLocation(file: relative))
            }
        }
        summary.actions = relative
        summary.actionCount = count
    }
}
