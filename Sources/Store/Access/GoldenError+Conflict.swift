import GoldenCore

extension GoldenError.Code {
    /// What a decision was based on changed before it was written: another steward decided the
    /// same review item, or a run moved the golden records' members (exit code 1). Look again,
    /// then decide again.
    public static let conflict = GoldenError.Code("conflict")
}

extension GoldenError {
    /// Whether this is a ``Code/conflict``: the caller's view of the store is stale.
    public var isConflict: Bool { code == .conflict }
}
