/// `tenure_days`: how long the customer has been known.
///
/// `number` is the as-of day minus the earlier of ``CustomerFacts/firstSeen`` and the first
/// event (0 on the first day), `day` that first day. Not fired for a customer not yet seen.
struct TenureSignal: Signal {
    static let name = "tenure_days"
    static let summary = "days since the customer was first seen"

    func evaluate(_ input: SignalInput) -> SignalValue {
        guard let first = input.firstDay else { return .absent }
        return SignalValue(fired: true, number: Double(input.asOf.days(since: first)), day: first)
    }
}
