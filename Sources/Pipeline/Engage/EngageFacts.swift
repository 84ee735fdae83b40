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
    static let channels: [(channel: String, attribute: GoldenAttribute, contact: KeyPath<ContactProfile, ContactProfile.Contact?> & Sendable)] = [
        ("email", .email, \.email), ("sms", .phone, \.mobile), ("phone", .phone, \.phone), ("mail", .address, \.address),
    ]

    func facts(for input: EngageInput, actions: [PastAction]) throws(GoldenError) -> CustomerFacts {
        let events = EngageEvents.convert(input.events)
        var profile = ContactProfile()
        var stale = Set<GoldenAttribute>()
        if let json = input.record {
            do {
                profile = try ContactProfile(recordJSON: json)
                let judged = freshness.evaluate(profile.freshnessFacts)
                for attribute in judged.attributes where attribute.status == .stale { stale.insert(attribute.attribute) }
            } catch {
                throw GoldenError(.store, "Malformed golden record \(input.goldenID) in the store (\(error.message))")
            }
        }
        var firstSeen = events.first?.day
        if let first = profile.firstAssertedAt.map(Day.init), firstSeen.map({ first < $0 }) ?? true { firstSeen = first }

        var attributes: [String: AttributeValue] = ["record_count": .number(Double(input.recordCount))]
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
            goldenID: input.goldenID, firstSeen: firstSeen, events: events, attributes: attributes, contacts: contacts,
            previous: memory)
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
