import Testing

@testable import Engage

/// Purchase, redemption, community share and review, tier reached, near a spend threshold.
@Suite("Signals: positive")
struct PositiveSignalTests {
    static let window30 = SignalSettings.with { $0.frequencyWindowDays = 30 }

    static let cases: [SignalCase] = [
        SignalCase(
            "purchase", "that day's spend", [.purchase(5, "10"), .purchase(9, "20"), .purchase(9, "5.50"), .purchase(13, "7")],
            asOf: 12, fired: true, number: 25.5, day: 9),
        SignalCase("purchase", "no amount", [.purchase(5)], asOf: 12, fired: true, day: 5),
        SignalCase("purchase", "none yet", [.purchase(13, "7")], asOf: 12, fired: false),

        SignalCase("near_threshold", "20 short of 250", [.purchase(1, "200"), .purchase(2, "30")], asOf: 3, fired: true, number: 20, day: 2),
        SignalCase("near_threshold", "30 short: too far", [.purchase(1, "220")], asOf: 3, fired: false),
        SignalCase("near_threshold", "past 250, far from 500", [.purchase(1, "260")], asOf: 3, fired: false),
        SignalCase(
            "near_threshold", "exactly the margin, after a return", [.purchase(1, "480"), .returned(2, "5")], asOf: 3,
            fired: true, number: 25, day: 1),
        SignalCase("near_threshold", "past every threshold", [.purchase(1, "1000")], asOf: 3, fired: false),
        SignalCase(
            "near_threshold", "only the window counts", [.purchase(1, "200"), .purchase(40, "30")], asOf: 41,
            settings: window30, fired: false),
        SignalCase(
            "near_threshold", "no purchase, tiny threshold", [.of(.activity, 1)], asOf: 3,
            settings: .with { $0.spendThresholds = [10] }, fired: false),
    ]

    @Test(arguments: cases)
    func signal(_ row: SignalCase) throws { try row.check() }

    /// Signals that report the latest event of one kind and a count in the window.
    static let occurrences: [(String, EngageEventKind)] = [
        ("redemption", .redemption), ("community_share", .share), ("community_review", .review),
        ("tier_reached", .tier), ("return", .return), ("complaint", .complaint),
    ]

    @Test(arguments: occurrences)
    func latestOccurrence(signal: String, kind: EngageEventKind) throws {
        let events: [EngageEvent] = [
            .of(kind, 0, reference: "first"), .of(kind, 20, reference: "second"), .purchase(42),
            .of(kind, 40, reference: "third"), .of(kind, 50, reference: "later"),
        ]
        try SignalCase(
            signal, "", events, asOf: 45, settings: Self.window30, fired: true, number: 2, day: 40, reference: "third"
        ).check()
        try SignalCase(signal, "", events, asOf: 19, settings: Self.window30, fired: true, number: 1, day: 0, reference: "first").check()
        try SignalCase(signal, "", [.purchase(0), .of(kind, 50)], asOf: 45, fired: false).check()
    }
}
