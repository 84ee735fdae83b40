import GoldenCore

/// The levels of a comparison of telephone numbers (`PhoneNumber`).
///
/// | level | name | holds when (see ``PhoneComparison``) |
/// |---|---|---|
/// | ``exact`` | `exact` | same E.164 number |
/// | ``lastDigits(_:)`` | `last_digits>=7` | the last that many digits agree (E.164 digits, or the local digits of a number without area code) |
/// | ``localDigits`` | `local_digits` | one side is known only by local digits and the other ends with them |
/// | ``else`` | `else` | always |
///
/// A number that is unusable or has neither an E.164 form nor local digits is missing. For a
/// record's several numbers, use ``ComparisonLevels/level(ofAny:_:)``.
public enum PhoneLevel: ComparisonLevel, BitwiseCopyable {
    case exact
    case lastDigits(Int)
    case localDigits
    case `else`

    public typealias Value = PhoneNumber

    public static let nameForms = ["exact", "last_digits>=N", "local_digits", "else"]

    public var name: String {
        switch self {
        case .exact: "exact"
        case .lastDigits(let count): "last_digits>=\(count)"
        case .localDigits: "local_digits"
        case .else: "else"
        }
    }

    public init(name: some StringProtocol) throws(ComparisonLevelError) {
        let syntax = try LevelSyntax(name)
        if syntax.word == "last_digits" {
            self = .lastDigits(try syntax.count(.atLeast, in: 1...15, example: 7))
            return
        }
        let plain: [PhoneLevel] = [.exact, .localDigits, .else]
        guard let level = plain.first(where: { $0.name == syntax.word }) else {
            throw syntax.unknown(among: Self.nameForms)
        }
        try syntax.expectingNoThreshold()
        self = level
    }

    public static func isMissing(_ value: PhoneNumber) -> Bool { !PhoneComparison.isComparable(value) }

    /// - Complexity: O(*n*) for numbers of *n* digits.
    public func holds(_ a: PhoneNumber, _ b: PhoneNumber) -> Bool {
        switch self {
        case .exact: PhoneComparison.sameNumber(a, b)
        case .lastDigits(let count): PhoneComparison.sameLastDigits(a, b, count: count)
        case .localDigits: PhoneComparison.localDigitsMatch(a, b)
        case .else: true
        }
    }
}
