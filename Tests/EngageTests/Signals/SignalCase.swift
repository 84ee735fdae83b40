import Testing

@testable import Engage

/// One row of a signal table: a customer's events, the as-of day, and the value expected.
struct SignalCase: Sendable, CustomTestStringConvertible {
    var signal: String
    var label: String
    var events: [EngageEvent]
    var firstSeen: Int? = nil
    var asOf: Int
    var settings = SignalSettings()
    var expected: SignalValue

    init(
        _ signal: String, _ label: String, _ events: [EngageEvent], firstSeen: Int? = nil, asOf: Int,
        settings: SignalSettings = SignalSettings(), fired: Bool, number: Double? = nil, day: Int? = nil,
        reference: String? = nil
    ) {
        self.signal = signal
        self.label = label
        self.events = events
        self.firstSeen = firstSeen
        self.asOf = asOf
        self.settings = settings
        expected = SignalValue(fired: fired, number: number, day: day.map(dayAt), reference: reference)
    }

    var testDescription: String { "\(signal): \(label)" }

    /// Evaluates the signal through the standard registry.
    func check() throws {
        let input = SignalInput(facts: .test(events, firstSeen: firstSeen), asOf: dayAt(asOf), settings: settings)
        let value = try #require(SignalRegistry.standard.evaluate(signal, input))
        #expect(value == expected)
    }
}
