/// `flatline`: no sign of life at all for far longer than the customer's own rhythm.
///
/// Silence runs from the last sign of life (any event but a message merely sent or bounced; the
/// first day seen for a customer who never did anything). Fires when it exceeds `cadence_days` ×
/// ``SignalSettings/flatlineFactor``; `number` is the days of silence, `day` the first day it held.
struct FlatlineSignal: Signal, UsesCadence {
    static let name = "flatline"
    static let summary = "days without any sign of life, past the cadence times the flatline factor"

    func evaluate(_ input: SignalInput) -> SignalValue {
        guard let last = input.lastSignOfLife ?? input.firstDay else { return .absent }
        let allowed = input.cadence.days * input.settings.flatlineFactor
        let silent = Double(input.asOf.days(since: last))
        guard silent > allowed else { return SignalValue(fired: false, number: silent) }
        return SignalValue(fired: true, number: silent, day: Cadence.firstDay(after: last, allowing: allowed))
    }
}
