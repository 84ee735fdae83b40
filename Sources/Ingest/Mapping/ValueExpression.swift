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
        var values: [String] = []
        forEachValue(in: row) { value in
            values.append(value)
            return true
        }
        return values
    }

    /// The first value, or nil.
    public func value(in row: some FieldLookup) -> String? {
        var first: String?
        forEachValue(in: row) { value in
            first = value
            return false
        }
        return first
    }

    /// Calls `body` with each value of ``values(in:)``, in order, until it returns false; builds
    /// no array. Returns false when `body` stopped it.
    @discardableResult
    func forEachValue(in row: some FieldLookup, _ body: (String) -> Bool) -> Bool {
        switch self {
        case .field(let reference, let modifiers):
            var going = true
            row.forEachValue(reference) { bytes in
                if let value = modifiers.apply(toUTF8: bytes) { going = body(value) }
                return going
            }
            return going
        case .concat(let parts, let separator):
            var pieces: [String] = []
            for part in parts {
                if let piece = part.value(in: row) { pieces.append(piece) }
            }
            return pieces.isEmpty ? true : body(pieces.joined(separator: separator))
        case .firstNonEmpty(let parts):
            for part in parts {
                if let value = part.value(in: row) { return body(value) }
            }
            return true
        case .all(let parts):
            for part in parts where !part.forEachValue(in: row, body) { return false }
            return true
        case .constant(let value):
            return value.isEmpty ? true : body(value)
        }
    }

    /// Calls `body` with the UTF-8 of the first value (nil when there is none), reading a plain
    /// field in place without building a `String`.
    func withFirstValueUTF8<R>(in row: some FieldLookup, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
        if case .field(let reference, let modifiers) = self, modifiers.isPlain {
            return row.withFirstTrimmedValue(reference, body)
        }
        guard var value = value(in: row) else { return body(nil) }
        return value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
    }

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

    /// Whether the value is only trimmed: no split, map or default.
    var isPlain: Bool { split == nil && map == nil && defaultValue == nil }

    /// The modified, trimmed value; nil when it ends up empty.
    public func apply(to raw: String) -> String? {
        var raw = raw
        return raw.withUTF8 { apply(toUTF8: UnsafeRawBufferPointer($0)) }
    }

    /// ``apply(to:)`` on UTF-8 bytes: trims and splits in place, and builds only the result.
    func apply(toUTF8 raw: UnsafeRawBufferPointer) -> String? {
        var bytes = UTF8Text.trimmed(raw)
        if var split, !bytes.isEmpty {
            let index = part
            let piece: UnsafeRawBufferPointer?? = split.withUTF8 { separator in
                let separator = UnsafeRawBufferPointer(separator)
                guard UTF8Text.canSplitBytes(bytes, on: separator) else { return nil }
                return .some(UTF8Text.part(index, of: bytes, separatedBy: separator))
            }
            // Non-ASCII text splits by `Character`, as `String` does.
            guard let piece else { return applyToString(UTF8Text.string(raw)) }
            bytes = piece.map(UTF8Text.trimmed) ?? UnsafeRawBufferPointer(start: nil, count: 0)
        }
        if map == nil, !bytes.isEmpty { return UTF8Text.string(bytes) }
        return finish(bytes.isEmpty ? "" : UTF8Text.string(bytes))
    }

    /// The `String` path, for values split by `Character`.
    private func applyToString(_ raw: String) -> String? {
        var value = raw.trimmedValue
        if let split, !value.isEmpty {
            let parts = value.components(separatedBy: split)
            let index = part >= 0 ? part : parts.count + part
            value = parts.indices.contains(index) ? parts[index].trimmedValue : ""
        }
        return finish(value)
    }

    /// Maps and defaults a trimmed (and split) value.
    private func finish(_ trimmed: String) -> String? {
        var value = trimmed
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

    /// Calls `body` with the UTF-8 bytes of each value of ``values(_:)``, in order, until it
    /// returns false. The bytes are valid only inside `body`.
    ///
    /// The default reads ``values(_:)``; readers override it to hand out their bytes in place.
    func forEachValue(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Bool)
}

extension FieldLookup {
    public func forEachValue(_ index: Int, _ body: (UnsafeRawBufferPointer) -> Bool) {
        for value in values(index) {
            var value = value
            guard value.withUTF8({ body(UnsafeRawBufferPointer($0)) }) else { return }
        }
    }

    /// Calls `body` with the first value of reference `index` that is not empty once trimmed, as
    /// UTF-8 (nil when there is none), without building a `String`.
    func withFirstTrimmedValue<R>(_ index: Int, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
        var result: R?
        forEachValue(index) { bytes in
            let trimmed = UTF8Text.trimmed(bytes)
            guard !trimmed.isEmpty else { return true }
            result = body(trimmed)
            return false
        }
        return result ?? body(nil)
    }
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
