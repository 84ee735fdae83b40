import GoldenCore

/// The levels of a comparison of e-mail addresses (`EmailAddress`), on their canonical forms.
///
/// | level | name | holds when (see ``EmailComparison``) |
/// |---|---|---|
/// | ``exact`` | `exact` | same canonical address |
/// | ``localPart`` | `local_part` | same canonical local part (before `@`) |
/// | ``jaroWinklerAtLeast(_:)`` | `jaro_winkler>=0.9` | the Jaro–Winkler similarity of the canonical addresses is at least the threshold |
/// | ``else`` | `else` | always |
///
/// An address without a canonical form (invalid, a placeholder) is missing. For a record's
/// several addresses, use ``ComparisonLevels/level(ofAny:_:)``.
public enum EmailLevel: ComparisonLevel, BitwiseCopyable {
    case exact
    case localPart
    case jaroWinklerAtLeast(Double)
    case `else`

    public typealias Value = EmailAddress

    public static let nameForms = ["exact", "local_part", "jaro_winkler>=X", "else"]

    public var name: String {
        switch self {
        case .exact: "exact"
        case .localPart: "local_part"
        case .jaroWinklerAtLeast(let threshold): "jaro_winkler>=" + thresholdText(threshold)
        case .else: "else"
        }
    }

    public init(name: some StringProtocol) throws(ComparisonLevelError) {
        let syntax = try LevelSyntax(name)
        if syntax.word == "jaro_winkler" {
            self = .jaroWinklerAtLeast(try syntax.similarity())
            return
        }
        let plain: [EmailLevel] = [.exact, .localPart, .else]
        guard let level = plain.first(where: { $0.name == syntax.word }) else {
            throw syntax.unknown(among: Self.nameForms)
        }
        try syntax.expectingNoThreshold()
        self = level
    }

    public static func isMissing(_ value: EmailAddress) -> Bool { !EmailComparison.isComparable(value) }

    /// - Complexity: O(*n*) for addresses of *n* bytes; O(*n* · *w*) for Jaro–Winkler.
    public func holds(_ a: EmailAddress, _ b: EmailAddress) -> Bool {
        switch self {
        case .exact: EmailComparison.sameAddress(a, b)
        case .localPart: EmailComparison.sameLocalPart(a, b)
        case .jaroWinklerAtLeast(let threshold):
            JaroWinkler.similarity(a.canonical ?? "", b.canonical ?? "") >= threshold
        case .else: true
        }
    }
}
