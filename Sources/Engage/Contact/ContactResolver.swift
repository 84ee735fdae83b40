/// Picks the channel an action goes through: the one asked for when it reaches the customer,
/// otherwise the first reachable fallback (``EngageSettings/fallback``), otherwise none, and the
/// action is reported as ``ActionStatus/unreachable``.
///
/// A channel reaches the customer when their ``ContactPoint`` for it is
/// ``ContactStatus/reachable``; a channel with no contact point is ``ContactStatus/missing``.
///
/// ```swift
/// let resolver = ContactResolver(fallback: ["email": ["sms", "mail"]])
/// let resolution = resolver.apply(to: &action, contacts: facts.contacts)
/// resolution.reason   // why the requested channel was not used (.optedOut…), for the summary
/// ```
public struct ContactResolver: Hashable, Sendable {
    public var fallback: [String: [String]]

    public init(fallback: [String: [String]] = [:]) { self.fallback = fallback }

    /// The channel for a request on `channel`, and why the requested one was not used.
    /// - Complexity: O(*f* · *c*): *f* fallbacks, *c* contact points (a handful each).
    public func resolve(_ channel: String, contacts: [ContactPoint]) -> ContactResolution {
        let status = Self.status(of: channel, in: contacts)
        if status == .reachable { return ContactResolution(channel: channel, reason: nil) }
        for other in fallback[channel] ?? [] where other != channel {
            if Self.status(of: other, in: contacts) == .reachable {
                return ContactResolution(channel: other, reason: status)
            }
        }
        return ContactResolution(channel: nil, reason: status)
    }

    /// Resolves `action`'s requested channel and writes the outcome into it: the channel, and
    /// ``ActionStatus/unreachable`` (channel `nil`) when nothing reaches the customer.
    @discardableResult
    public func apply(to action: inout Action, contacts: [ContactPoint]) -> ContactResolution {
        let resolution = resolve(action.requestedChannel, contacts: contacts)
        action.channel = resolution.channel
        action.status = resolution.channel == nil ? .unreachable : .planned
        return resolution
    }

    /// How the customer's contact point for `channel` stands (``ContactStatus/missing`` without one).
    public static func status(of channel: String, in contacts: [ContactPoint]) -> ContactStatus {
        contacts.first { $0.channel == channel }?.status ?? .missing
    }
}

/// The outcome of contactability for one action.
public struct ContactResolution: Hashable, Sendable {
    /// The channel to use; `nil` when none reaches the customer.
    public var channel: Optional<String>
    /// Why the requested channel was not used; `nil` when it was.
    public var reason: Optional<ContactStatus>

    public init(channel: String?, reason: ContactStatus?) {
        self.channel = channel
        self.reason = reason
    }

    /// A fallback channel carries the action.
    public var fellBack: Bool { channel != nil && reason != nil }
}
