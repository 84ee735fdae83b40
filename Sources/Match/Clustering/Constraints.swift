/// Data stewards' decisions that clustering obeys, by record position.
///
/// A must-link pair is always joined, past every guard; a cannot-link pair never ends up in one
/// cluster through automatic matches. When the two contradict (must-links chaining two records
/// a cannot-link separates), the must-links win: a steward's join is explicit, the separation
/// only forbids what the model proposes.
public struct Constraints: Hashable, Sendable {
    public var mustLink: [RecordPair]
    public var cannotLink: [RecordPair]

    public init(mustLink: [RecordPair] = [], cannotLink: [RecordPair] = []) {
        self.mustLink = mustLink
        self.cannotLink = cannotLink
    }

    /// No decisions.
    public static let none = Constraints()
}
