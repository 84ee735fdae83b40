import GoldenCore

/// The loyalty feed: `feeds/loyalty/members_NNN.xml`, UTF-8, default namespace
/// `urn:golden:loyalty:1`, one `<member>` per membership.
final class LoyaltyFeed {
    /// One membership, rendered but for its dates, which the customer's story may change, and
    /// with the loyalty activity and service cases the story gives it.
    struct Membership {
        let entity: String
        /// Seconds since 1970-01-01 UTC.
        var updated: Int64
        /// The member element from the closing quote of `updated` through `<cards>`.
        let identity: [UInt8]
        /// Card numbers with the day each was issued.
        var cards: [(number: String, issued: Int64)]
        /// 0 bronze, 1 silver, 2 gold, 3 platinum.
        let tier: Int
        /// The element from `</cards>` on.
        let tail: [UInt8]
        var activity: [LoyaltyEvent] = []
        var cases: [ServiceCase] = []
    }

    static let tiers = ["bronze", "silver", "gold", "platinum"]

    private let output: PartedOutput
    private let truth: TruthFile
    private var window: ShuffleWindow<Membership>
    private var counter = 0
    private(set) var records = 0

    private let activity: LoyaltyActivity
    private let cases: ServiceCases

    init(
        root: String, options: FeedGenerator.Options, seed: UInt64, truth: TruthFile, activity: LoyaltyActivity,
        cases: ServiceCases
    ) throws {
        let header = Self.header(
            root: "members", declarations: " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", options)
        output = try PartedOutput(
            root: root, relativeDirectory: "feeds/loyalty", stem: "members", fileExtension: "xml",
            gzipLevel: nil, header: header, footer: Array("</members>\n".utf8), rowLimit: options.partSize, holdBack: options.holdBack)
        self.truth = truth
        self.activity = activity
        self.cases = cases
        window = ShuffleWindow(
            capacity: options.shuffleWindow, generator: SplitMix64(seed: seed, stream: .shuffle, index: 1))
    }

    /// The XML declaration and the opening `root` element of a loyalty export: the loyalty
    /// namespace, `declarations`, and the as-of date as `exported`.
    static func header(root: String, declarations: String = "", _ options: FeedGenerator.Options) -> [UInt8] {
        var header: [UInt8] = []
        header.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        header.append("<" + root + " xmlns=\"urn:golden:loyalty:1\"" + declarations + " exported=\"")
        header.appendISO8601UTC(options.asOf.daysSinceEpoch * 86_400)
        header.append("\">\n")
        return header
    }

    var files: [String] { output.files }
    var rows: Int { output.rows }

    /// Renders one membership for `context`; ``push(_:)`` queues it once its story has dated it.
    func render(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) -> Membership {
        let person = context.person
        let rates = context.options.rates
        let day = context.record.day
        var view = IdentityView(person, day: day, phoneStyle: .national, rates: rates, &generator, &tally)
        let hadMiddle = view.middle != nil
        view.dropMissing(
            [.title, .middle, .gender, .dateOfBirth, .workEmail, .email, .mobile, .landline, .unit, .region,
             .postcode], rate: rates.missingValue, &generator, &tally)
        view.placeholder([.email, .mobile, .dateOfBirth], rate: rates.placeholder, &generator, &tally)
        view.typo(rate: rates.typo, &generator, &tally)

        let references = generator.chance(0.3)
        let updated = day * 86_400 + Int64(generator.below(86_400))
        var body: [UInt8] = []
        body.append("\">\n    <name>")
        if let title = view.title { body.appendElement("title", title) }
        if let given = view.given { Self.appendName("given", given, references, &body, &generator) }
        if let middle = view.middle {
            body.appendElement("middle", generator.chance(0.5) ? String(middle.prefix(1)) : middle,
                               characterReferences: references)
        } else if hadMiddle ? generator.chance(0.5) : generator.chance(0.1) {
            body.append("<middle xsi:nil=\"true\"/>")
        }
        if let family = view.family { Self.appendName("family", family, references, &body, &generator) }
        body.append("</name>\n")
        if let date = view.dateOfBirth {
            body.append("    <birthDate>")
            body.appendISODate(date)
            body.append("</birthDate>\n")
        } else if generator.chance(0.5) {
            body.append("    <birthDate xsi:nil=\"true\"/>\n")
        }
        if let gender = view.gender { body.append("    <gender>" + gender.rawValue + "</gender>\n") }

        body.append("    <contact>")
        if let email = view.email { body.append("<email type=\"home\">"); body.appendXMLEscaped(email); body.append("</email>") }
        if let work = view.workEmail { body.append("<email type=\"work\">"); body.appendXMLEscaped(work); body.append("</email>") }
        if let mobile = view.mobile { body.append("<phone type=\"mobile\">"); body.appendXMLEscaped(mobile); body.append("</phone>") }
        if let home = view.landline { body.append("<phone type=\"home\">"); body.appendXMLEscaped(home); body.append("</phone>") }
        body.append("</contact>\n    <address>")
        if let line1 = view.line1 { body.appendElement("line1", line1, characterReferences: references) }
        if let unit = view.unit { body.appendElement("line2", unit, characterReferences: references) }
        if let city = view.city { body.appendElement("city", city, characterReferences: references) }
        if let region = view.region { body.appendElement("region", region, characterReferences: references) }
        if let postcode = view.postcode { body.appendElement("postcode", postcode) }
        body.appendElement("country", view.country.rawValue)
        body.append("</address>\n    <cards>")

        // Membership k has card 2k; a replaced card adds card 2k+1, issued later.
        let birthDay = person.dateOfBirth.daysSinceEpoch + 16 * 365
        let issued = max(birthDay, day - Int64(generator.below(2000)))
        let cardNumber = 2 * context.record.ordinal
        var cards = [(context.keys.card(customer: person.index, number: cardNumber), issued)]
        if generator.chance(0.1) {
            let replaced = issued + Int64(generator.below(Int(max(1, day - issued + 1))))
            cards.append((context.keys.card(customer: person.index, number: cardNumber + 1), replaced))
        }
        var tail: [UInt8] = []
        tail.append("</cards>\n    <tier>")
        let u = generator.unit()
        let tier = u < 0.5 ? 0 : u < 0.8 ? 1 : u < 0.95 ? 2 : 3
        tail.append(Self.tiers[tier])
        tail.append("</tier>\n    <points>")
        tail.append(decimal: Int(generator.unit() * generator.unit() * 20_000))
        tail.append("</points>\n  </member>\n")
        return Membership(
            entity: person.entityID, updated: updated, identity: body, cards: cards, tier: tier, tail: tail)
    }

    /// Queues a rendered membership.
    func push(_ membership: Membership) throws {
        if let released = window.push(membership) { try emit(released) }
    }

    /// Writes what the shuffle window still holds and closes the last part.
    func finish() throws {
        for membership in window.drain() { try emit(membership) }
        try output.close()
    }

    private func emit(_ membership: Membership) throws {
        counter += 1
        let id = "L" + padded(counter, 7)
        var element = Array("  <member id=\"\(id)\" updated=\"".utf8)
        element.appendISO8601UTC(membership.updated)
        element.append(contentsOf: membership.identity)
        for card in membership.cards { Self.appendCard(card.number, issued: card.issued, &element) }
        element.append(contentsOf: membership.tail)
        try output.beginRecord(rows: 1)
        try output.write(element)
        try activity.write(membership.activity, member: id)
        try cases.write(membership.cases, subject: id, in: .members)
        try truth.add(.loyalty, key: id, entity: membership.entity)
        records += 1
    }

    /// A name element: plain, with character references for accents, or — mostly for names with
    /// an apostrophe — as CDATA.
    private static func appendName(
        _ element: String, _ value: String, _ references: Bool, _ body: inout [UInt8],
        _ generator: inout SplitMix64
    ) {
        let cdata = value.contains("'") ? generator.chance(0.5) : generator.chance(0.03)
        guard cdata else { return body.appendElement(element, value, characterReferences: references) }
        body.append("<" + element + ">")
        body.appendCDATA(value)
        body.append("</" + element + ">")
    }

    private static func appendCard(_ number: String, issued day: Int64, _ body: inout [UInt8]) {
        body.append("<card number=\"" + number + "\" issued=\"")
        body.appendISODate(CivilDate(daysSinceEpoch: day))
        body.append("\"/>")
    }
}
