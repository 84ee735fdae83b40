import Engage
import Foundation
import GoldenCore
import Store

/// The actions file the marketing tools execute: one row per action of the day, with the
/// customer's golden id, state and stage, the rule or ladder step, the channel, the offers and
/// the signals that fired (the reason). CSV (offers `|`-separated, signals `,`-separated) or JSON
/// lines (both as arrays).
///
/// ```
/// golden_id,as_of,line,stage,kind,rule,step,step_index,channel,requested_channel,template,offers,goal,priority,status,signals
/// G7Q2M4K9X,2026-06-30,below,at_risk,ladder,win_back,we_miss_you,0,email,email,we-miss-you,,,0,planned,flatline
/// ```
public enum EngageActionsFile {
    public static let columns = [
        "golden_id", "as_of", "line", "stage", "kind", "rule", "step", "step_index", "channel", "requested_channel",
        "template", "offers", "goal", "priority", "status", "signals",
    ]

    /// Writes `actions` (golden ids looked up by sequence) to `path`, gzipped when it ends `.gz`.
    static func write(
        _ actions: [EngageActionRow], goldenIDs: [Int64: String], format: TableExport.Format, to path: String
    ) throws(GoldenError) {
        _ = try write(format: format, to: path) { emit in
            for action in actions { try emit(action, goldenIDs[action.sequence] ?? String(action.sequence)) }
        }
    }

    /// Writes the actions `rows` emits, each with its golden id, to `path`, gzipped when it ends
    /// `.gz`, as they come; returns how many.
    static func write(
        format: TableExport.Format, to path: String,
        rows: (_ emit: (EngageActionRow, _ goldenID: String) throws -> Void) throws -> Void
    ) throws(GoldenError) -> Int {
        func list(_ text: String, _ separator: Character) -> String {
            let items = text.split(separator: separator).map { JSONLine.quote(String($0)) }
            return "[" + items.joined(separator: ",") + "]"
        }
        return try TableExport.write(
            columns: columns, rawJSON: format == .jsonl ? ["offers", "signals"] : [], format: format,
            gzip: path.hasSuffix(".gz"), to: path
        ) { emitRow in
            // `rows` and `emitRow` are both non-escaping: one must be lent to the other's closure.
            try withoutActuallyEscaping(emitRow) { emit in
                try rows { action, goldenID in
                    let day = Day(index: action.day).description
                    try emit([
                        goldenID, day, action.line, action.stage, action.kind,
                        action.rule, action.step, action.stepIndex.map(String.init), action.channel, action.requestedChannel,
                        action.template, format == .jsonl ? list(action.offers, "|") : action.offers, action.goal,
                        String(action.priority), action.status, format == .jsonl ? list(action.signals, ",") : action.signals,
                    ])
                }
            }
        }
    }
}
