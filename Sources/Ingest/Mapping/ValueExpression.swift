/// How a mapped value is computed from a row: a field (with modifiers), a concatenation, the first
/// non-empty of several, all of several, or a constant.
///
/// Field references are indices into the mapping's ``FieldReferences`` table, resolved once per file
/// to CSV columns or XML paths.
public indirect enum ValueExpression: Hashable, Sendable {
    case field(Int, FieldModifiers)
    case concat([ValueExpression], separator: String)
    case firstNonEmpty([ValueExpression])
    case all([ValueExpression])
    case constant(String)

    /// Every non-empty value, trimmed, in order.
    public func values(in row: some FieldLookup) -> [String] {
        switch self {
        case .field(let reference, let modifiers):
            return row.values(reference).compactMap { modifiers.apply(to: $0) }
        case .concat(let parts, let separator):
            let pieces = parts.compactMap { $0.values(in: row).first }
            return pieces.isEmpty ? [] : [pieces.joined(separator: separator)]
        case .firstNonEmpty(let parts):
            for part in parts {
                let values = part.values(in: row)
                if !values.isEmpty { return [values[0]] }
            }
            return []
        case .all(let parts):
            return parts.flatMap { $0.values(in: row) }
        case .constant(let value):
            return value.isEmpty ? [] : [value]
        }
    }

    /// The first value, or nil.
    public func value(in row: some FieldLookup) -> String? { values(in: row).first }

    /// The field references this expression reads.
    public var references: [Int] {
        switch self {
        case .field(let reference, _): return [reference]
        case .concat(let parts, _), .firstNonEmpty(let parts), .all(let parts):
            return parts.flatMap(\.references)
        case .constant: return []
        }
    }
}

/// Modifiers on a field value: take one part of a split, map whole values, default when empty.
public struct FieldModifiers: Hashable, Sendable {
    public var split: String?
    public var part: Int = 0
    public var map: [String: String]?
    public var mapDefault: String?
    public var defaultValue: String?

    public init() {}

    /// The modified, trimmed value; nil when it ends up empty.
    public func apply(to raw: String) -> String? {
        var value = raw.trimmedValue
        if let split, !value.isEmpty {
            let parts = value.components(separatedBy: split)
            let index = part >= 0 ? part : parts.count + part
            value = parts.indices.contains(index) ? parts[index].trimmedValue : ""
        }
        if let map, !value.isEmpty {
            if let mapped = map[value] ?? map[value.lowercased()] {
                value = mapped
            } else if let mapDefault {
                value = mapDefault
            }
        }
        if value.isEmpty, let defaultValue { value = defaultValue }
        return value.isEmpty ? nil : value
    }
}

/// A row that mapped values are read from: a CSV row or an XML record element.
public protocol FieldLookup {
    /// The values of reference `index` of the mapping's reference table (XML paths may repeat).
    func values(_ index: Int) -> [String]
}

extension String {
    /// Trimmed of spaces, tabs, line ends and no-break spaces at both ends.
    var trimmedValue: String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{00A0}"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    /// Splits on every occurrence of `separator` (no Foundation).
    func components(separatedBy separator: String) -> [String] {
        guard !separator.isEmpty else { return [self] }
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
