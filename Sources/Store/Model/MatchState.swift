/// What the stored pairs, clusters and blocking index were made with: the model version and a
/// fingerprint of the settings that shape them. A run whose model or settings differ
/// re-resolves everything instead of matching only what changed.
public struct MatchState: Hashable, Sendable {
    public var modelVersion: Int64
    public var fingerprint: String

    public init(modelVersion: Int64, fingerprint: String) {
        self.modelVersion = modelVersion
        self.fingerprint = fingerprint
    }
}
