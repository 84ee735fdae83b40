/// Gender as the sources record it, reduced to what matching can use.
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
    case female
    case male
    /// Recorded, but neither female nor male (non-binary, diverse, `X`).
    case other
}
