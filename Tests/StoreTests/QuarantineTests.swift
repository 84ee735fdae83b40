import GoldenCore
import Store
import Testing

@Suite struct QuarantineTests {
    @Test(arguments: [
        [], Array("plain,row".utf8), [0x00, 0xFF, 0xFE, 0x0A, 0x22],
        [UInt8](repeating: 0x41, count: QuarantinedRow.rawByteLimit),
        [UInt8](repeating: 0x42, count: QuarantinedRow.rawByteLimit + 1),
    ] as [[UInt8]])
    func rawBytesAndTruncationRoundTrip(raw: [UInt8]) throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        let row = quarantined(4, raw: raw)
        #expect(row.rawTruncated == (raw.count > QuarantinedRow.rawByteLimit))
        try fixture.store.write(IngestChunk(quarantine: [row]), batch: batch, runID: run)

        var stored: [StoredQuarantine] = []
        try fixture.store.forEachQuarantined { stored.append($0) }
        #expect(stored.count == 1)
        #expect(stored.first?.row == row)
        #expect(stored.first?.runID == run)
        #expect(stored.first?.batchID == batch)
    }

    @Test(arguments: QuarantineReason.allCases)
    func everyFieldRoundTrips(reason: QuarantineReason) throws {
        let fixture = try StoreFixture()
        let (run, batch) = try fixture.batch()
        let row = QuarantinedRow(
            source: "community", file: "feeds/forum.xml", line: nil, elementPath: "/users/user[7]",
            field: nil, reason: reason, message: "explained", raw: Array("<user>".utf8))
        try fixture.store.write(IngestChunk(quarantine: [row]), batch: batch, runID: run)
        var stored: [QuarantinedRow] = []
        try fixture.store.forEachQuarantined { stored.append($0.row) }
        #expect(stored == [row])
    }

    @Test func rowsWithoutABatchAreKept() throws {
        let fixture = try StoreFixture()
        let run = try fixture.store.beginRun(command: "ingest", at: .at(1))
        var fileError = quarantined(0, raw: [])
        fileError.line = nil
        fileError.reason = .fileError
        try fixture.store.addQuarantined([fileError], runID: run)
        var stored: [StoredQuarantine] = []
        try fixture.store.forEachQuarantined { stored.append($0) }
        #expect(stored.map(\.row) == [fileError])
        #expect(stored.first?.batchID == nil)
    }
}
