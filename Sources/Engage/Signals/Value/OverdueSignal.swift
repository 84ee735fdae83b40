/// `overdue`: the customer is late against their own cadence.
///
/// Fires when the days since the latest purchase exceed `cadence_days` ×
/// ``SignalSettings/overdueFactor``; `number` is by how many days (fractional when the product
/// is), `day` the first day it held. Never fires before the first purchase (see `flatline`).
struct OverdueSignal: Signal, UsesCadence {
    static let name = "overdue"
    static let summary = "days past the customer's own cadence times the overdue factor"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let cadence = input.cadence
        guard let last = cadence.lastPurchase else { return .absent }
        let allowed = cadence.days * input.settings.overdueFactor
        let since = Double(input.asOf.days(since: last))
        guard since > allowed else { return SignalValue(fired: false, number: 0) }
        return SignalValue(fired: true, number: since - allowed, day: Cadence.firstDay(after: last, allowing: allowed))
    }
}
