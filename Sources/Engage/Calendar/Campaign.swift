/// A baseline campaign from the calendar file: everyone in its audience gets it while it runs.
public struct Campaign: Hashable, Sendable {
    public var id: String
    public var name: String
    /// First and last day, inclusive.
    public var start: Day
    public var end: Day
    public var action: ActionTemplate
    /// Who gets it; ``Condition/always`` for everyone.
    public var audience: Condition

    public init(id: String, name: String, start: Day, end: Day, action: ActionTemplate, audience: Condition = .always) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.action = action
        self.audience = audience
    }
}
