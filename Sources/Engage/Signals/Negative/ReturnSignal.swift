/// `return`: a product returned.
///
/// Fired once there is one; `day` is the latest one's day, `reference` its reference, and
/// `number` how many fall in the last ``SignalSettings/frequencyWindowDays`` days.
struct ReturnSignal: Signal {
    static let name = "return"
    static let summary = "a product returned"

    func evaluate(_ input: SignalInput) -> SignalValue { input.occurrences(of: .`return`) }
}
