/// `stage_days`: how long the customer has been in the line and stage decided before today.
///
/// `number` is the as-of day minus the ``EngagementState/since`` of the remembered state, `day`
/// that day. Not fired for a customer never decided before. Lets a stage last a while ("won back
/// for 90 days") instead of one day.
struct StageDaysSignal: Signal {
    static let name = "stage_days"
    static let summary = "days since the customer entered the stage decided before today"

    func evaluate(_ input: SignalInput) -> SignalValue {
        guard let since = input.facts.previous.state?.since, since <= input.asOf else { return .absent }
        return SignalValue(fired: true, number: Double(input.asOf.days(since: since)), day: since)
    }
}
