/// `last_activity_days`: days since the customer last did anything at all.
///
/// Any event counts except a message that was merely sent or bounced. Fired when there is one;
/// `number` is the as-of day minus its day, `day` its day.
struct LastActivitySignal: Signal {
    static let name = "last_activity_days"
    static let summary = "days since any sign of life (a message merely sent does not count)"

    func evaluate(_ input: SignalInput) -> SignalValue {
        guard let last = input.lastSignOfLife else { return .absent }
        return SignalValue(fired: true, number: Double(input.asOf.days(since: last)), day: last)
    }
}
