/// One level of a comparison, in Splink's sense: a named test that two values of one attribute
/// pass or fail (`exact`, `jaro_winkler>=0.92`, `day_month_swapped`, `else`).
///
/// A comparison is an ordered list of levels from the strictest to `else`
/// (``ComparisonLevels``); a pair of values is at the first level that holds for it. Each kind
/// of value has its own level type — ``StringLevel``, ``DateLevel``, ``PostcodeLevel``,
/// ``EmailLevel``, ``PhoneLevel`` — and each level has a stable ``name`` that configuration
/// writes and ``init(name:)`` reads back.
public protocol ComparisonLevel: Hashable, Sendable, CustomStringConvertible {
    /// The values the level compares.
    associatedtype Value

    /// The level that always holds: the last of every list.
    static var `else`: Self { get }

    /// Every level name this kind accepts, thresholds shown as `X`, for error messages and help.
    static var nameForms: [String] { get }

    /// The level's stable name, as configuration writes it: `exact`, `jaro_winkler>=0.92`.
    var name: String { get }

    /// Reads a level from its name (``name``), with a clear error for unknown names and bad
    /// thresholds. Spaces around the operator are allowed; the name is not case-sensitive.
    init(name: some StringProtocol) throws(ComparisonLevelError)

    /// Whether a value counts as missing: compared with anything, it is at no level.
    static func isMissing(_ value: Value) -> Bool

    /// Whether the level holds for two values, neither missing.
    func holds(_ a: Value, _ b: Value) -> Bool

    /// The index of the first of `levels` that holds for two values, neither missing; `levels`
    /// ends with `else`. A kind of level may override this to share work between its
    /// levels (one Jaro–Winkler score for several thresholds).
    static func firstHolding(in levels: [Self], _ a: Value, _ b: Value) -> Int
}

extension ComparisonLevel {
    public static func firstHolding(in levels: [Self], _ a: Value, _ b: Value) -> Int {
        for (index, level) in levels.enumerated() where level.holds(a, b) { return index }
        return levels.count - 1
    }

    public var description: String { name }

    /// Whether this is the level that always holds.
    public var isElse: Bool { self == Self.else }
}
