import GoldenCore

/// The levels of a comparison of dates of birth (`BirthDate`).
///
/// | level | name | holds when (see ``DateComparison``) |
/// |---|---|---|
/// | ``exact`` | `exact` | same date; same month and day when either has no year |
/// | ``dayMonthSwapped`` | `day_month_swapped` | day and month swapped, same year |
/// | ``yearTypo`` | `year_typo` | same month and day, years one typing slip apart (`1978`/`1987`) |
/// | ``withinDays(_:)`` | `within_days<=30` | at most that many days apart |
/// | ``sameYear`` | `same_year` | same year |
/// | ``else`` | `else` | always |
///
/// A date that is unusable or has no month or day is missing. A typical list:
/// `[exact, day_month_swapped, year_typo, within_days<=31, else]`.
public enum DateLevel: ComparisonLevel, BitwiseCopyable {
    case exact
    case dayMonthSwapped
    case yearTypo
    case withinDays(Int)
    case sameYear
    case `else`

    public typealias Value = BirthDate

    public static let nameForms = ["exact", "day_month_swapped", "year_typo", "within_days<=N", "same_year", "else"]

    public var name: String {
        switch self {
        case .exact: "exact"
        case .dayMonthSwapped: "day_month_swapped"
        case .yearTypo: "year_typo"
        case .withinDays(let days): "within_days<=\(days)"
        case .sameYear: "same_year"
        case .else: "else"
        }
    }

    public init(name: some StringProtocol) throws(ComparisonLevelError) {
        let syntax = try LevelSyntax(name)
        if syntax.word == "within_days" {
            self = .withinDays(try syntax.count(.atMost, in: 0...3660, example: 30))
            return
        }
        let plain: [DateLevel] = [.exact, .dayMonthSwapped, .yearTypo, .sameYear, .else]
        guard let level = plain.first(where: { $0.name == syntax.word }) else {
            throw syntax.unknown(among: Self.nameForms)
        }
        try syntax.expectingNoThreshold()
        self = level
    }

    public static func isMissing(_ value: BirthDate) -> Bool { !DateComparison.isComparable(value) }

    /// - Complexity: O(1).
    public func holds(_ a: BirthDate, _ b: BirthDate) -> Bool {
        if case .else = self { return true }
        guard let x = DateComparison.Parts(a), let y = DateComparison.Parts(b) else { return false }
        return holds(x, y)
    }

    /// Evaluates the levels in order on the dates' parts, read once.
    public static func firstHolding(in levels: [DateLevel], _ a: BirthDate, _ b: BirthDate) -> Int {
        guard let x = DateComparison.Parts(a), let y = DateComparison.Parts(b) else { return levels.count - 1 }
        for (index, level) in levels.enumerated() where level.holds(x, y) { return index }
        return levels.count - 1
    }

    /// Whether the level holds for two dates' comparable parts.
    @inline(__always)
    func holds(_ x: DateComparison.Parts, _ y: DateComparison.Parts) -> Bool {
        switch self {
        case .exact: DateComparison.exact(x, y)
        case .dayMonthSwapped: DateComparison.dayMonthSwapped(x, y)
        case .yearTypo: DateComparison.yearTypo(x, y)
        case .withinDays(let days): DateComparison.within(days: days, x, y)
        case .sameYear: DateComparison.sameYear(x, y)
        case .else: true
        }
    }
}
