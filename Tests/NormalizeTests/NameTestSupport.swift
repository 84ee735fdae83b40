import GoldenCore

@testable import Normalize

/// Table-test helpers for the name normalizer: a one-line summary of each result, so that every
/// case states all the fields it produces.
enum NameSummary {
    /// `t=title g=Given/key* m=Middle/key f=Family/key alt=a,b s=suffix` (`*` when the given
    /// name is an initial), people of a joint name separated by ` | `.
    static func of(_ names: [PersonName]) -> String {
        names.map(of).joined(separator: " | ")
    }

    static func of(_ name: PersonName) -> String {
        var parts: [String] = []
        if let title = name.title { parts.append("t=\(title)") }
        if let given = name.given {
            parts.append("g=\(given)/\(name.givenKey ?? "∅")" + (name.givenIsInitial ? "*" : ""))
        }
        if let middle = name.middle { parts.append("m=\(middle)/\(name.middleKey ?? "∅")") }
        if let family = name.family { parts.append("f=\(family)/\(name.familyKey ?? "∅")") }
        if !name.familyAlternatives.isEmpty { parts.append("alt=" + name.familyAlternatives.joined(separator: ",")) }
        if let suffix = name.suffix { parts.append("s=\(suffix)") }
        return parts.joined(separator: " ")
    }

    /// `code:kind` of each finding, comma-separated.
    static func of(_ findings: [Finding]) -> String {
        findings.map { "\($0.code):\($0.kind.rawValue)" }.joined(separator: ",")
    }

    /// Invariants every result keeps: keys only beside display values, fields of other steps
    /// left empty, the initial flag only with a given name.
    static func isWellFormed(_ name: PersonName) -> Bool {
        (name.given == nil) == (name.givenKey == nil) && (name.middle == nil) == (name.middleKey == nil)
            && (name.family == nil) == (name.familyKey == nil) && name.givenCanonical.isEmpty
            && name.givenPhonetic == nil && name.familyPhonetic == nil
            && (!name.givenIsInitial || name.given != nil)
            && !name.familyAlternatives.contains { $0 == name.familyKey }
            && name.familyAlternatives == name.familyAlternatives.sorted()
    }
}
