import Engage
import Testing

@testable import Pipeline

/// The stored text of a customer's engagement memory reads back to the same state and ladder.
@Suite struct EngageMemoryCodecTests {
    static let day = Day(iso: "2026-06-30")!

    @Test(arguments: [
        nil,
        LadderPosition(ladder: "win_back", step: 0, stepDay: day, startedDay: day, spent: 0.05),
        LadderPosition(ladder: "win_back", step: 3, stepDay: day, startedDay: day.adding(days: -60), spent: 21.55, capped: true),
        LadderPosition(ladder: "service_recovery", step: 1, stepDay: day, startedDay: day, spent: 3.05, succeeded: true),
        LadderPosition(ladder: "x", step: 4, stepDay: day, startedDay: day, spent: 40, capped: true, succeeded: true),
    ] as [LadderPosition?])
    func roundTrips(ladder: LadderPosition?) throws {
        let state = EngagementState(line: .below, stage: "at_risk", since: Self.day.adding(days: -3))
        let text = EngageMemoryCodec.encode(state, ladder: ladder)
        let decoded = try #require(EngageMemoryCodec.decode(text))
        #expect(decoded.0 == state && decoded.1 == ladder)
    }

    @Test(arguments: ["", "above|new", "sideways|new|1", "below|at_risk|x", "below|at_risk|1|l|0|1|1|0.5|9", "below|at_risk|1|l|0|1|1|0.5",
        "above|new|1|", "above|new| 1", "above|new|99999999999", "below|at_risk|1|l|x|1|1|0.5|0", "below|at_risk|1|l|0|1|1|half|0",
    ])
    func refusesTextItDidNotWrite(_ text: String) {
        #expect(EngageMemoryCodec.decode(text) == nil)
    }
}
