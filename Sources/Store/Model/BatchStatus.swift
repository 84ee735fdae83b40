/// Whether an ingest batch read its file to the end. The raw value is what the store keeps.
public enum BatchStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every row of the file was stored or quarantined.
    case complete
    /// Still being read, or the file broke off (truncated gzip, broken XML, crash): re-ingesting
    /// the same content resumes the batch.
    case incomplete
}
