/// The kind of system a feed comes from.
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Point-of-sale tills: receipts, sometimes with a typed customer name or card.
    case pos
    /// Loyalty programme membership.
    case loyalty
    /// Web shop accounts and orders.
    case ecommerce
    /// Forum and community profiles and their activity.
    case community
}
