import GoldenCore

@testable import Engage

/// Day 0 of every test: 2026-01-05, a Monday.
let dayZero = Day(CivilDate(year: 2026, month: 1, day: 5)!)

/// The day `offset` days after ``dayZero``.
func dayAt(_ offset: Int) -> Day { dayZero.adding(days: offset) }

extension EngageEvent {
    static func purchase(_ offset: Int, _ amount: String? = nil) -> EngageEvent {
        EngageEvent(kind: .purchase, day: dayAt(offset), amount: amount.flatMap { Amount(parsing: $0) }, channel: "store")
    }

    static func returned(_ offset: Int, _ amount: String? = nil) -> EngageEvent {
        EngageEvent(kind: .return, day: dayAt(offset), amount: amount.flatMap { Amount(parsing: $0) }, channel: "store")
    }

    static func message(_ offset: Int, _ action: MessageAction, channel: String = "email") -> EngageEvent {
        EngageEvent(kind: .message, day: dayAt(offset), channel: channel, messageAction: action)
    }

    static func post(_ offset: Int, sentiment: Double? = nil) -> EngageEvent {
        EngageEvent(kind: .post, day: dayAt(offset), channel: "community", sentiment: sentiment)
    }

    static func of(_ kind: EngageEventKind, _ offset: Int, reference: String? = nil) -> EngageEvent {
        EngageEvent(kind: kind, day: dayAt(offset), reference: reference)
    }
}

extension CustomerFacts {
    /// A customer with these events (sorted, oldest first, as Pipeline hands them over).
    static func test(
        _ events: [EngageEvent], firstSeen: Int? = nil, attributes: [String: AttributeValue] = [:],
        previous: EngagementMemory = EngagementMemory()
    ) -> CustomerFacts {
        let sorted = events.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        return CustomerFacts(
            goldenID: "G-TEST", firstSeen: firstSeen.map(dayAt), events: sorted, attributes: attributes, previous: previous)
    }
}

extension SignalSettings {
    /// The shipped settings with some windows changed.
    static func with(_ change: (inout SignalSettings) -> Void) -> SignalSettings {
        var settings = SignalSettings()
        change(&settings)
        return settings
    }
}
