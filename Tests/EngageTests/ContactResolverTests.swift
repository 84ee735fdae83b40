import Testing

@testable import Engage

@Suite("Contactability")
struct ContactResolverTests {
    typealias F = OfferFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var requested: String
        var contacts: [ContactPoint]
        var channel: String?
        var reason: ContactStatus?
        var testDescription: String { name }
    }

    static let fallback = ["email": ["sms", "mail"], "sms": ["sms", "email"], "push": []]

    static let cases: [Case] = [
        Case(name: "requested reachable", requested: "email", contacts: [.init(channel: "email", status: .reachable)], channel: "email"),
        Case(
            name: "opted out: first reachable fallback", requested: "email",
            contacts: [.init(channel: "email", status: .optedOut), .init(channel: "sms", status: .stale), .init(channel: "mail", status: .reachable)],
            channel: "mail", reason: .optedOut),
        Case(
            name: "missing: fallback in order", requested: "email",
            contacts: [.init(channel: "mail", status: .reachable), .init(channel: "sms", status: .reachable)], channel: "sms", reason: .missing),
        Case(
            name: "invalid and no fallback reachable", requested: "email",
            contacts: [.init(channel: "email", status: .invalid), .init(channel: "sms", status: .optedOut)], channel: nil, reason: .invalid),
        Case(
            name: "stale, the channel itself in its fallbacks is skipped", requested: "sms",
            contacts: [.init(channel: "sms", status: .stale), .init(channel: "email", status: .reachable)], channel: "email", reason: .stale),
        Case(name: "no fallbacks", requested: "push", contacts: [.init(channel: "email", status: .reachable)], channel: nil, reason: .missing),
        Case(
            name: "a channel with no fallback entry", requested: "mail", contacts: [.init(channel: "mail", status: .optedOut)],
            channel: nil, reason: .optedOut),
    ]

    @Test(arguments: cases) func resolves(_ test: Case) {
        let resolver = ContactResolver(fallback: Self.fallback)
        let resolution = resolver.resolve(test.requested, contacts: test.contacts)
        #expect(resolution == ContactResolution(channel: test.channel, reason: test.reason))
        #expect(resolution.fellBack == (test.channel != nil && test.reason != nil))

        var action = F.action(.trigger, "cross_sell", channel: test.requested)
        #expect(resolver.apply(to: &action, contacts: test.contacts) == resolution)
        #expect(action.channel == test.channel && action.requestedChannel == test.requested)
        #expect(action.status == (test.channel == nil ? .unreachable : .planned))
    }
}
