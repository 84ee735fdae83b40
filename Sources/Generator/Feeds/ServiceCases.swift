/// One customer-service case: a complaint or an enquiry.
struct ServiceCase {
    /// Seconds since 1970-01-01 UTC.
    let time: Int64
    /// `complaint` or `enquiry`.
    let type: String
    let topic: String
    /// `phone`, `email`, `chat` or `store`.
    let channel: String
    /// `low`, `medium` or `high` for complaints; empty for enquiries.
    let severity: String
    /// `open` or `resolved`.
    let status: String
}

/// The service desk's exports, one per kind of customer it knows: web shop accounts in
/// `feeds/service/cases_accounts_NNN.csv.gz` (keyed by `account_id`), loyalty members in
/// `feeds/service/cases_members_NNN.csv.gz` (keyed by `member_id`). UTF-8, `,`, LF; case ids
/// count up across both.
final class ServiceCases {
    /// Whose cases a file holds.
    enum Subject {
        case accounts, members
    }

    static func header(_ subject: Subject) -> String {
        "case_id," + (subject == .accounts ? "account_id" : "member_id")
            + ",opened_at,type,topic,channel,severity,status\n"
    }

    private static let complaintTopics = [
        "late delivery", "damaged item", "refund not received", "faulty product", "wrong item sent", "rude staff",
    ]
    private static let enquiryTopics = [
        "order status", "loyalty points", "opening hours", "product availability", "account access",
        "delivery options",
    ]
    private static let channels = ["phone", "email", "chat", "store"]

    private let accounts: PartedOutput
    private let members: PartedOutput
    private var counter = 0

    init(root: String, options: FeedGenerator.Options) throws {
        func output(_ subject: Subject, _ stem: String) throws -> PartedOutput {
            try PartedOutput(
                root: root, relativeDirectory: "feeds/service", stem: stem, fileExtension: "csv.gz",
                gzipLevel: options.compressionLevel, header: Array(Self.header(subject).utf8), footer: [],
                rowLimit: options.partSize, holdBack: options.holdBack)
        }
        accounts = try output(.accounts, "cases_accounts")
        members = try output(.members, "cases_members")
    }

    var files: [String] { accounts.files + members.files }
    func rows(_ subject: Subject) -> Int { subject == .accounts ? accounts.rows : members.rows }

    /// Writes the cases of the account or member `key`.
    func write(_ cases: [ServiceCase], subject key: String, in subject: Subject) throws {
        let output = subject == .accounts ? accounts : members
        for item in cases {
            counter += 1
            var line = Array(("CS" + padded(counter, 7) + "," + key + ",").utf8)
            line.appendISO8601UTC(item.time)
            line.append("," + item.type + "," + item.topic + "," + item.channel + "," + item.severity + ",")
            line.append(item.status + "\n")
            try output.beginRecord(rows: 1)
            try output.write(line)
        }
    }

    func close() throws {
        try accounts.close()
        try members.close()
    }

    /// A customer's cases: a complainer complains on the change day (and half of them again
    /// within ten days); 12% of the others ask something on a day they are active.
    static func cases(_ storyline: Storyline, _ generator: inout SplitMix64) -> [ServiceCase] {
        let asOf = storyline.asOf
        if storyline.story == .complainer, let day = storyline.changeDay {
            let topic = generator.pick(complaintTopics)
            let severity = ["low", "medium", "medium", "high"][generator.below(4)]
            var times = [day * 86_400 + 9 * 3_600 + Int64(generator.below(9 * 3_600))]
            if generator.chance(0.5) {
                let again = min(asOf - 1, day + Int64(generator.int(in: 1...10)))
                times.append(again * 86_400 + 9 * 3_600 + Int64(generator.below(9 * 3_600)))
            }
            return times.map { time in
                ServiceCase(
                    time: time, type: "complaint", topic: topic, channel: generator.pick(channels),
                    severity: severity, status: time >= (asOf - 14) * 86_400 ? "open" : "resolved")
            }
        }
        guard generator.chance(0.12),
            let day = Storyline.drawDay(storyline.activeDays, from: asOf - 730, through: asOf - 1, &generator)
        else { return [] }
        return [
            ServiceCase(
                time: day * 86_400 + 9 * 3_600 + Int64(generator.below(9 * 3_600)), type: "enquiry",
                topic: generator.pick(enquiryTopics), channel: generator.pick(channels), severity: "",
                status: "resolved")
        ]
    }
}
