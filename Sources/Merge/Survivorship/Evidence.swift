import GoldenCore

/// What the rules measure on a candidate value: on one member's value, and summed up over every
/// member giving a variant or a group.
struct Evidence {
    /// 2 valid or corrected, 1 partial, 0 invalid (placeholders never become candidates).
    var level: Int8
    /// The best (lowest) source rank among the members giving it.
    var rank: Int32
    /// The latest observed-at, in seconds (`Int64.min` when none is known).
    var latest: Int64
    /// Distinct members giving it.
    var count: Int32
    var completeness: Int32
    var length: Int32
    /// The smallest record id giving it: the variants' tie-breaker.
    var firstRecordID: Int64
    /// The last member added, so that a member giving a value twice counts once.
    var lastMember: Int32

    /// One member's value.
    @inline(__always)
    init(level: Int8, rank: Int32, observedAt: Timestamp?, completeness: Int, length: Int, recordID: Int64, member: Int32) {
        self.level = level
        self.rank = rank
        self.latest = observedAt?.secondsSinceEpoch ?? .min
        self.count = 1
        self.completeness = Int32(truncatingIfNeeded: completeness)
        self.length = Int32(truncatingIfNeeded: length)
        self.firstRecordID = recordID
        self.lastMember = member
    }

    /// Adds one member's value (`one`) to a sum.
    @inline(__always)
    mutating func add(_ one: Evidence) {
        level = max(level, one.level)
        rank = min(rank, one.rank)
        latest = max(latest, one.latest)
        if one.lastMember != lastMember { count += 1 }
        completeness = max(completeness, one.completeness)
        length = max(length, one.length)
        firstRecordID = min(firstRecordID, one.firstRecordID)
        lastMember = one.lastMember
    }

    /// The level of a value's status; `nil` for a placeholder, which never survives.
    @inline(__always)
    static func level(of status: ValueStatus) -> Int8? {
        switch status {
        case .valid, .corrected: 2
        case .partial: 1
        case .invalid: 0
        case .placeholder: nil
        }
    }

    /// Positive when `self` is preferred over `other` by `rules`, negative when `other` is, 0
    /// when no rule tells them apart.
    @inline(__always)
    func compare(_ other: Evidence, by rules: [SurvivorshipRule]) -> Int {
        for rule in rules {
            let order: Int
            switch rule {
            case .validOverInvalid: order = Self.order(Int64(level), Int64(other.level))
            case .sourcePriority: order = Self.order(Int64(other.rank), Int64(rank))
            case .mostRecent: order = Self.order(latest, other.latest)
            case .mostFrequent: order = Self.order(Int64(count), Int64(other.count))
            case .mostComplete: order = Self.order(Int64(completeness), Int64(other.completeness))
            case .longest: order = Self.order(Int64(length), Int64(other.length))
            }
            if order != 0 { return order }
        }
        return 0
    }

    @inline(__always)
    private static func order(_ a: Int64, _ b: Int64) -> Int { a == b ? 0 : (a > b ? 1 : -1) }
}
