import Engage

/// The text a golden record's engagement state and ladder position are stored as in
/// `engage_state`: `line|stage|since` and, on a ladder, `|ladder|step|step_day|started|spent|capped`.
/// Days are day indexes; `spent` is in the main currency. Stage and ladder names come from the
/// rules file, which allows no `|` in them.
///
/// ```swift
/// let text = EngageMemoryCodec.encode(state, ladder: position)   // "below|at_risk|20600|win_back|1|20610|20600|2.5|0"
/// let (state, ladder) = EngageMemoryCodec.decode(text)!
/// ```
public enum EngageMemoryCodec {
    public static func encode(_ state: EngagementState, ladder: LadderPosition?) -> String {
        var text = "\(state.line.rawValue)|\(state.stage)|\(state.since.index)"
        if let ladder {
            text += "|\(ladder.ladder)|\(ladder.step)|\(ladder.stepDay.index)|\(ladder.startedDay.index)|\(ladder.spent)"
            text += "|\((ladder.capped ? 1 : 0) + (ladder.succeeded ? 2 : 0))"
        }
        return text
    }

    /// The state and ladder, or `nil` for text this codec did not write.
    ///
    /// Split on the UTF-8 bytes: every decision of the Engage stage reads one.
    public static func decode(_ text: String) -> (EngagementState, LadderPosition?)? {
        let parts = text.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        func string(_ index: Int) -> String { String(decoding: parts[index], as: UTF8.self) }
        func number<T: FixedWidthInteger>(_ index: Int, as type: T.Type = T.self) -> T? { T(string(index)) }
        guard parts.count == 3 || parts.count == 9, let line = Line(rawValue: string(0)), let since: Int32 = number(2)
        else { return nil }
        let state = EngagementState(line: line, stage: string(1), since: Day(index: since))
        guard parts.count == 9 else { return (state, nil) }
        guard let step: Int = number(4), let stepDay: Int32 = number(5), let started: Int32 = number(6),
            let spent = Double(string(7)), let flags: Int = number(8), (0...3).contains(flags)
        else { return nil }
        let ladder = LadderPosition(
            ladder: string(3), step: step, stepDay: Day(index: stepDay), startedDay: Day(index: started),
            spent: spent, capped: flags & 1 != 0, succeeded: flags & 2 != 0)
        return (state, ladder)
    }
}
