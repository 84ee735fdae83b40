import GoldenCore

/// How survivorship reads one attribute: where the values are in a record, how they group, which
/// of them are variants of one another, and what the rules measure on them.
///
/// One conformance per golden attribute; ``AttributeResolver`` does the rest generically.
protocol SurvivorKind {
    associatedtype Value: Hashable & Sendable & Codable

    static var attribute: GoldenAttribute { get }
    /// How many values of the attribute the record gives.
    static func count(in record: NormalizedRecord) -> Int
    /// The record's `index`th value.
    static func value(in record: NormalizedRecord, at index: Int) -> Value
    /// The value's status; `valid` for attributes without one.
    static func status(of value: Value) -> ValueStatus
    /// Orders values by their grouping keys, without building them: 0 when two values are one
    /// golden value, negative when `a`'s key sorts first (UTF-8 byte order of ``key(of:)``'s parts).
    static func compareKeys(_ a: Value, _ b: Value) -> Int
    /// Whether two values of one group would be shown the same.
    static func sameVariant(_ a: Value, _ b: Value) -> Bool
    /// What ``SurvivorshipRule/mostComplete`` measures: more is more complete.
    static func completeness(of value: Value) -> Int
    /// What ``SurvivorshipRule/longest`` measures: UTF-8 bytes of the display form.
    static func length(of value: Value) -> Int
    /// The grouping key, written out.
    static func key(of value: Value) -> String
    /// Whether two values of different groups can describe the same thing (one lacks a part the
    /// other has, nothing differs): such values are no conflict.
    static func agrees(_ a: Value, _ b: Value) -> Bool
    /// Whether the valid value `full` contains the partial value `partial` (a birthday in a full
    /// date, a local number in an E.164 one), which is then left out.
    static func covers(_ full: Value, _ partial: Value) -> Bool
    /// The values of a conflict; `nil` for multi-valued attributes.
    static func conflictValues(_ values: [GoldenValue<Value>]) -> SurvivorshipConflict.Values?
}

extension SurvivorKind {
    static func status(of value: Value) -> ValueStatus { .valid }
    static func agrees(_ a: Value, _ b: Value) -> Bool { compareKeys(a, b) == 0 }
    static func covers(_ full: Value, _ partial: Value) -> Bool { false }
    static func conflictValues(_ values: [GoldenValue<Value>]) -> SurvivorshipConflict.Values? { nil }
}

/// Comparisons of optional key parts shared by the kinds.
enum KeyOrder {
    /// `nil` first, then UTF-8 byte order.
    @inline(__always)
    static func compare(_ a: String?, _ b: String?) -> Int {
        compare(a, b) { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `nil` first, then ascending.
    @inline(__always)
    static func compare(_ a: Int?, _ b: Int?) -> Int { compare(a, b, <) }

    @inline(__always)
    private static func compare<T: Equatable>(_ a: T?, _ b: T?, _ less: (T, T) -> Bool) -> Int {
        guard let a else { return b == nil ? 0 : -1 }
        guard let b else { return 1 }
        return a == b ? 0 : (less(a, b) ? -1 : 1)
    }

    /// Whether two optional parts do not disagree: equal, or one of them missing.
    @inline(__always)
    static func agree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b
    }

    /// The parts joined by `|`, a missing part left empty.
    static func join(_ parts: String?...) -> String {
        var key = ""
        key.reserveCapacity(parts.reduce(parts.count) { $0 + length($1) })
        for (index, part) in parts.enumerated() {
            if index > 0 { key += "|" }
            if let part { key += part }
        }
        return key
    }

    /// The UTF-8 length of an optional part.
    @inline(__always)
    static func length(_ part: String?) -> Int { part?.utf8.count ?? 0 }
}
