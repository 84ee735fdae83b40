import GoldenCore

/// One marketing message to a web shop account and what became of it.
struct MessageSend {
    let campaign: String
    /// `email` or `sms`.
    let channel: String
    /// `sent`, then perhaps `opened`, `clicked`, `bounced` or `unsubscribed`, with their times
    /// (seconds since 1970-01-01 UTC).
    var actions: [(action: String, time: Int64)]
}

/// The e-mail and SMS platform's export: `feeds/messaging/messages_NNN.csv.gz`, UTF-8, `,`, LF,
/// one row per thing that happened to a message, keyed by `account_id` (events of the web shop
/// accounts).
final class Messaging {
    static let header = "event_id,account_id,message_id,campaign,channel,action,occurred_at\n"
    /// Campaigns go out every two weeks; this many are in the export.
    static let campaigns = 13
    private static let themes = ["newsletter", "weekend_deals", "new_arrivals", "seasonal_sale"]

    private let output: PartedOutput
    private var messageCounter = 0
    private var eventCounter = 0

    init(root: String, options: FeedGenerator.Options) throws {
        output = try PartedOutput(
            root: root, relativeDirectory: "feeds/messaging", stem: "messages", fileExtension: "csv.gz",
            gzipLevel: options.compressionLevel, header: Array(Self.header.utf8), footer: [],
            rowLimit: options.partSize, holdBack: options.holdBack)
    }

    var files: [String] { output.files }
    var rows: Int { output.rows }

    /// The day campaign `number` went out: 0 is the latest, four days before as-of.
    static func campaignDay(_ number: Int, asOf: Int64) -> Int64 {
        asOf - 4 - 14 * Int64(number)
    }

    /// Writes the messages of account `account`.
    func write(_ sends: [MessageSend], account: String) throws {
        for send in sends {
            messageCounter += 1
            let message = "M" + padded(messageCounter, 8)
            for (action, time) in send.actions {
                eventCounter += 1
                var line = Array(("ME" + padded(eventCounter, 9) + "," + account + "," + message + ",").utf8)
                line.append(send.campaign + "," + send.channel + "," + action + ",")
                line.appendISO8601UTC(time)
                line.append(UInt8(ascii: "\n"))
                try output.beginRecord(rows: 1)
                try output.write(line)
            }
        }
    }

    func close() throws { try output.close() }

    /// The messages an account opened on `opened` (a day) received: every fortnightly campaign
    /// since, by e-mail and for some by SMS, opened and clicked at the customer's own rate but
    /// only on days the story has them active. A few addresses bounce everything. With
    /// `unsubscribes`, the e-mail of the story's change day is the last: it ends unsubscribed.
    static func sends(
        opened: Int64, _ storyline: Storyline, unsubscribes: Bool, _ generator: inout SplitMix64
    ) -> [MessageSend] {
        let asOf = storyline.asOf
        let days = storyline.activeDays
        let sms = generator.chance(0.3)
        let openRate = 0.15 + 0.55 * generator.unit()
        let bounces = !unsubscribes && generator.chance(0.04)
        var sends: [MessageSend] = []
        if storyline.story == .new {
            let time = opened * 86_400 + 3_600 + Int64(generator.below(3_600))
            var welcome = MessageSend(campaign: "welcome", channel: "email", actions: [("sent", time)])
            if generator.chance(0.7) { welcome.actions.append(("opened", time + 600 + Int64(generator.below(7_200)))) }
            sends.append(welcome)
        }
        var subscribed = true
        for number in stride(from: campaigns - 1, through: 0, by: -1) {
            let day = campaignDay(number, asOf: asOf)
            guard day > opened else { continue }
            let campaign = themes[number % themes.count] + "-" + compactDate(day)
            let time = day * 86_400 + 9 * 3_600 + Int64(generator.below(3 * 3_600))
            let leaving = unsubscribes && day == storyline.changeDay
            if subscribed, leaving || generator.chance(0.9) {
                var email = MessageSend(campaign: campaign, channel: "email", actions: [("sent", time)])
                if bounces {
                    email.actions.append(("bounced", time + 60))
                } else if leaving {
                    email.actions.append(("opened", time + 1_800))
                    email.actions.append(("unsubscribed", time + 1_860))
                    subscribed = false
                } else if generator.chance(openRate) {
                    let openDay = day + Int64(generator.below(3))
                    if openDay < asOf, Storyline.contains(days, openDay) {
                        let openTime = max(time + 300, openDay * 86_400 + Int64(generator.below(86_400)))
                        email.actions.append(("opened", openTime))
                        if generator.chance(0.3) { email.actions.append(("clicked", openTime + 120)) }
                    }
                }
                sends.append(email)
            }
            if sms, generator.chance(0.5) {
                var text = MessageSend(campaign: campaign, channel: "sms", actions: [("sent", time + 3_600)])
                if Storyline.contains(days, day), generator.chance(openRate * 0.3) {
                    text.actions.append(("clicked", time + 3_600 + Int64(generator.below(7_200))))
                }
                sends.append(text)
            }
        }
        return sends
    }

    /// `20260616`.
    private static func compactDate(_ day: Int64) -> String {
        let date = CivilDate(daysSinceEpoch: day)
        return padded(date.year, 4) + padded(date.month, 2) + padded(date.day, 2)
    }
}
