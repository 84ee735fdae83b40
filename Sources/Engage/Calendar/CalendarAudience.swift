/// A campaign's audience as the calendar file writes it: `all`, or stage names separated by
/// `;`, `|`, `,` or spaces (`at_risk; lapsed`). Blank means `all`.
///
/// ```swift
/// CalendarAudience.parse("all")               // .success(.always)
/// CalendarAudience.parse("loyal | advocate")  // .success(.stage(["loyal", "advocate"]))
/// ```
public enum CalendarAudience {
    /// Why an audience cannot be read.
    public enum Problem: Error, Hashable, Sendable {
        /// A stage not among the known ones.
        case unknownStage(String)
        /// `all` together with stage names.
        case allWithStages
    }

    /// The condition for `text`: ``Condition/always`` for everyone, ``Condition/stage(_:)``
    /// for a list (in the order written, repeats dropped). `stages`, when not empty, are the
    /// names allowed.
    public static func parse(_ text: String, stages: [String] = []) -> Result<Condition, Problem> {
        var names: [String] = []
        for part in text.split(whereSeparator: { ";|, \t".contains($0) }) {
            let name = String(part)
            if !names.contains(name) { names.append(name) }
        }
        if names.isEmpty { return .success(.always) }
        if names.contains(where: { $0.lowercased() == "all" }) {
            return names.count == 1 ? .success(.always) : .failure(.allWithStages)
        }
        if !stages.isEmpty, let unknown = names.first(where: { !stages.contains($0) }) {
            return .failure(.unknownStage(unknown))
        }
        return .success(.stage(names))
    }

    /// How the file writes `audience`: `all` or the stage names joined by `;`.
    public static func text(_ audience: Condition) -> String? {
        switch audience {
        case .always: "all"
        case .stage(let names): names.joined(separator: ";")
        default: nil
        }
    }
}
