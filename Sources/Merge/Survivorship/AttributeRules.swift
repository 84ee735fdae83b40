/// How one attribute's value is chosen: its ordered rules, an optional ranking of its own, and
/// whether conflicts go to review.
public struct AttributeRules: Hashable, Sendable {
    /// Applied in order; the first that tells two candidates apart decides.
    public var rules: [SurvivorshipRule]
    /// The attribute's own trust ranking; `nil` for the global one.
    public var sourcePriority: Optional<SourceRanking>
    /// Whether distinct valid values of equal trust are reported (single-valued attributes only;
    /// ignored for multi-valued ones, which keep every value).
    public var conflicts: ConflictPolicy

    /// Rules applied in the order given.
    public init(_ rules: [SurvivorshipRule], sourcePriority: SourceRanking? = nil, conflicts: ConflictPolicy = .ignore) {
        self.rules = rules
        self.sourcePriority = sourcePriority
        self.conflicts = conflicts
    }
}
