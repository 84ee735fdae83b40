/// How fresh a value is on the "as of" date of an evaluation: its sell-by date.
///
/// Ordered from best to worst: `fresh < warn < stale`; ``unknown`` (no source said when it
/// observed the value) sorts before them all, so that the worst known status wins.
public enum FreshnessStatus: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// No source gave a time for the value: its age cannot be told.
    case unknown
    /// Confirmed within `warn_after` (or no policy limits it).
    case fresh
    /// Older than `warn_after`, not yet older than `error_after`.
    case warn
    /// Older than `error_after`: past its sell-by date.
    case stale

    private var rank: Int {
        switch self {
        case .unknown: 0
        case .fresh: 1
        case .warn: 2
        case .stale: 3
        }
    }

    public static func < (lhs: FreshnessStatus, rhs: FreshnessStatus) -> Bool { lhs.rank < rhs.rank }
}
