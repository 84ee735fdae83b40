import GoldenCore

/// The loyalty feed: `feeds/loyalty/members_NNN.xml`, UTF-8, default namespace
/// `urn:golden:loyalty:1`, one `<member>` per membership.
final class LoyaltyFeed {
    private struct Pending {
        let entity: String
        /// The member element from just after `id="`.
        let body: [UInt8]
    }

    private let output: PartedOutput
    private let truth: TruthFile
    private var window: ShuffleWindow<Pending>
    private var counter = 0
    private(set) var records = 0

    init(root: String, options: FeedGenerator.Options, seed: UInt64, truth: TruthFile) throws {
        var header: [UInt8] = []
        header.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        header.append("<members xmlns=\"urn:golden:loyalty:1\" ")
        header.append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" exported=\"")
        header.appendISO8601UTC(options.asOf.daysSinceEpoch * 86_400)
        header.append("\">\n")
        output = try PartedOutput(
            root: root, relativeDirectory: "feeds/loyalty", stem: "members", fileExtension: "xml",
            gzipLevel: nil, header: header, footer: Array("</members>\n".utf8), rowLimit: options.partSize)
        self.truth = truth
        window = ShuffleWindow(
            capacity: options.shuffleWindow, generator: SplitMix64(seed: seed, stream: .shuffle, index: 1))
    }

    var files: [String] { output.files }
    var rows: Int { output.rows }

    /// Renders one membership for `context` and queues it.
    func add(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) throws {
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
        var body: [UInt8] = []
        body.append("\" updated=\"")
        body.appendISO8601UTC(day * 86_400 + Int64(generator.below(86_400)))
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
        Self.appendCard(context.keys.card(customer: person.index, number: cardNumber), issued: issued, &body)
        if generator.chance(0.1) {
            let replaced = issued + Int64(generator.below(Int(max(1, day - issued + 1))))
            Self.appendCard(context.keys.card(customer: person.index, number: cardNumber + 1), issued: replaced, &body)
        }
        body.append("</cards>\n    <tier>")
        let u = generator.unit()
        body.append(u < 0.5 ? "bronze" : u < 0.8 ? "silver" : u < 0.95 ? "gold" : "platinum")
        body.append("</tier>\n    <points>")
        body.append(decimal: Int(generator.unit() * generator.unit() * 20_000))
        body.append("</points>\n  </member>\n")

        if let released = window.push(Pending(entity: person.entityID, body: body)) { try emit(released) }
    }

    /// Writes what the shuffle window still holds and closes the last part.
    func finish() throws {
        for pending in window.drain() { try emit(pending) }
        try output.close()
    }

    private func emit(_ pending: Pending) throws {
        counter += 1
        let id = "L" + padded(counter, 7)
        try output.beginRecord(rows: 1)
        try output.write(Array("  <member id=\"\(id)".utf8))
        try output.write(pending.body)
        try truth.add(.loyalty, key: id, entity: pending.entity)
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
