/// Response rates per treatment, trigger, campaign and ladder step, measured from later
/// purchases, so the retailer can hold them against the 10–20% direct marketing expects.
///
/// An action issued on day *D* **responded** when the customer made a purchase on a day in
/// (*D*, *D* + window]. It is **pending** while its window is still open on the as-of day
/// (*D* + window > as-of): pending actions are counted as sent but not measured. One purchase
/// answers every action whose window it falls in. Actions and purchases after the as-of day are
/// ignored.
///
/// Tallies are added per customer and merged across partitions (``merge(_:)``), in any order.
///
/// ```swift
/// var tally = ResponseTally(windowDays: settings.responseWindowDays, asOf: today)
/// for facts in partition { tally.add(actions: facts.previous.actions, events: facts.events) }
/// total.merge(tally)
/// total.rows   // sorted by kind, rule, step
/// ```
public struct ResponseTally: Hashable, Sendable {
    public let windowDays: Int
    public let asOf: Day
    public private(set) var counts: [ResponseKey: ResponseCount] = [:]

    public init(windowDays: Int, asOf: Day) {
        self.windowDays = windowDays
        self.asOf = asOf
    }

    /// Counts one customer's past actions against their events (events oldest first).
    /// - Complexity: O(*a* · log *e* + responses scanned): a binary search per action.
    public mutating func add(actions: [PastAction], events: [EngageEvent]) {
        for action in actions where action.day <= asOf {
            let closes = action.day.adding(days: windowDays)
            var count = ResponseCount(sent: 1)
            if closes > asOf {
                count.pending = 1
            } else if Self.purchase(in: events, after: action.day, through: closes) {
                count.responded = 1
            }
            counts[ResponseKey(kind: action.kind, rule: action.rule, step: action.step), default: ResponseCount()] += count
        }
    }

    /// Adds another tally's counts (another partition's, for the same window and day).
    public mutating func merge(_ other: ResponseTally) {
        precondition(other.windowDays == windowDays && other.asOf == asOf, "tallies of different windows or days")
        counts.merge(other.counts, uniquingKeysWith: +)
    }

    /// Every key with its counts, sorted by kind, rule, then step.
    public var rows: [(key: ResponseKey, count: ResponseCount)] {
        counts.sorted { $0.key < $1.key }.map { (key: $0.key, count: $0.value) }
    }

    /// Whether a purchase falls on a day in (`after`, `through`].
    static func purchase(in events: [EngageEvent], after start: Day, through end: Day) -> Bool {
        // First event after `start` (events are oldest first).
        var low = 0
        var high = events.count
        while low < high {
            let middle = (low + high) / 2
            if events[middle].day <= start { low = middle + 1 } else { high = middle }
        }
        for event in events[low...] {
            if event.day > end { return false }
            if event.kind == .purchase { return true }
        }
        return false
    }
}

/// What a response rate is reported by: the action's kind, its rule (trigger, ladder, campaign
/// or segment) and, for ladders, the step.
public struct ResponseKey: Hashable, Sendable, Comparable {
    public var kind: ActionKind
    public var rule: String
    public var step: Optional<String>

    public init(kind: ActionKind, rule: String, step: String? = nil) {
        self.kind = kind
        self.rule = rule
        self.step = step
    }

    public static func < (lhs: ResponseKey, rhs: ResponseKey) -> Bool {
        (lhs.kind.rawValue, lhs.rule, lhs.step ?? "") < (rhs.kind.rawValue, rhs.rule, rhs.step ?? "")
    }
}

/// Actions sent, answered by a purchase, and still waiting.
public struct ResponseCount: Hashable, Sendable {
    /// Every action issued (pending ones included).
    public var sent: Int
    /// Actions whose window closed with a purchase in it.
    public var responded: Int
    /// Actions whose window is still open.
    public var pending: Int

    public init(sent: Int = 0, responded: Int = 0, pending: Int = 0) {
        self.sent = sent
        self.responded = responded
        self.pending = pending
    }

    /// Actions whose window has closed: the ones the rate is measured on.
    public var measured: Int { sent - pending }

    /// ``responded`` / ``measured``; `nil` while nothing has been measured.
    public var rate: Double? { measured > 0 ? Double(responded) / Double(measured) : nil }

    public static func + (lhs: ResponseCount, rhs: ResponseCount) -> ResponseCount {
        ResponseCount(sent: lhs.sent + rhs.sent, responded: lhs.responded + rhs.responded, pending: lhs.pending + rhs.pending)
    }

    public static func += (lhs: inout ResponseCount, rhs: ResponseCount) { lhs = lhs + rhs }
}
