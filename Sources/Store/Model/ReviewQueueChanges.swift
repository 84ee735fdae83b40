/// What replacing the match results did to the review queue.
public struct ReviewQueueChanges: Hashable, Sendable, Codable {
    /// New open items.
    public var inserted = 0
    /// Open items produced again whose probability or reason changed.
    public var updated = 0
    /// Open items this run no longer produced.
    public var removed = 0

    public init(inserted: Int = 0, updated: Int = 0, removed: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.removed = removed
    }
}
