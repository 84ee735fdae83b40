import Engage
import GoldenCore
import Merge
import Quality
import Store

/// Builds what the engagement rules see of one stored golden record: its events, the attributes
/// rules may test, how each channel can reach it (valid, fresh, not opted out) and its memory.
///
/// ```swift
/// let builder = EngageFacts(asOf: today, freshness: evaluator)
/// let facts = try builder.facts(for: input, actions: pastActions)
/// ```
struct EngageFacts: Sendable {
    let asOf: Day
    let freshness: FreshnessEvaluator

    /// The channels the shipped rules use: the golden attribute whose freshness each takes, and
    /// the profile's value that carries it.
    static let channels: [(channel: String, attribute: GoldenAttribute, contact: any KeyPath<ContactProfile, ContactProfile.Contact?> & Sendable)] = [
        ("email", .email, \.email), ("sms", .phone, \.mobile), ("phone", .phone, \.phone), ("mail", .address, \.address),
    ]

    /// What the rules see of `input` with its past `actions`.
    ///
    /// - Throws: a `store` error when its stored facts (or, without them, its JSON) are malformed.
    func facts(for input: EngageInput, actions: [PastAction]) throws(GoldenError) -> CustomerFacts {
        let golden = try Self.goldenFacts(of: input.golden)
        let events = golden.events, profile = golden.profile
        var stale = Set<GoldenAttribute>()
        for attribute in freshness.evaluate(profile.freshnessFacts).attributes where attribute.status == .stale {
            stale.insert(attribute.attribute)
        }
        var firstSeen = events.first?.day
        if let first = profile.firstAssertedAt.map(Day.init), firstSeen.map({ first < $0 }) ?? true { firstSeen = first }

        var attributes: [String: AttributeValue] = ["record_count": .number(Double(golden.recordCount))]
        if let year = profile.birthYear { attributes["age"] = .number(Double(asOf.date.year - year)) }
        if let month = profile.birthMonth { attributes["birthday_month"] = .number(Double(month)) }
        if let city = profile.city { attributes["city"] = .text(city) }
        if let country = profile.country { attributes["country"] = .text(country) }
        if let domain = profile.emailDomain { attributes["email_domain"] = .text(domain) }
        if let firstSeen { attributes["first_seen"] = .day(firstSeen) }
        if let gender = profile.gender { attributes["gender"] = .text(gender) }
        if let postcode = profile.postcode { attributes["postcode"] = .text(postcode) }

        let optedOut = optedOut(events)
        var contacts: [ContactPoint] = []
        for (channel, attribute, path) in Self.channels {
            let status: ContactStatus
            if let contact = profile[keyPath: path] {
                if optedOut.contains(channel) {
                    status = .optedOut
                } else if !contact.status.isUsable {
                    status = .invalid
                } else if stale.contains(attribute) {
                    status = .stale
                } else {
                    status = .reachable
                }
            } else {
                status = optedOut.contains(channel) ? .optedOut : .missing
            }
            contacts.append(ContactPoint(channel: channel, status: status))
        }

        var memory = EngagementMemory(actions: actions)
        if let row = input.state {
            // Deciding the last day again starts from the day before it: idempotent per day.
            let text = row.day >= asOf.index ? row.prior : row.state
            if let text, let (state, ladder) = EngageMemoryCodec.decode(text) {
                memory.state = state
                memory.ladder = ladder
            }
        }
        return CustomerFacts(
            goldenID: input.golden.goldenID, firstSeen: firstSeen, events: events, attributes: attributes, contacts: contacts,
            previous: memory)
    }

    /// A golden record's facts: decoded from the stored bytes, else (a store not merged since
    /// facts were added) computed from its JSON and events as the Merge stage would.
    static func goldenFacts(of stored: StoredGoldenFacts) throws(GoldenError) -> GoldenFacts {
        do throws(GoldenError) {
            switch stored.stored {
            case .facts(let bytes):
                return try GoldenFacts(encoded: bytes)
            case .json(let count, let record, let history, let events):
                return try GoldenFacts(recordJSON: record, recordCount: count, historyJSON: history, events: events)
            }
        } catch {
            throw GoldenError(.store, "Malformed golden record \(stored.goldenID) in the store (\(error.message))")
        }
    }

    /// The channels the customer unsubscribed from on or before the as-of day (Golden's feeds
    /// carry no re-subscription: an unsubscribe stands).
    func optedOut(_ events: [EngageEvent]) -> Set<String> {
        var channels = Set<String>()
        for event in events where event.kind == .message && event.messageAction == .unsubscribed && event.day <= asOf {
            if let channel = event.channel { channels.insert(channel) }
        }
        return channels
    }
}
