/// What the Engage stage decided for one day: the `engage` object of the run's JSON summary,
/// also stored per day (`engage_days`) for the report's trend.
public struct EngageSummary: Codable, Sendable {
    /// The day decided (`YYYY-MM-DD`).
    public var asOf = ""
    /// `new` for a day not decided before, `replaced` when the same day was decided again.
    public var mode = "new"
    /// Active golden records decided.
    public var customers = 0
    /// Customers per line (`above`, `on`, `below`) and per stage, today.
    public var lines: [String: Int] = [:]
    public var stages: [String: Int] = [:]
    /// Customers per segment (treatment), today.
    public var segments: [String: Int] = [:]
    /// Changes of line or stage today, by `from → to` (`(new) → on/active` for a first decision).
    public var transitions: [Count] = []
    public var transitionTotal = 0
    /// Customers on each ladder step today, by `ladder/step`.
    public var ladderSteps: [String: Int] = [:]
    /// Actions to execute, and per kind and `rule` or `ladder/step`.
    public var actions = 0
    public var actionsByRule: [Count] = []
    /// Actions per channel actually used (after fallbacks).
    public var channels: [String: Int] = [:]
    /// Actions that fell back to another channel.
    public var fallbacks = 0
    /// Actions no channel could carry, by why the requested channel could not (`missing`,
    /// `invalid`, `stale`, `opted_out`).
    public var unreachable = 0
    public var unreachableReasons: [String: Int] = [:]
    /// Proposed actions held back, by reason (`suppressed`, `capped`, `not_due`).
    public var held: [String: Int] = [:]
    /// Offers allocated, and per offer: how many and what they cost.
    public var offersAllocated = 0
    public var offers: [OfferUse] = []
    /// Rows of the offer bank quarantined (bad rows), this day.
    public var offerRowsQuarantined = 0
    /// Response rates of earlier actions whose response window has closed, per kind and rule
    /// or ladder step: the check against the 10–20 % direct marketing expects.
    public var responses: [Response] = []
    /// The actions file written, if any.
    public var actionsFile: String?
    public var seconds: Double = 0
    /// Seconds per step: `load`, `decide`, `allocate`, `write`; and, summed over the parallel
    /// partitions, `facts_thread_seconds` (events, profile and memory built from the store's rows)
    /// and `rules_thread_seconds` (signals, state, ladders, triggers, treatments, baseline,
    /// ranking, contactability and gates).
    public var timings: [String: Double] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case asOf = "as_of", mode, customers, lines, stages, segments, transitions, transitionTotal = "transition_total"
        case ladderSteps = "ladder_steps", actions, actionsByRule = "actions_by_rule", channels, fallbacks, unreachable
        case unreachableReasons = "unreachable_reasons", held, offersAllocated = "offers_allocated", offers
        case offerRowsQuarantined = "offer_rows_quarantined", responses, actionsFile = "actions_file", seconds, timings
    }

    /// A count with its label.
    public struct Count: Codable, Sendable, Hashable {
        public var name: String
        public var count: Int
    }

    /// One offer's allocations.
    public struct OfferUse: Codable, Sendable, Hashable {
        public var offer: String
        public var allocated: Int
        public var cost: Double
    }

    /// Responses to one rule's or ladder step's actions.
    public struct Response: Codable, Sendable, Hashable {
        /// `trigger`, `ladder`, `baseline` or `treatment`.
        public var kind: String
        /// The rule, campaign or segment; `ladder/step` for ladder steps.
        public var rule: String
        public var sent: Int
        public var responded: Int
        /// Actions whose window is still open (not in the rate).
        public var pending: Int
        /// `responded / sent`, 0 when none was sent.
        public var rate: Double
    }

    /// A few lines for the terminal.
    public var text: String {
        func list(_ counts: [String: Int], order: [String] = []) -> String {
            let keys = order.filter { counts[$0] != nil } + counts.keys.filter { !order.contains($0) }.sorted()
            return keys.map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        }
        var lines = ["engage \(asOf): \(customers) customers — \(list(lines, order: ["above", "on", "below"]))"]
        lines.append("  stages: \(list(stages))")
        lines.append("  transitions \(transitionTotal), actions \(actions) (\(list(channels))), unreachable \(unreachable), held \(list(held))")
        if offersAllocated > 0 { lines.append("  offers allocated \(offersAllocated)") }
        for response in responses.prefix(8) where response.sent > 0 {
            let percent = (response.rate * 1000).rounded() / 10
            lines.append("  response \(response.kind) \(response.rule): \(response.responded)/\(response.sent) (\(percent)%)")
        }
        if let actionsFile { lines.append("  actions file \(actionsFile)") }
        return lines.joined(separator: "\n")
    }
}
