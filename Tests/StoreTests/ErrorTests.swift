import GoldenCore
import Store
import Testing

@Suite struct ErrorTests {
    static let secret = "jane.doe@example.com"

    /// The error is a store error whose text (cause included) never shows `secret`.
    static func isSafeStoreError(_ error: any Error) -> Bool {
        guard let error = error as? GoldenError else { return false }
        let text = String(describing: error)
        return error.code == .store && error.cause != nil && !text.contains(secret) && !text.contains("Jane")
    }

    @Test func constraintFailureHidesStatementArguments() throws {
        let fixture = try StoreFixture()
        let run = try fixture.store.beginRun(command: "run", at: .at(1))
        #expect {
            try fixture.store.finishRun(run, status: .ok, summaryJSON: #"{"email": "\#(Self.secret)""#, at: .at(2))
        } throws: { error in
            Self.isSafeStoreError(error) && String(describing: error).contains("CHECK constraint failed")
        }
    }

    @Test func failedChunkWritesNothingAndHidesValues() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        let personal = record("M1", observed: 1, fields: [Field("email", Self.secret), Field("given_name", "Jane")])
        var badRow = quarantined(3, raw: Array(Self.secret.utf8))
        badRow.message = "row of Jane"
        let chunk = IngestChunk(records: [personal], events: [event("E1")], quarantine: [badRow])
        #expect {
            // No such run: the quarantined row, written last, breaks a foreign key.
            try fixture.store.write(chunk, batch: batch, runID: run + 100)
        } throws: { error in
            Self.isSafeStoreError(error) && String(describing: error).contains("FOREIGN KEY constraint failed")
        }
        let counts = try fixture.store.counts()
        #expect(counts.records == 0)
        #expect(counts.events == 0)
        #expect(counts.quarantined == 0)
    }

    @Test func unknownBatchIsRefused() throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        let personal = record("M1", observed: 1, fields: [Field("email", Self.secret)])
        #expect {
            try fixture.store.write(IngestChunk(records: [personal]), batch: batch + 1, runID: run)
        } throws: { error in
            guard let error = error as? GoldenError else { return false }
            return error.code == .store && !String(describing: error).contains(Self.secret)
        }
        #expect(try fixture.store.counts().records == 0)
    }
}
