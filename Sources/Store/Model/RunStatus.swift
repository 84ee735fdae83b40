/// How a pipeline run ended, or that it is still going. The raw value is what the store keeps.
public enum RunStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Started, not finished yet (or the process died before it could say).
    case running
    /// Finished without error.
    case ok
    /// Stopped by an error.
    case failed
    /// Finished, but some input could not be read to the end.
    case incomplete
    /// Finished with data above a configured limit (exit code 3): more quarantined rows than
    /// `quarantine_limit`, or a failing quality check (the run's summary says which).
    case quarantineLimit = "quarantine-limit"
}
