import Foundation
import GoldenCore
import Pipeline
import Store
import Testing

/// One line of a change feed, as the tests compare them: kind, id, and the other id involved.
struct FeedLine: Hashable, CustomStringConvertible {
    var change: String
    var goldenID: String
    /// The survivor of a merge, the origin of a split.
    var other: String?

    var description: String { "\(change) \(goldenID)" + (other.map { " → \($0)" } ?? "") }
}

/// Reads publish results back: feed files, and what the store says changed in a run.
enum PublishFixture {
    /// The lines of a change feed file, and each line's JSON object.
    static func feed(_ path: String) throws -> (lines: Set<FeedLine>, objects: [[String: Any]]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = Set<FeedLine>(), objects: [[String: Any]] = []
        for line in text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            objects.append(object)
            lines.insert(
                FeedLine(
                    change: try #require(object["change"] as? String), goldenID: try #require(object["golden_id"] as? String),
                    other: (object["survivor_id"] as? String) ?? (object["origin_id"] as? String)))
        }
        #expect(lines.count == objects.count, "one line per golden id")
        return (lines, objects)
    }

    /// What run `run` changed, as the store's own columns say: ids minted (`created`, or `split`
    /// when the merge log says a split minted them), active ids changed (`updated`), ids retired
    /// (`merged` into the id they resolve to, else `retired`).
    static func changes(in store: GoldenStore, run: Int64) throws -> Set<FeedLine> {
        var splits: [Int64: Int64] = [:]
        for line in try store.mergeLog() where line.runID == run && line.entry.action == "split" {
            splits[try #require(line.entry.other)] = line.entry.golden
        }
        var changes = Set<FeedLine>()
        for sequence in 1..<(try store.nextGoldenSequence()) {
            let golden = try #require(try store.goldenRecord(sequence: sequence))
            guard golden.updatedRun == run else { continue }
            if golden.status == "retired" {
                let survivor = try store.resolveGoldenID(golden.goldenID)
                changes.insert(
                    survivor == golden.goldenID
                        ? FeedLine(change: "retired", goldenID: golden.goldenID)
                        : FeedLine(change: "merged", goldenID: golden.goldenID, other: survivor))
            } else if golden.createdRun == run, let origin = splits[sequence] {
                let originID = try #require(try store.goldenRecord(sequence: origin)).goldenID
                changes.insert(FeedLine(change: "split", goldenID: golden.goldenID, other: originID))
            } else {
                changes.insert(FeedLine(change: golden.createdRun == run ? "created" : "updated", goldenID: golden.goldenID))
            }
        }
        return changes
    }

    /// Every active golden id and its content hash.
    static func activeHashes(_ store: GoldenStore) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for (sequence, hash) in try store.goldenContentHashes() {
            hashes[try #require(try store.goldenRecord(sequence: sequence)).goldenID] = String(hash)
        }
        return hashes
    }

    /// Moves every file of `feeds/community` into `held-back/`, and back with `restore`.
    static func holdBackCommunity(_ workspace: TempWorkspace, restore: Bool = false) throws {
        let community = workspace.path + "/feeds/community", held = workspace.path + "/held-back"
        let (from, to) = restore ? (held, community) : (community, held)
        try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: from) {
            try FileManager.default.moveItem(atPath: from + "/" + file, toPath: to + "/" + file)
        }
    }
}
