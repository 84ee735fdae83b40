import Testing

@testable import Engage

/// Unopened streak, sentiment dip, community stopped and flatline (return and complaint are in
/// ``PositiveSignalTests/latestOccurrence(signal:kind:)``, with the other one-kind signals).
@Suite("Signals: negative")
struct NegativeSignalTests {
    static let streakOf3 = SignalSettings.with { $0.unopenedStreak = 3 }
    static let fervent5 = SignalSettings.with { $0.ferventCommunityActions = 5 }
    static func sentiments(_ earlier: Double, _ recent: Double) -> [EngageEvent] {
        (0..<3).map { .post($0, sentiment: earlier) } + (3..<6).map { .post($0, sentiment: recent) }
    }

    static let cases: [SignalCase] = [
        SignalCase(
            "unopened_streak", "three sent in a row", [.message(1, .sent), .message(2, .sent), .message(3, .sent)], asOf: 5,
            settings: streakOf3, fired: true, number: 3, day: 3),
        SignalCase(
            "unopened_streak", "an open breaks it", [.message(1, .sent), .message(2, .opened), .message(3, .sent), .message(4, .sent)],
            asOf: 5, settings: streakOf3, fired: false, number: 2),
        SignalCase(
            "unopened_streak", "a click breaks it", [.message(1, .sent), .message(2, .sent), .message(3, .clicked)],
            asOf: 5, settings: streakOf3, fired: false, number: 0),
        SignalCase(
            "unopened_streak", "an open on another channel does not",
            [.message(1, .sent), .message(2, .sent), .message(3, .opened, channel: "sms"), .message(4, .sent)],
            asOf: 5, settings: streakOf3, fired: true, number: 3, day: 4),
        SignalCase(
            "unopened_streak", "streaks are per channel",
            [.message(1, .sent), .message(2, .sent, channel: "sms"), .message(3, .sent)],
            asOf: 5, settings: streakOf3, fired: false, number: 2),
        SignalCase(
            "unopened_streak", "a bounce neither counts nor breaks",
            [.message(1, .sent), .message(2, .bounced), .message(3, .sent), .message(4, .sent), .message(5, .sent)],
            asOf: 5, settings: streakOf3, fired: true, number: 4, day: 4),
        SignalCase(
            "unopened_streak", "a later open is not seen yet",
            [.message(1, .sent), .message(2, .sent), .message(3, .sent), .message(9, .opened)],
            asOf: 5, settings: streakOf3, fired: true, number: 3, day: 3),
        SignalCase("unopened_streak", "no message events", [.purchase(1)], asOf: 5, fired: false),

        SignalCase("sentiment_dip", "0.75 down to 0.25", sentiments(0.75, 0.25), asOf: 9, fired: true, number: 0.5, day: 5),
        SignalCase("sentiment_dip", "0.5 down to 0.25: too little", sentiments(0.5, 0.25), asOf: 9, fired: false, number: 0.25, day: 5),
        SignalCase("sentiment_dip", "too few scored posts", Array(sentiments(0.75, 0.25).dropFirst()) + [.post(7)], asOf: 9, fired: false),
        SignalCase(
            "sentiment_dip", "reviews count, unscored posts do not",
            (0..<3).map { EngageEvent(kind: .review, day: dayAt($0), sentiment: 0.75) } + [.post(2)]
                + (3..<6).map { .post($0, sentiment: 0.25) } + [.post(6)],
            asOf: 9, fired: true, number: 0.5, day: 5),

        SignalCase(
            "community_stopped", "fervent, then quiet 46 days", (0..<5).map { .post($0) }, asOf: 50,
            settings: fervent5, fired: true, number: 46, day: 49),
        SignalCase("community_stopped", "quiet only 44 days", (0..<5).map { .post($0) }, asOf: 48, settings: fervent5, fired: false, number: 44),
        SignalCase("community_stopped", "never fervent", (0..<4).map { .post($0) }, asOf: 100, settings: fervent5, fired: false, number: 97),
        SignalCase(
            "community_stopped", "fervent only before the window of the last action",
            (0..<4).map { .post($0) } + [.of(.like, 400)], asOf: 500, settings: fervent5, fired: false, number: 100),
        SignalCase("community_stopped", "never in the community", [.purchase(0)], asOf: 100, fired: false),

        SignalCase("flatline", "silent past 60 × 3 since first seen", [], firstSeen: 0, asOf: 181, fired: true, number: 181, day: 181),
        SignalCase("flatline", "not yet", [], firstSeen: 0, asOf: 180, fired: false, number: 180),
        SignalCase("flatline", "own cadence of 10", [0, 10, 20].map { .purchase($0) }, asOf: 51, fired: true, number: 31, day: 51),
        SignalCase(
            "flatline", "sent messages are not signs of life", [0, 10, 20].map { .purchase($0) } + [.message(40, .sent)], asOf: 51,
            fired: true, number: 31, day: 51),
        SignalCase(
            "flatline", "an opened message is", [0, 10, 20].map { .purchase($0) } + [.message(40, .opened)], asOf: 51,
            fired: false, number: 11),
        SignalCase("flatline", "nobody yet", [], asOf: 51, fired: false),
    ]

    @Test(arguments: cases)
    func signal(_ row: SignalCase) throws { try row.check() }
}
