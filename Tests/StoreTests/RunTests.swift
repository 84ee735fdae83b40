import GoldenCore
import Store
import Testing

@Suite struct RunTests {
    @Test func runHistoryIsMostRecentFirst() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let first = try store.beginRun(command: "ingest", at: .at(100))
        let second = try store.beginRun(command: "run", at: .at(200))
        let third = try store.beginRun(command: "match", at: .at(200))
        try store.finishRun(first, status: .ok, summaryJSON: #"{"records":3}"#, at: .at(150))
        try store.finishRun(second, status: .quarantineLimit, summaryJSON: "{}", at: .at(250))

        let runs = try store.recentRuns(limit: 10)
        #expect(runs.map(\.id) == [third, second, first])
        #expect(runs.map(\.status) == [.running, .quarantineLimit, .ok])
        #expect(runs[2].command == "ingest")
        #expect(runs[2].startedAt == .at(100))
        #expect(runs[2].finishedAt == .at(150))
        #expect(runs[2].summaryJSON == #"{"records":3}"#)
        #expect(runs[0].finishedAt == nil)
        #expect(runs[0].summaryJSON == nil)
        #expect(try store.recentRuns(limit: 1).map(\.id) == [third])
        #expect(try store.run(second)?.status == .quarantineLimit)
    }

    @Test(arguments: RunStatus.allCases)
    func everyStatusRoundTrips(status: RunStatus) throws {
        let fixture = try StoreFixture()
        let id = try fixture.store.beginRun(command: "run", at: .at(1))
        try fixture.store.finishRun(id, status: status, summaryJSON: "[]", at: .at(2))
        #expect(try fixture.store.run(id)?.status == status)
    }

    @Test func finishingAnUnknownRunFails() throws {
        let fixture = try StoreFixture()
        #expect {
            try fixture.store.finishRun(42, status: .ok, summaryJSON: "{}", at: .at(1))
        } throws: { error in
            (error as? GoldenError)?.code == .store
        }
    }
}
