import Merge
import Store

/// The merge log's lines for one run's identity changes: an id minted for a new person, an id
/// retired into another (merge), a golden record split. Ids only, never personal data.
enum MergeLogLines {
    static func lines(for assignment: IdentityAssignment, actor: String) -> [MergeLogEntry] {
        var lines: [MergeLogEntry] = []
        var splitOff: Set<GoldenID> = []
        for split in assignment.splits {
            for part in split.others {
                splitOff.insert(part)
                lines.append(
                    MergeLogEntry(
                        actor: actor, action: "split", golden: Int64(split.larger.sequence), other: Int64(part.sequence),
                        reason: "records of \(split.original) now form another golden record"))
            }
        }
        for id in assignment.minted where !splitOff.contains(id) {
            lines.append(MergeLogEntry(actor: actor, action: "create", golden: Int64(id.sequence), reason: "new person"))
        }
        for retirement in assignment.retired {
            lines.append(
                MergeLogEntry(
                    actor: actor, action: "merge", golden: Int64(retirement.into.sequence),
                    other: Int64(retirement.id.sequence), reason: retirement.reason.rawValue))
        }
        for id in assignment.vanished {
            lines.append(
                MergeLogEntry(actor: actor, action: "retire", golden: Int64(id.sequence), reason: "its records left the store"))
        }
        return lines
    }
}
