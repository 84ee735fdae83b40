import Engage
import GoldenCore
import Ingest

/// Reads a rule's `when:` (and a ladder's `success:`) from `Mappings/engage.yml`, checking every
/// name it uses: an unknown signal, attribute, stage or line is a config error at its line, never
/// a condition that is silently false.
///
/// ```yaml
/// when:
///   all:
///     - { signal: purchase, within_days: 30 }
///     - any: [{ signal: monetary, gt: 100 }, { stage: [loyal, advocate] }]
///     - not: { attribute: country, in: [US] }
/// ```
struct ConditionReader {
    /// Signal names rules may use.
    var signals: Set<String>
    /// Attribute names rules may use.
    var attributes: Set<String>
    /// Stage names defined in the file.
    var stages: Set<String>

    func read(_ node: ConfigNode) throws(GoldenError) -> Condition {
        if node.isSequence {
            // A bare list is shorthand for `all:`.
            return .all(try node.list().map { (item) throws(GoldenError) in try read(item) })
        }
        let entries = try node.entries()
        guard let head = entries.first(where: { Self.heads.contains($0.key) }) else {
            throw node.error("a condition needs one of: \(Self.heads.sorted().joined(separator: ", "))")
        }
        switch head.key {
        case "all", "any":
            try node.rejectUnknownKeys([head.key])
            var parts: [Condition] = []
            for item in try head.value.list() { parts.append(try read(item)) }
            guard !parts.isEmpty else { throw head.value.error("'\(head.key)' lists no condition") }
            return head.key == "all" ? .all(parts) : .any(parts)
        case "not":
            try node.rejectUnknownKeys(["not"])
            return .not(try read(head.value))
        case "always":
            try node.rejectUnknownKeys(["always"])
            guard try head.value.bool() else { throw head.value.error("write 'always: true' or leave the rule out") }
            return .always
        case "signal":
            try node.rejectUnknownKeys(Self.comparisons.union(["signal", "within_days", "in"]))
            let name = try head.value.string()
            guard signals.contains(name) else {
                throw head.value.error("unknown signal '\(name)'; known signals: \(signals.sorted().joined(separator: ", "))")
            }
            return .signal(name, try signalTest(node))
        case "attribute":
            try node.rejectUnknownKeys(Self.comparisons.union(["attribute", "in", "present", "within_days"]))
            let name = try head.value.string()
            guard attributes.contains(name) else {
                throw head.value.error(
                    "unknown attribute '\(name)'; rules may test: \(attributes.sorted().joined(separator: ", "))")
            }
            return .attribute(name, try valueTest(node))
        case "line", "previous_line":
            try node.rejectUnknownKeys([head.key])
            var lines: [Line] = []
            for item in try head.value.list() { lines.append(try item.choice(Line.self)) }
            return head.key == "line" ? .line(lines) : .previousLine(lines)
        default:  // stage, previous_stage
            try node.rejectUnknownKeys([head.key])
            var names: [String] = []
            for item in try head.value.list() {
                let name = try item.string()
                guard stages.contains(name) else {
                    throw item.error("unknown stage '\(name)'; stages: \(stages.sorted().joined(separator: ", "))")
                }
                names.append(name)
            }
            return head.key == "stage" ? .stage(names) : .previousStage(names)
        }
    }

    private static let heads: Set<String> = [
        "all", "any", "not", "always", "signal", "attribute", "line", "previous_line", "stage", "previous_stage",
    ]
    private static let comparisons: Set<String> = Set(Comparison.allCases.map(\.rawValue))

    private func signalTest(_ node: ConfigNode) throws(GoldenError) -> SignalTest {
        var tests: [SignalTest] = []
        if let days = try node.optional("within_days") { tests.append(.withinDays(try days.int(in: 0...36_500))) }
        if let list = try node.optional("in") { tests.append(.oneOf(try list.stringList())) }
        for comparison in Comparison.allCases {
            if let value = try node.optional(comparison.rawValue) { tests.append(.compare(comparison, try value.double())) }
        }
        guard tests.count <= 1 else {
            throw node.error("a signal condition takes one test: within_days, in (its reference) or one comparison")
        }
        return tests.first ?? .fired
    }

    private func valueTest(_ node: ConfigNode) throws(GoldenError) -> ValueTest {
        var tests: [ValueTest] = []
        if let list = try node.optional("in") { tests.append(.oneOf(try list.stringList())) }
        if let present = try node.optional("present") {
            guard try present.bool() else { throw present.error("write 'present: true', or wrap the test in 'not:'") }
            tests.append(.present)
        }
        if let days = try node.optional("within_days") { tests.append(.withinDays(try days.int(in: 0...36_500))) }
        for comparison in Comparison.allCases {
            guard let value = try node.optional(comparison.rawValue) else { continue }
            let text = try value.string()
            if let number = Double(text) {
                tests.append(.compare(comparison, .number(number)))
            } else if let day = Day(iso: text) {
                tests.append(.compare(comparison, .day(day)))
            } else {
                tests.append(.compare(comparison, .text(text)))
            }
        }
        guard tests.count == 1 else {
            throw node.error("an attribute condition takes exactly one test: in, present, within_days or a comparison")
        }
        return tests[0]
    }
}
