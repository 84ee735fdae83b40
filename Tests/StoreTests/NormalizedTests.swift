import GRDB
import GoldenCore
import Testing

@testable import Store

@Suite struct NormalizedTests {
    /// A normalized record exercising every part of the codec.
    static func sample(_ key: String, source: String = "loyalty") -> NormalizedRecord {
        NormalizedRecord(
            source: source, key: key, observedAt: .at(-86_400),
            names: [
                PersonName(
                    raw: "Mr John A. Smith Jr.", title: "mr", given: "John", givenKey: "john",
                    givenCanonical: ["john"], middle: "A.", middleKey: "a", family: "Smith", familyKey: "smith",
                    familyAlternatives: [], suffix: "jr",
                    givenPhonetic: PhoneticKey(primary: "JN", alternate: "AN"),
                    familyPhonetic: PhoneticKey(primary: "SM0", alternate: "XMT")),
                PersonName(raw: "Mary", given: "Mary", givenKey: "mary", givenIsInitial: false),
            ],
            isJointName: true, gender: .male,
            dateOfBirth: BirthDate(raw: "07/12", year: nil, month: 7, day: 12, status: .partial),
            emails: [
                EmailAddress(raw: "J.Smith+x@GMAIL.com", normalized: "j.smith+x@gmail.com", canonical: "jsmith@gmail.com", status: .valid),
                EmailAddress(raw: "none@none.com", normalized: "none@none.com", canonical: nil, status: .placeholder),
            ],
            phones: [
                PhoneNumber(raw: "020 7946 0000 x12", e164: "+442079460000", country: "GB", extensionDigits: "12", type: .landline, status: .valid)
            ],
            address: PostalAddress(
                raw: ["155 London Road", "", "SOUTHAMPTON", "", "so15 5fy", "UK"], streetKey: "155 london rd",
                houseNumber: "155", city: "Southampton", cityKey: "southampton", postcode: "SO15 5FY", country: "GB"),
            loyaltyCards: ["6009017082119"], accountId: "A-1", username: "johnnys", locale: "en-GB",
            findings: [Finding(.email, .placeholder, "email.placeholder"), Finding(.dateOfBirth, .partial, "date.partial")])
    }

    /// The sample normalized form of each pending record.
    static func encoded(_ pending: [PendingRecord]) -> [EncodedNormalizedRecord] {
        pending.map { EncodedNormalizedRecord(recordID: $0.recordID, sample($0.key, source: $0.source)) }
    }

    @Test func codecRoundTripsEveryField() throws {
        let record = Self.sample("M1")
        let bytes = NormalizedRecordCodec.encode(record)
        #expect(try NormalizedRecordCodec.decode(bytes, source: "loyalty", key: "M1") == record)
        // Truncated or trailing bytes are malformed, never a crash.
        for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: BinaryReader.Malformed.self) {
                _ = try NormalizedRecordCodec.decode(Array(bytes[..<cut]), source: "loyalty", key: "M1")
            }
        }
        #expect(throws: BinaryReader.Malformed.self) {
            _ = try NormalizedRecordCodec.decode(bytes + [0], source: "loyalty", key: "M1")
        }
    }

    @Test func pendingRecordsArePagedWrittenAndNotPendingAgain() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run, batch) = try fixture.batch()
        try store.write(IngestChunk(records: (1...5).map { record("M\($0)", observed: 10) }), batch: batch, runID: run)
        #expect(try store.pendingNormalizationCount() == 5)

        let first = try store.pendingNormalization(after: 0, limit: 3)
        #expect(first.map(\.key) == ["M1", "M2", "M3"])
        let decoded = try first[1].record()
        #expect(decoded.fields == record("M2", observed: 10).fields)
        #expect(decoded.observedAt == .at(10))
        #expect(decoded.lineage == Lineage(file: "feeds/loyalty.csv", line: 2, batch: batch))
        let second = try store.pendingNormalization(after: first.last!.recordID, limit: 3)
        #expect(second.map(\.key) == ["M4", "M5"])

        let all = first + second
        try store.writeNormalized(Self.encoded(all), runID: run)
        #expect(try store.pendingNormalizationCount() == 0)
        #expect(try store.normalizedRecord(source: "loyalty", key: "M2") == Self.sample("M2"))
        var seen: [(Int64, String)] = []
        try store.forEachNormalized { seen.append(($0, $1.key)) }
        #expect(seen.map(\.1) == ["M1", "M2", "M3", "M4", "M5"])
        #expect(seen.map(\.0) == all.map(\.recordID))
        #expect(try store.counts()["loyalty"].normalized == 5)
    }

    /// The records a page writes go in a hundred to a statement: every one is stored once (the
    /// last listing of a record listed twice), leaves the normalize queue and joins the match
    /// and merge queues once — also when it is normalized again after those queues emptied.
    @Test(arguments: [1, 100, 101, 250])
    func writtenRecordsAreQueuedForMatchingAndMerging(count: Int) throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run, batch) = try fixture.batch()
        let records = (0..<count).map { record("M\($0)", observed: 10) }
        try store.write(IngestChunk(records: records), batch: batch, runID: run)
        let pending = try store.pendingNormalization(after: 0, limit: count + 10)
        #expect(pending.count == count)
        var page = Self.encoded(pending)
        var again = Self.sample("M0")
        again.gender = .female
        page.append(EncodedNormalizedRecord(recordID: pending[0].recordID, again))
        try store.writeNormalized(page, runID: run)

        let queues = {
            try store.writer.read { db in
                try ["normalize_queue", "match_queue", "merge_queue", "normalized_records"].map {
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)")!
                }
            }
        }
        #expect(try queues() == [0, count, count, count])
        // The later listing of the first record is the one stored.
        #expect(try store.normalizedRecord(source: "loyalty", key: "M0")?.gender == .female)

        try store.writer.write { db in try db.execute(sql: "DELETE FROM match_queue; DELETE FROM merge_queue") }
        try store.writeNormalized(Array(Self.encoded(pending).prefix(1)), runID: run)
        #expect(try queues() == [0, 1, 1, count])
    }

    @Test(arguments: [
        // (newer sighting's observed_at, its given name, pending again?)
        (20 as Int64, "Ann", false),  // same values seen again: nothing to redo
        (20, "Anne", true),  // newer values replace the stored ones
        (5, "Anne", false),  // an older sighting does not replace them
    ])
    func resightingMakesPendingOnlyWhenValuesChange(observed: Int64, given: String, pending: Bool) throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run, batch) = try fixture.batch()
        try store.write(IngestChunk(records: [record("M1", observed: 20)]), batch: batch, runID: run)
        try store.writeNormalized(Self.encoded(try store.pendingNormalization(after: 0, limit: 10)), runID: run)

        let (run2, batch2) = try fixture.batch(hash: "h2", at: 200)
        let sighting = record("M1", observed: observed, fields: [Field("given_name", given)])
        try store.write(IngestChunk(records: [sighting]), batch: batch2, runID: run2)
        #expect(try store.pendingNormalizationCount() == (pending ? 1 : 0))
        #expect(try store.sightings(source: "loyalty", key: "M1")?.timesSeen == 2)
    }

    @Test func changedFingerprintMakesTheSourcePendingAgain() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        let (run, batch) = try fixture.batch()
        try store.write(
            IngestChunk(records: [record("M1", observed: 1), record("W1", source: "web", observed: 1)]),
            batch: batch, runID: run)
        #expect(try store.setNormalizeFingerprint("v1", source: "loyalty") == 0)
        try store.writeNormalized(Self.encoded(try store.pendingNormalization(after: 0, limit: 10)), runID: run)

        #expect(try store.setNormalizeFingerprint("v1", source: "loyalty") == 0)
        #expect(try store.pendingNormalizationCount() == 0)
        #expect(try store.setNormalizeFingerprint("v2", source: "loyalty") == 1)
        #expect(try store.pendingNormalization(after: 0, limit: 10).map(\.key) == ["M1"])
        #expect(try store.normalizeFingerprint(source: "loyalty") == "v2")
    }
}
