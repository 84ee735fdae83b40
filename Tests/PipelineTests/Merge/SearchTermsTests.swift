import Foundation
import GRDB
import GoldenCore
import Match
import Merge
@testable import Pipeline
import Store
import Testing

/// The search terms the Merge stage writes are those the `v8-steward` triggers derived from a
/// golden record's JSON, for a record of any shape and after every kind of write a run does.
@Suite struct SearchTermsTests {
    /// The body of the `v8-steward` insert trigger, over every stored golden record at once:
    /// the reference the terms written since `v13-search-terms` are held to.
    static let triggerRules = """
        SELECT DISTINCT field, term, sequence FROM (
            SELECT 'name' AS field, n.value AS term, g.sequence
                FROM golden_records g,
                    json_each(json_extract(g.record, '$.name.value.given_key', '$.name.value.family_key')) n
            UNION ALL SELECT 'email', CASE two.i WHEN 0 THEN json_extract(e.value, '$.key')
                    ELSE lower(json_extract(e.value, '$.value.normalized')) END, g.sequence
                FROM golden_records g, json_each(g.record, '$.emails') e, (SELECT 0 AS i UNION ALL SELECT 1) two
            UNION ALL SELECT 'phone', json_extract(p.value, '$.key'), g.sequence FROM golden_records g, json_each(g.record, '$.phones') p
        ) WHERE typeof(term) = 'text' AND term <> ''
        """

    /// A golden record of one shape, named for what it tests.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let record: GoldenRecord
        var testDescription: String { name }
    }

    static func value<Value>(_ value: Value, key: String) -> GoldenValue<Value> {
        GoldenValue(value: value, key: key, status: .valid, preferred: true, lineage: [], firstAssertedAt: nil, lastAssertedAt: nil)
    }

    static func name(given: String?, family: String?) -> GoldenValue<PersonName> {
        value(PersonName(raw: "x", givenKey: given, familyKey: family), key: "\(given ?? "")|\(family ?? "")")
    }

    static func email(key: String, normalized: String?) -> GoldenValue<EmailAddress> {
        value(EmailAddress(raw: "x", normalized: normalized, canonical: key, status: .valid), key: key)
    }

    static func phone(_ key: String) -> GoldenValue<PhoneNumber> {
        value(PhoneNumber(raw: "x", e164: key, country: nil, status: .valid), key: key)
    }

    static let cases: [Case] = [
        Case(name: "empty", record: GoldenRecord()),
        Case(name: "name keys", record: GoldenRecord(name: name(given: "john", family: "smith"))),
        Case(name: "given key only, empty family key", record: GoldenRecord(name: name(given: "ann", family: ""))),
        Case(name: "family key only", record: GoldenRecord(name: name(given: nil, family: "o brien"))),
        Case(name: "same given and family key", record: GoldenRecord(name: name(given: "lee", family: "lee"))),
        Case(
            name: "e-mail key and its normalized form",
            record: GoldenRecord(emails: [email(key: "jsmith@gmail.com", normalized: "j.smith@gmail.com")])),
        Case(
            name: "normalized e-mail with ASCII capitals",
            record: GoldenRecord(emails: [email(key: "ann@x.com", normalized: "Ann@X.COM")])),
        Case(
            name: "normalized e-mail with non-ASCII capitals",
            record: GoldenRecord(emails: [email(key: "\u{E9}mile@x.com", normalized: "\u{C9}MILE@Exämple.com")])),
        Case(name: "e-mail without a normalized form", record: GoldenRecord(emails: [email(key: "a@x.com", normalized: nil)])),
        Case(name: "empty e-mail key", record: GoldenRecord(emails: [email(key: "", normalized: "b@x.com")])),
        Case(
            name: "repeated e-mails",
            record: GoldenRecord(emails: [email(key: "a@x.com", normalized: "a@x.com"), email(key: "b@x.com", normalized: "A@x.com")])),
        Case(name: "phones, one repeated, one empty", record: GoldenRecord(phones: [phone("+442079460000"), phone(""), phone("+442079460000")])),
        Case(
            name: "canonically equivalent keys are two terms",
            record: GoldenRecord(
                name: name(given: "jos\u{E9}", family: "jose\u{301}"),
                emails: [email(key: "jos\u{E9}@x.com", normalized: "jose\u{301}@x.com")])),
        Case(
            name: "quotes, backslashes and control characters",
            record: GoldenRecord(
                name: name(given: "a\"b", family: "c\\d\n"), emails: [email(key: "q\"@x.com", normalized: "Q\t@x.com")],
                phones: [phone("+1\u{1}")])),
        Case(
            name: "everything",
            record: GoldenRecord(
                name: name(given: "mary", family: "jones"), displayName: "Mary Jones",
                emails: [email(key: "mj@x.com", normalized: "M.J@x.com"), email(key: "mary@y.org", normalized: "mary@y.org")],
                phones: [phone("+15550100"), phone("+15550101")])),
    ]

    /// Terms as `field`, NUL, term bytes, sorted: canonically equivalent strings stay apart.
    static func sorted(_ terms: [(field: String, term: String)]) -> [[UInt8]] {
        terms.map { Array($0.field.utf8) + [0] + Array($0.term.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test(arguments: cases) func aRecordHasTheTermsTheTriggerGaveItsJSON(_ testCase: Case) throws {
        let json = MergeJSON.fastEncode(testCase.record)
        let expected = try DatabaseQueue().write { db in
            try db.execute(sql: "CREATE TABLE golden_records (sequence INTEGER PRIMARY KEY, record TEXT)")
            try db.execute(sql: "INSERT INTO golden_records VALUES (1, ?)", arguments: [json])
            return try Row.fetchAll(db, sql: Self.triggerRules).map { (field: $0[0] as String, term: $0[1] as String) }
        }
        let terms = testCase.record.searchTerms
        #expect(Self.sorted(terms.map { ($0.field.rawValue, $0.term) }) == Self.sorted(expected))
        #expect(Set(terms).count == terms.count)
    }

    /// Each step a run, a steward or a rebuild takes leaves `golden_search` as the triggers would have.
    enum Step: String, CaseIterable, Sendable {
        /// The first run: every golden record inserted.
        case run
        /// A steward merge, then a run: one record updated, one retired.
        case merge
        /// A steward split, then a run: one record updated, one minted.
        case split
        /// `golden rebuild`: a full merge over the stored records.
        case rebuild
    }

    @Test(arguments: Step.allCases) func theRetailRunIndexesWhatTheTriggersWould(_ step: Step) throws {
        let workspace = try TempWorkspace(copying: "retail")
        _ = try workspace.run()
        let runner = try Runner(configPath: workspace.config, progress: .silent)
        let desk = ReviewDesk(config: runner.config, store: runner.store)
        let note = try StewardNote(actor: "ana", reason: "search terms")
        var goldens: [StoredGoldenRecord] = []
        try runner.store.forEachGoldenRecord { goldens.append($0) }
        switch step {
        case .run:
            break
        case .merge:
            _ = try desk.merge(goldens[0].goldenID, goldens[1].goldenID, by: note)
            _ = try workspace.run()
            #expect(try runner.store.goldenRecord(id: goldens[1].goldenID)?.status == "retired")
        case .split:
            let golden = try #require(goldens.first { $0.recordCount >= 2 })
            let leaving = try runner.store.goldenMembers(sequence: golden.sequence).suffix(1).map {
                RecordRef(source: $0.source, key: $0.key)
            }
            _ = try desk.split(golden.goldenID, leaving: leaving, by: note)
            let before = try runner.store.goldenCounts().active
            _ = try workspace.run()
            #expect(try runner.store.goldenCounts().active == before + 1)
        case .rebuild:
            _ = try Runner(configPath: workspace.config, progress: .silent).run(command: "rebuild")
        }

        let store = try DatabaseQueue(path: workspace.path + "/golden.sqlite")
        let (written, expected) = try store.read { db in
            let written = try Row.fetchAll(db, sql: "SELECT field, term, sequence FROM golden_search")
            let expected = try Row.fetchAll(db, sql: Self.triggerRules)
            return (written, expected)
        }
        func keyed(_ rows: [Row]) -> [[UInt8]] {
            Self.sorted(rows.map { (field: "\($0[2] as Int64) " + ($0[0] as String), term: $0[1] as String) })
        }
        #expect(written.count > 100)
        #expect(keyed(written) == keyed(expected))
    }
}
