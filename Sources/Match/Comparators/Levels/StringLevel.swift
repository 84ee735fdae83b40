/// The levels of a comparison of text values (``TextKey``): names, street lines, cities.
///
/// | level | name | holds when |
/// |---|---|---|
/// | ``exact`` | `exact` | the keys are the same bytes |
/// | ``jaroWinklerAtLeast(_:)`` | `jaro_winkler>=0.92` | the Jaro–Winkler similarity of the keys is at least the threshold |
/// | ``damerauLevenshteinAtMost(_:)`` | `damerau_levenshtein<=1` | the keys are at most that many edits apart |
/// | ``tokenJaccardAtLeast(_:)`` | `token_jaccard>=0.5` | the Jaccard similarity of their word sets is at least the threshold |
/// | ``tokenSetAtLeast(_:)`` | `token_set>=0.9` | the token-set ratio of the keys is at least the threshold |
/// | ``phonetic`` | `phonetic` | the phonetic keys share a code |
/// | ``nicknameAware`` | `nickname` | the keys are equal, one is among the other's variants, or the variants intersect |
/// | ``initials`` | `initials` | one key is a single letter and it is the other's first |
/// | ``else`` | `else` | always |
///
/// A value with an empty key is missing. Thresholds are written with `>=` for similarities (0 to
/// 1) and `<=` for edit counts.
public enum StringLevel: ComparisonLevel, BitwiseCopyable {
    case exact
    case jaroWinklerAtLeast(Double)
    case damerauLevenshteinAtMost(Int)
    case tokenJaccardAtLeast(Double)
    case tokenSetAtLeast(Double)
    case phonetic
    case nicknameAware
    case initials
    case `else`

    public typealias Value = TextKey

    public static let nameForms = [
        "exact", "jaro_winkler>=X", "damerau_levenshtein<=N", "token_jaccard>=X", "token_set>=X",
        "phonetic", "nickname", "initials", "else",
    ]

    public var name: String {
        switch self {
        case .exact: "exact"
        case .jaroWinklerAtLeast(let threshold): "jaro_winkler>=" + thresholdText(threshold)
        case .damerauLevenshteinAtMost(let edits): "damerau_levenshtein<=\(edits)"
        case .tokenJaccardAtLeast(let threshold): "token_jaccard>=" + thresholdText(threshold)
        case .tokenSetAtLeast(let threshold): "token_set>=" + thresholdText(threshold)
        case .phonetic: "phonetic"
        case .nicknameAware: "nickname"
        case .initials: "initials"
        case .else: "else"
        }
    }

    public init(name: some StringProtocol) throws(ComparisonLevelError) {
        let syntax = try LevelSyntax(name)
        switch syntax.word {
        case "jaro_winkler": self = .jaroWinklerAtLeast(try syntax.similarity())
        case "damerau_levenshtein": self = .damerauLevenshteinAtMost(try syntax.count(.atMost, in: 0...16, example: 2))
        case "token_jaccard": self = .tokenJaccardAtLeast(try syntax.similarity())
        case "token_set": self = .tokenSetAtLeast(try syntax.similarity())
        default:
            let plain: [StringLevel] = [.exact, .phonetic, .nicknameAware, .initials, .else]
            guard let level = plain.first(where: { $0.name == syntax.word }) else {
                throw syntax.unknown(among: Self.nameForms)
            }
            try syntax.expectingNoThreshold()
            self = level
        }
    }

    public static func isMissing(_ value: TextKey) -> Bool { value.key.isEmpty }

    /// - Complexity: O(1) for `exact`, `phonetic`, `nickname`, `initials`; that of the measure
    ///   for the others (see ``JaroWinkler``, ``DamerauLevenshtein``, ``TokenSet``).
    public func holds(_ a: TextKey, _ b: TextKey) -> Bool {
        var scores = Scores()
        return String.withKeyBytes(a.key, b.key) { holds(a, b, $0, $1, &scores) }
    }

    /// Evaluates the levels in order on the keys' bytes, read once, computing each measure once
    /// for all its thresholds.
    public static func firstHolding(in levels: [StringLevel], _ a: TextKey, _ b: TextKey) -> Int {
        String.withKeyBytes(a.key, b.key) { x, y in
            levels.withUnsafeBufferPointer { firstHolding(in: $0, a, b, x, y) }
        }
    }

    /// Evaluates `levels` in order for two values whose keys' bytes are `x` and `y`: the one
    /// evaluation that both ``TextKey``s and a ``ScoringTable``'s interned values go through.
    @inline(__always)
    static func firstHolding<Value: StringLevelValue>(
        in levels: UnsafeBufferPointer<StringLevel>, _ a: Value, _ b: Value,
        _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var scores = Scores()
        for index in levels.indices where levels[index].holds(a, b, x, y, &scores) { return index }
        return levels.count - 1
    }

    // MARK: - Evaluation

    /// The measures computed so far for one pair of values.
    private struct Scores {
        var jaroWinkler: Double?
        var jaroWinklerBound: Double?
        /// The distance, exact when at most `editsCap`; more than `editsCap` otherwise.
        var edits: Int?
        var editsCap = 0
        var jaccard: Double?
        var tokenSet: Double?
    }

    /// Whether the level holds for `a` and `b`, whose keys' bytes are `x` and `y`.
    @inline(__always)
    private func holds<Value: StringLevelValue>(
        _ a: Value, _ b: Value, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>,
        _ scores: inout Scores
    ) -> Bool {
        switch self {
        case .exact:
            return a.hasSameKey(as: b, x, y)
        case .jaroWinklerAtLeast(let threshold):
            return JaroWinkler.reaches(threshold, x, y, similarity: &scores.jaroWinkler, bound: &scores.jaroWinklerBound)
        case .damerauLevenshteinAtMost(let cap):
            if let edits = scores.edits, edits <= scores.editsCap || cap <= scores.editsCap { return edits <= cap }
            scores.edits = DamerauLevenshtein.distance(x, y, maxDistance: cap)
            scores.editsCap = cap
            return scores.edits! <= cap
        case .tokenJaccardAtLeast(let threshold):
            if scores.jaccard == nil { scores.jaccard = TokenSet.jaccard(x, y) }
            return scores.jaccard! >= threshold
        case .tokenSetAtLeast(let threshold):
            if scores.tokenSet == nil { scores.tokenSet = TokenSet.ratio(x, y) }
            return scores.tokenSet! >= threshold
        case .phonetic:
            return a.soundsAlike(b)
        case .nicknameAware:
            return a.isNickname(of: b)
        case .initials:
            return (x.count == 1 || y.count == 1) && x.first == y.first
        case .else:
            return true
        }
    }
}
