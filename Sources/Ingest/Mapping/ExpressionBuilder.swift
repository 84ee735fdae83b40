import GoldenCore

/// Builds value expressions, keys and timestamp specs from configuration nodes, collecting the field
/// references they read.
struct ExpressionBuilder {
    var references: FieldReferences

    mutating func expression(_ node: ConfigNode) throws(GoldenError) -> ValueExpression {
        if node.isScalar {
            return .field(try reference(node), FieldModifiers())
        }
        let entries = try node.entries()
        let forms = ["field", "concat", "first_non_empty", "all", "constant"]
        let present = entries.map(\.key).filter { forms.contains($0) }
        guard present.count == 1 else {
            throw node.error(
                present.isEmpty
                    ? "expected one of: \(forms.joined(separator: ", "))"
                    : "give only one of: \(present.joined(separator: ", "))")
        }
        switch present[0] {
        case "field":
            try node.rejectUnknownKeys(["field", "split", "part", "map", "map_default", "default"])
            var modifiers = FieldModifiers()
            if let split = try node.optional("split") {
                modifiers.split = try split.string()
                guard !(modifiers.split ?? "").isEmpty else { throw split.error("'split' is empty") }
                modifiers.part = try node.optional("part")?.int() ?? 0
            } else if let part = try node.optional("part") {
                throw part.error("'part' needs 'split'")
            }
            if let map = try node.optional("map") {
                var table: [String: String] = [:]
                for (from, to) in try map.entries() { table[from] = try to.string() }
                modifiers.map = table
            }
            modifiers.mapDefault = try node.optional("map_default")?.string()
            modifiers.defaultValue = try node.optional("default")?.string()
            return .field(try reference(node.required("field")), modifiers)
        case "concat":
            try node.rejectUnknownKeys(["concat", "separator"])
            let separator = try node.optional("separator")?.string() ?? " "
            return .concat(try parts(node.required("concat")), separator: separator)
        case "first_non_empty":
            try node.rejectUnknownKeys(["first_non_empty"])
            return .firstNonEmpty(try parts(node.required("first_non_empty")))
        case "all":
            try node.rejectUnknownKeys(["all"])
            return .all(try parts(node.required("all")))
        default:
            try node.rejectUnknownKeys(["constant"])
            return .constant(try node.required("constant").string())
        }
    }

    mutating func key(_ node: ConfigNode) throws(GoldenError) -> KeySpec {
        if node.isMapping {
            try node.rejectUnknownKeys(["hash"])
            let hash = try node.required("hash")
            guard try hash.string() == "row" else { throw hash.error("only 'hash: row' is supported") }
            return .rowHash
        }
        var indices: [Int] = []
        for item in try node.list() { indices.append(try reference(item)) }
        guard !indices.isEmpty else { throw node.error("the key names no field") }
        return .fields(indices)
    }

    mutating func timestamp(_ node: ConfigNode) throws(GoldenError) -> TimestampSpec {
        if node.isScalar {
            let value = ValueExpression.field(try reference(node), FieldModifiers())
            return TimestampSpec(
                value: value, fieldName: try node.string(),
                parser: TimestampParser(formats: [.iso8601], zone: .utc))
        }
        try node.rejectUnknownKeys(["field", "formats", "format", "timezone"])
        let fieldNode = try node.required("field")
        var formats: [TimestampFormat] = []
        var formatsNode = try node.optional("formats")
        if formatsNode == nil { formatsNode = try node.optional("format") }
        for item in try formatsNode?.list() ?? [] {
            guard let format = TimestampFormat(try item.string()) else {
                throw item.error(
                    "not a timestamp format: use iso8601, epoch, epoch_ms or a pattern such as dd/MM/yyyy HH:mm")
            }
            formats.append(format)
        }
        if formats.isEmpty { formats = [.iso8601] }
        var zone = TimeZoneRule.utc
        if let zoneNode = try node.optional("timezone") {
            guard let rule = TimeZoneRule(try zoneNode.string()) else {
                throw zoneNode.error("unknown time zone; use UTC, an offset such as +01:00, or an IANA name")
            }
            zone = rule
        }
        return TimestampSpec(
            value: .field(try reference(fieldNode), FieldModifiers()), fieldName: try fieldNode.string(),
            parser: TimestampParser(formats: formats, zone: zone))
    }

    private mutating func parts(_ node: ConfigNode) throws(GoldenError) -> [ValueExpression] {
        var result: [ValueExpression] = []
        for item in try node.list() { result.append(try expression(item)) }
        guard !result.isEmpty else { throw node.error("needs at least one part") }
        return result
    }

    private mutating func reference(_ node: ConfigNode) throws(GoldenError) -> Int {
        let name = try node.string()
        guard !name.isEmpty else { throw node.error("field name is empty") }
        return references.index(for: name, usedAt: node.keyPath)
    }
}
