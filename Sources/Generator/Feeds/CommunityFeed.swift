import GoldenCore

/// The community feeds: `feeds/community/profiles_NNN.xml.gz` (one identity record per forum
/// profile, no namespace) and `feeds/community/activity_NNN.xml.gz` (events keyed by `uid`).
final class CommunityFeed {
    static let topics = [
        "Product questions", "Returns & refunds", "Deals of the week", "Garden & outdoors",
        "Recipes", "Tech help", "Store feedback", "Gift ideas", "Loyalty points", "Home projects",
        "Kids & toys", "Style advice",
    ]
    private static let eventTypes = ["post", "reply", "reply", "like", "like", "like", "review"]

    /// One profile, rendered but for its dates and its activity's sentiment, which the
    /// customer's story may change or add to.
    struct Profile {
        let entity: String
        /// The profile element from just after `uid="…` (the closing quote) to `<joined>`.
        let head: [UInt8]
        /// Seconds since 1970-01-01 UTC.
        var joined: Int64
        var events: [Activity]
    }

    /// One forum event of a profile.
    struct Activity {
        /// `post`, `reply`, `like`, `review` or `share`.
        var type: String
        /// Seconds since 1970-01-01 UTC.
        var time: Int64
        var topic: String
        /// Hundredths, -100…100.
        var sentiment: Int
        /// What a share shares.
        var product: Int? = nil
    }

    private let profiles: PartedOutput
    private let activity: PartedOutput
    private let truth: TruthFile
    private var window: ShuffleWindow<Profile>
    private var profileCounter = 0
    private var eventCounter = 0
    private(set) var records = 0

    init(root: String, options: FeedGenerator.Options, seed: UInt64, truth: TruthFile) throws {
        let level = options.compressionLevel
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        profiles = try PartedOutput(
            root: root, relativeDirectory: "feeds/community", stem: "profiles", fileExtension: "xml.gz",
            gzipLevel: level, header: Array((xml + "<community site=\"forum\">\n").utf8),
            footer: Array("</community>\n".utf8), rowLimit: options.partSize, holdBack: options.holdBack)
        activity = try PartedOutput(
            root: root, relativeDirectory: "feeds/community", stem: "activity", fileExtension: "xml.gz",
            gzipLevel: level, header: Array((xml + "<activity>\n").utf8), footer: Array("</activity>\n".utf8),
            rowLimit: options.partSize, holdBack: options.holdBack)
        self.truth = truth
        window = ShuffleWindow(
            capacity: options.shuffleWindow, generator: SplitMix64(seed: seed, stream: .shuffle, index: 3))
    }

    var files: [String] { profiles.files + activity.files }
    var profileRows: Int { profiles.rows }
    var activityRows: Int { activity.rows }

    /// Renders one profile, with its activity, for `context`; ``push(_:)`` queues it once its
    /// story has dated it.
    func render(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) -> Profile {
        let person = context.person
        let rates = context.options.rates
        let asOf = context.options.asOf.daysSinceEpoch * 86_400
        var view = IdentityView(
            person, day: context.record.day, showsPhones: false, phoneStyle: .national, rates: rates,
            &generator, &tally)
        view.dropMissing([.email], rate: rates.missingValue, &generator, &tally)
        view.placeholder([.email], rate: rates.placeholder, &generator, &tally)
        view.typo(rate: rates.typo, &generator, &tally)

        var handle = person.handle
        if context.record.ordinal > 0 {
            handle = generator.chance(0.5) ? handle + String(context.record.ordinal + 1) : handle + "_"
        }
        var body: [UInt8] = []
        body.append("\" handle=\"")
        body.appendXMLEscaped(handle)
        body.append("\"><displayName>")
        body.appendXMLEscaped(Self.displayName(view, person, handle: handle, &generator))
        body.append("</displayName>")
        if let email = view.email ?? view.workEmail, generator.chance(0.7) {
            body.appendElement("email", email)
        }
        if let location = Self.location(view, &generator) { body.appendElement("location", location) }
        let joined = context.record.day * 86_400 + Int64(generator.below(86_400))
        body.append("<joined>")

        var events: [Activity] = []
        let eventCount = Int(generator.unit() * generator.unit() * generator.unit() * 40)
        for _ in 0..<eventCount {
            let type = generator.pick(Self.eventTypes)
            let time = joined + Int64(generator.below(Int(max(1, asOf - joined))))
            let topic = generator.pick(Self.topics)
            let sentiment = Int((generator.unit() + generator.unit() - 0.8) * 100)
            events.append(Activity(type: type, time: time, topic: topic, sentiment: max(-100, min(100, sentiment))))
        }
        return Profile(entity: person.entityID, head: body, joined: joined, events: events)
    }

    /// Queues a rendered profile.
    func push(_ profile: Profile) throws {
        if let released = window.push(profile) { try emit(released) }
    }

    /// Writes what the shuffle window still holds and closes the last parts.
    func finish() throws {
        for profile in window.drain() { try emit(profile) }
        try profiles.close()
        try activity.close()
    }

    private func emit(_ profile: Profile) throws {
        profileCounter += 1
        let uid = "C" + padded(profileCounter, 5)
        var element = Array(("  <profile uid=\"" + uid).utf8)
        element.append(contentsOf: profile.head)
        element.append(decimal: Int(profile.joined))
        element.append("</joined></profile>\n")
        try profiles.beginRecord(rows: 1)
        try profiles.write(element)
        for event in profile.events {
            eventCounter += 1
            var line = Array(("  <event id=\"E" + padded(eventCounter, 6) + "\" uid=\"" + uid).utf8)
            line.append("\" type=\"" + event.type + "\" at=\"")
            line.appendISO8601UTC(event.time)
            line.append("\" topic=\"")
            line.appendXMLEscaped(event.topic)
            line.append("\" sentiment=\"")
            if event.sentiment < 0 { line.append(UInt8(ascii: "-")) }
            line.append(decimal: abs(event.sentiment) / 100)
            line.append(UInt8(ascii: "."))
            line.append(decimal: abs(event.sentiment) % 100, width: 2)
            if let product = event.product {
                line.append("\" sku=\"" + Catalogue.sku(product) + "\" category=\"")
                line.appendXMLEscaped(Catalogue.departments[Catalogue.department(product)])
            }
            line.append("\"/>\n")
            try activity.beginRecord(rows: 1)
            try activity.write(line)
        }
        try truth.add(.communityProfiles, key: uid, entity: profile.entity)
        records += 1
    }

    /// How people name themselves on a forum: `Johnny S`, `John Smith`, `J. Smith`, `John`, the
    /// handle itself — often with the nickname they go by, whatever the record's troubles.
    private static func displayName(
        _ view: IdentityView, _ person: Person, handle: String, _ generator: inout SplitMix64
    ) -> String {
        var given = view.given ?? ""
        if !view.usedNickname, !person.nicknames.isEmpty, generator.chance(0.4) {
            given = generator.pick(person.nicknames)
        }
        let family = view.family ?? ""
        switch generator.below(6) {
        case 0, 1: return given + " " + String(family.prefix(1))
        case 2: return given + " " + family
        case 3: return String(given.prefix(1)) + ". " + family
        case 4: return given.isEmpty ? handle : given
        default: return handle
        }
    }

    /// A free-text location: `Leeds, UK`, `Boston, MA`, `Berlin, Germany`, just the country, or
    /// nothing.
    private static func location(_ view: IdentityView, _ generator: inout SplitMix64) -> String? {
        let city = view.city ?? view.address.city
        switch generator.below(10) {
        case 0, 1, 2: return nil
        case 3: return view.country.displayName
        case 4: return city
        default:
            return view.country == .us ? city + ", " + (view.region ?? view.address.region)
                : city + ", " + view.country.displayName
        }
    }
}
