/// A comparison of one attribute: an ordered list of levels, from the strictest to `else`.
///
/// A pair of values is at the first level that holds for it, so `[exact, jaro_winkler>=0.92,
/// jaro_winkler>=0.8, else]` puts `john`/`john` at 0, `jon`/`john` at 1 (0.933), `tanya`/`tonya`
/// at 2 (0.88), and `sean`/`mary` at 3. When either value is missing the pair is at no level (`nil`): a
/// missing value is neither agreement nor disagreement, and the Fellegi–Sunter model gives it no
/// weight (a neutral Bayes factor of 1) instead of counting it against the match.
///
/// ```swift
/// let given = try ComparisonLevels<StringLevel>(
///     names: ["exact", "nickname", "jaro_winkler>=0.9", "initials", "else"])
/// given.level(of: TextKey("bob", variants: ["robert"]), TextKey("robert", variants: ["robert"]))  // 1
/// given.level(of: TextKey("j"), TextKey("john"))  // 3
/// given.level(of: TextKey(""), TextKey("john"))   // nil: missing
/// given.names  // ["exact", "nickname", "jaro_winkler>=0.9", "initials", "else"]
/// ```
///
/// The list is validated when made: not empty, `else` last and only last, no level twice.
public struct ComparisonLevels<Level: ComparisonLevel>: Hashable, Sendable {
    /// The levels, from the strictest; the last is `else`.
    public let levels: [Level]

    /// A comparison of `levels`, validated.
    ///
    /// - Throws: ``ComparisonLevelError`` when the list is empty, does not end with `else`, has
    ///   `else` before its end, or has a level twice.
    /// - Complexity: O(*k*²) for *k* levels (a handful).
    public init(_ levels: [Level]) throws(ComparisonLevelError) {
        guard !levels.isEmpty else {
            throw ComparisonLevelError(.empty, text: "", detail: "a comparison needs at least the level `else`")
        }
        for (index, level) in levels.enumerated() {
            if level.isElse, index != levels.count - 1 {
                throw ComparisonLevelError(
                    .elseNotLast, text: level.name, index: index,
                    detail: "`else` must be the last level: the levels after it could never be reached")
            }
            if let earlier = levels[..<index].firstIndex(of: level) {
                throw ComparisonLevelError(
                    .duplicateLevel, text: level.name, index: index,
                    detail: "the same as level \(earlier + 1): this one could never be reached")
            }
        }
        guard levels.last!.isElse else {
            throw ComparisonLevelError(
                .missingElse, text: levels.last!.name, index: levels.count - 1,
                detail: "a comparison must end with the level `else`")
        }
        self.levels = levels
    }

    /// A comparison read from its levels' names, as configuration writes them.
    ///
    /// - Throws: ``ComparisonLevelError`` for the first name that is not a level of this kind
    ///   (with its position), or a list that is not valid.
    /// - Complexity: O(*k*²) for *k* levels.
    public init(names: [String]) throws(ComparisonLevelError) {
        var levels: [Level] = []
        levels.reserveCapacity(names.count)
        for (index, name) in names.enumerated() {
            do {
                levels.append(try Level(name: name))
            } catch {
                throw error.at(index)
            }
        }
        try self.init(levels)
    }

    /// The levels' names, in order: what configuration writes.
    public var names: [String] { levels.map(\.name) }

    /// The number of levels, `else` included.
    public var count: Int { levels.count }

    /// The index of the first level that holds for `a` and `b`; `nil` when either is missing
    /// (`nil`, or missing by ``ComparisonLevel/isMissing(_:)``).
    ///
    /// - Complexity: that of the levels tried, each at most once.
    @inlinable
    public func level(of a: Level.Value?, _ b: Level.Value?) -> Int? {
        guard let a, let b else { return nil }
        return level(of: a, b)
    }

    /// The index of the first level that holds for `a` and `b`; `nil` when either is missing by
    /// ``ComparisonLevel/isMissing(_:)``. (The same as the optional form, without copying the
    /// values into optionals.)
    ///
    /// - Complexity: that of the levels tried, each at most once.
    @inlinable
    public func level(of a: Level.Value, _ b: Level.Value) -> Int? {
        guard !Level.isMissing(a), !Level.isMissing(b) else { return nil }
        return Level.firstHolding(in: levels, a, b)
    }

    /// The best level of any pair of values from two lists (a record's e-mails, phones, or the
    /// names of a joint name): the smallest index over the pairs where neither is missing;
    /// `nil` when there is no such pair. Stops at the first pair at level 0.
    ///
    /// - Complexity: O(*p* · *q*) level evaluations for lists of *p* and *q* values.
    @inlinable
    public func level(ofAny a: some Collection<Level.Value>, _ b: some Collection<Level.Value>) -> Int? {
        var best: Int?
        for x in a where !Level.isMissing(x) {
            for y in b where !Level.isMissing(y) {
                let found = Level.firstHolding(in: levels, x, y)
                if found == 0 { return 0 }
                if best == nil || found < best! { best = found }
            }
        }
        return best
    }

    /// The name of the level at `index`, or `missing` for `nil`: how an explanation shows it.
    public func name(ofLevel index: Int?) -> String {
        guard let index else { return "missing" }
        return levels[index].name
    }
}
