import Testing

@testable import Engage

@Suite("Condition names")
struct ConditionNamesTests {
    static let cases: [(Condition, [UnknownName])] = [
        (.always, []),
        (.signal("flatline", .fired), []),
        (.signal("flatlined", .fired), [UnknownName(kind: .signal, name: "flatlined")]),
        (.attribute("country", .present), []),
        (.attribute("shoe_size", .present), [UnknownName(kind: .attribute, name: "shoe_size")]),
        (.stage(["lapsed", "zombie"]), [UnknownName(kind: .stage, name: "zombie")]),
        (.previousStage(["ghost"]), [UnknownName(kind: .stage, name: "ghost")]),
        (.line([.below]), []),
        (
            .all([
                .any([.signal("x", .fired), .not(.attribute("y", .present))]), .signal("x", .withinDays(3)),
                .previousStage(["lapsed"]), .stage(["z"]),
            ]),
            [UnknownName(kind: .signal, name: "x"), UnknownName(kind: .attribute, name: "y"), UnknownName(kind: .stage, name: "z")]
        ),
    ]

    @Test(arguments: cases)
    func unknownNames(condition: Condition, expected: [UnknownName]) {
        let found = condition.unknownNames(signals: .standard, attributes: ["country"], stages: ["lapsed", "active"])
        #expect(found == expected)
    }

    @Test func describesTheName() {
        #expect(UnknownName(kind: .signal, name: "flatlined").description == "unknown signal 'flatlined'")
    }

    @Test(arguments: [
        (Condition.always, false, false), (.line([.on]), true, false), (.not(.stage(["a"])), false, true),
        (.any([.previousLine([.on]), .previousStage(["a"])]), false, false), (.all([.line([.on]), .any([.stage(["a"])])]), true, true),
    ])
    func testsToday(condition: Condition, line: Bool, stage: Bool) {
        #expect(condition.testsToday.line == line)
        #expect(condition.testsToday.stage == stage)
    }
}
