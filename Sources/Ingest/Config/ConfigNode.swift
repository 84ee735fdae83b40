import GoldenCore
import Yams

/// A node of a YAML configuration file that remembers where it is: the file, the line and the
/// key path, so that every error can say exactly that.
///
/// Reading is strict: a mapping's keys are checked against the keys the reader asked for
/// (``rejectUnknownKeys()``), so a misspelt option is an error, not a silent default.
public struct ConfigNode {
    public let node: Node
    public let file: String
    /// Dotted key path from the document root, e.g. `sources[1].mapping`.
    public let keyPath: String

    public init(node: Node, file: String, keyPath: String) {
        self.node = node
        self.file = file
        self.keyPath = keyPath
    }

    /// Parses a YAML document. An empty document is an empty mapping.
    public static func parse(yaml: String, file: String) throws(GoldenError) -> ConfigNode {
        do {
            let root = try Yams.compose(yaml: yaml) ?? Node([(Node, Node)]())
            return ConfigNode(node: root, file: file, keyPath: "")
        } catch let error as YamlError {
            throw GoldenError(.config, "not valid YAML: \(Self.describe(error))",
                at: SourceLocation(file: file, line: Self.line(of: error)))
        } catch {
            throw GoldenError(.config, "not valid YAML", at: SourceLocation(file: file))
        }
    }

    /// Where this node is, for messages.
    public var location: SourceLocation {
        SourceLocation(
            file: file, line: node.mark?.line, column: node.mark?.column,
            key: keyPath.isEmpty ? nil : keyPath)
    }

    /// An error at this node.
    public func error(_ message: String) -> GoldenError {
        GoldenError(.config, message, at: location)
    }

    // MARK: Kinds

    public var isScalar: Bool { if case .scalar = node { return true } else { return false } }
    public var isMapping: Bool { node.mapping != nil }
    public var isSequence: Bool { node.sequence != nil }

    /// The scalar's text, or an error naming what was expected.
    public func string() throws(GoldenError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error("expected a single value, found \(kindName)")
        }
        return scalar.string
    }

    public func int(in range: ClosedRange<Int>? = nil) throws(GoldenError) -> Int {
        let text = try string()
        guard let value = Int(text.replacingUnderscores) else {
            throw error("expected a whole number, found '\(text)'")
        }
        if let range, !range.contains(value) {
            throw error("must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
        }
        return value
    }

    public func double() throws(GoldenError) -> Double {
        let text = try string()
        guard let value = Double(text.replacingUnderscores) else {
            throw error("expected a number, found '\(text)'")
        }
        return value
    }

    public func bool() throws(GoldenError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw error("expected true or false, found '\(other)'")
        }
    }

    /// One of the raw values of `T`, listing the allowed ones when it is not.
    public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(GoldenError) -> T
    where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown value '\(text)'; expected one of: \(allowed)")
        }
        return value
    }

    /// The items of a sequence; a single scalar counts as a one-item list.
    public func list() throws(GoldenError) -> [ConfigNode] {
        switch node {
        case .sequence(let sequence):
            return sequence.enumerated().map { index, item in
                ConfigNode(node: item, file: file, keyPath: "\(keyPath)[\(index)]")
            }
        case .scalar:
            return [self]
        default:
            throw error("expected a list, found \(kindName)")
        }
    }

    public func stringList() throws(GoldenError) -> [String] {
        var strings: [String] = []
        for item in try list() { strings.append(try item.string()) }
        return strings
    }

    /// The entries of a mapping, in file order.
    public func entries() throws(GoldenError) -> [(key: String, value: ConfigNode)] {
        guard let mapping = node.mapping else {
            throw error("expected a mapping of keys to values, found \(kindName)")
        }
        return mapping.map { pair in
            let key = pair.key.string ?? "?"
            return (key, ConfigNode(node: pair.value, file: file, keyPath: child(key)))
        }
    }

    /// The value at `key`, or nil when the key is absent or null.
    public func optional(_ key: String) throws(GoldenError) -> ConfigNode? {
        guard let mapping = node.mapping else {
            throw error("expected a mapping of keys to values, found \(kindName)")
        }
        guard let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.tag == Tag(.null) || scalar.string == "~" {
            return nil
        }
        return ConfigNode(node: value, file: file, keyPath: child(key))
    }

    /// The value at `key`; an error naming the key when it is missing.
    public func required(_ key: String) throws(GoldenError) -> ConfigNode {
        guard let value = try optional(key) else {
            throw error("missing required key '\(child(key))'")
        }
        return value
    }

    /// Fails on the first key not in `known`, naming it and its line.
    public func rejectUnknownKeys(_ known: Set<String>) throws(GoldenError) {
        for (key, value) in try entries() where !known.contains(key) {
            let expected = known.sorted().joined(separator: ", ")
            var location = value.location
            location.line = keyMark(key)?.line ?? location.line
            throw GoldenError(.config, "unknown key '\(key)'; expected one of: \(expected)", at: location)
        }
    }

    private func keyMark(_ key: String) -> Mark? {
        node.mapping?.first(where: { $0.key.string == key })?.key.mark
    }

    private func child(_ key: String) -> String { keyPath.isEmpty ? key : "\(keyPath).\(key)" }

    private var kindName: String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
            .composer(_, let problem, _, _):
            return problem
        default:
            return "unreadable document"
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { filter { $0 != "_" } }
}
