import Testing

@testable import Engage

/// Recency, frequency, monetary value, tenure, cadence and the counts rules use for stages.
@Suite("Signals: value")
struct ValueSignalTests {
    static let window30 = SignalSettings.with { $0.frequencyWindowDays = 30 }

    static let cases: [SignalCase] = [
        SignalCase("recency_days", "no purchase", [.of(.activity, 3)], asOf: 10, fired: false),
        SignalCase("recency_days", "latest purchase", [.purchase(0), .purchase(10)], asOf: 15, fired: true, number: 5, day: 10),
        SignalCase("recency_days", "purchase today", [.purchase(15)], asOf: 15, fired: true, number: 0, day: 15),
        SignalCase("recency_days", "ignores a later purchase", [.purchase(0), .purchase(20)], asOf: 15, fired: true, number: 15, day: 0),

        SignalCase(
            "frequency", "window of 30 days", [.purchase(10), .purchase(16), .purchase(40), .purchase(50)], asOf: 45,
            settings: window30, fired: true, number: 2, day: 40),
        SignalCase("frequency", "none in the window", [.purchase(0)], asOf: 45, settings: window30, fired: false, number: 0),

        SignalCase(
            "monetary", "purchases minus returns in the window",
            [.purchase(10, "500"), .returned(12, "70"), .purchase(20, "100"), .purchase(40, "50.50"), .returned(41, "20")],
            asOf: 45, settings: window30, fired: true, number: 130.5, day: 40),
        SignalCase(
            "monetary", "returns outweigh purchases", [.purchase(10, "80"), .purchase(20, "10"), .returned(21, "80")],
            asOf: 30, settings: window30.with { $0.frequencyWindowDays = 15 }, fired: true, number: -70, day: 20),
        SignalCase("monetary", "amount missing counts as 0", [.purchase(1), .purchase(2, "5")], asOf: 3, fired: true, number: 5, day: 2),

        SignalCase("tenure_days", "from first seen", [.purchase(10)], firstSeen: 5, asOf: 30, fired: true, number: 25, day: 5),
        SignalCase("tenure_days", "from the first event", [.purchase(10)], asOf: 30, fired: true, number: 20, day: 10),
        SignalCase("tenure_days", "an event before first seen", [.purchase(10)], firstSeen: 20, asOf: 30, fired: true, number: 20, day: 10),
        SignalCase("tenure_days", "not seen yet", [.purchase(40)], firstSeen: 40, asOf: 30, fired: false),

        SignalCase(
            "cadence_days", "median gap", [.purchase(0), .purchase(10), .purchase(30), .purchase(40)], asOf: 50,
            fired: true, number: 10, day: 40),
        SignalCase(
            "cadence_days", "mean of the middle two", [0, 10, 30, 60, 70].map { .purchase($0) }, asOf: 70,
            fired: true, number: 15, day: 70),
        SignalCase(
            "cadence_days", "one day counts once", [.purchase(0), .purchase(0), .purchase(10), .purchase(30)], asOf: 30,
            fired: true, number: 15, day: 30),
        SignalCase("cadence_days", "too few purchase days", [.purchase(0), .purchase(0), .purchase(10)], asOf: 30, fired: false, number: 60),
        SignalCase(
            "cadence_days", "a lower minimum", [.purchase(0), .purchase(8)], asOf: 30,
            settings: .with { $0.minimumPurchasesForCadence = 2 }, fired: true, number: 8, day: 8),
        SignalCase(
            "cadence_days", "later purchases ignored", [0, 10, 20, 90, 190].map { .purchase($0) }, asOf: 25,
            fired: true, number: 10, day: 20),

        SignalCase("overdue", "no purchase", [.of(.activity, 0)], asOf: 300, fired: false),
        SignalCase("overdue", "on time", [0, 10, 20].map { .purchase($0) }, asOf: 35, fired: false, number: 0),
        SignalCase("overdue", "past cadence × 1.5", [0, 10, 20].map { .purchase($0) }, asOf: 38, fired: true, number: 3, day: 36),
        SignalCase("overdue", "default cadence", [.purchase(0)], asOf: 100, fired: true, number: 10, day: 91),

        SignalCase("lifetime_purchases", "ignores later ones", [.purchase(0), .purchase(5), .purchase(50)], asOf: 10, fired: true, number: 2, day: 5),
        SignalCase("lifetime_purchases", "none", [.post(1)], asOf: 10, fired: false, number: 0),

        SignalCase(
            "last_activity_days", "a sent message is no sign of life", [.purchase(5), .message(10, .sent)], asOf: 12,
            fired: true, number: 7, day: 5),
        SignalCase("last_activity_days", "an opened one is", [.purchase(5), .message(10, .opened)], asOf: 12, fired: true, number: 2, day: 10),
        SignalCase("last_activity_days", "nothing yet", [.message(1, .sent), .message(2, .bounced)], asOf: 12, fired: false),

        SignalCase(
            "community_activity", "count in the window", [.of(.like, 0), .post(20), .of(.share, 40), .of(.review, 60)],
            asOf: 45, settings: window30, fired: true, number: 2, day: 40),
        SignalCase("community_activity", "long ago", [.of(.like, 0)], asOf: 45, settings: window30, fired: true, number: 0, day: 0),
        SignalCase("community_activity", "never", [.purchase(0)], asOf: 45, fired: false),
    ]

    @Test(arguments: cases)
    func signal(_ row: SignalCase) throws { try row.check() }
}

extension SignalSettings {
    func with(_ change: (inout SignalSettings) -> Void) -> SignalSettings {
        var settings = self
        change(&settings)
        return settings
    }
}
