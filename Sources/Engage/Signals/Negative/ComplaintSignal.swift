/// `complaint`: a complaint to customer service.
///
/// Fired once there is one; `day` is the latest one's day, `reference` its reference, and
/// `number` how many fall in the last ``SignalSettings/frequencyWindowDays`` days.
struct ComplaintSignal: Signal {
    static let name = "complaint"
    static let summary = "a complaint to customer service"

    func evaluate(_ input: SignalInput) -> SignalValue { input.occurrences(of: .complaint) }
}
