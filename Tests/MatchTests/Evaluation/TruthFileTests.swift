import GoldenCore
import Testing

@testable import Match

/// A truth file that parses: its text, layout, and the (source, key, entity) rows expected.
struct TruthFileCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var layout: TruthFile.Layout
    var rows: [[String]]

    var testDescription: String { name }
}

/// A truth file that does not: where the error points and what its message mentions.
struct TruthFileErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var layout: TruthFile.Layout = .golden
    var line: Int
    var column: Int?
    var key: String?
    var mentions: String

    var testDescription: String { name }
}

@Suite("Evaluation: truth files")
struct TruthFileTests {
    static let header = "source,record_key,entity_id\n"

    static let cases: [TruthFileCase] = [
        .init(
            name: "generator layout", text: header + "pos,S1|T2|R3,E00001\nloyalty,L9,E00001\n", layout: .golden,
            rows: [["pos", "S1|T2|R3", "E00001"], ["loyalty", "L9", "E00001"]]),
        .init(
            name: "quoted fields", text: header + "\"pos\",\"1,2\",\"E 1\"\nloyalty,\"\"\"q\"\"\",E2\n",
            layout: .golden, rows: [["pos", "1,2", "E 1"], ["loyalty", "\"q\"", "E2"]]),
        .init(
            name: "CRLF line endings", text: "source,record_key,entity_id\r\npos,1,E1\r\npos,2,E1\r\n", layout: .golden,
            rows: [["pos", "1", "E1"], ["pos", "2", "E1"]]),
        .init(
            name: "CR line endings", text: "source,record_key,entity_id\rpos,1,E1\rpos,2,E1", layout: .golden,
            rows: [["pos", "1", "E1"], ["pos", "2", "E1"]]),
        .init(
            name: "blank lines and no final newline", text: "\n" + header + "\npos,1,E1\n  \n\t\r\npos,2,E2",
            layout: .golden, rows: [["pos", "1", "E1"], ["pos", "2", "E2"]]),
        .init(
            name: "byte order mark", text: "\u{FEFF}" + header + "pos,1,E1\n", layout: .golden,
            rows: [["pos", "1", "E1"]]),
        .init(
            name: "columns in another order, extra column", text: "entity_id,note,record_key,source\nE1,x,7,pos\n",
            layout: .golden, rows: [["pos", "7", "E1"]]),
        .init(
            name: "header only", text: header, layout: .golden, rows: []),
        .init(
            name: "labelled layout", text: "record_id,entity_id,first_name,surname\n0,0,Robert,Alan\n1,0,Rob,Allen\n",
            layout: .labelled(source: "fake"), rows: [["fake", "0", "0"], ["fake", "1", "0"]]),
        .init(
            name: "labelled layout, line break and commas in a quoted value",
            text: "record_id,entity_id,address_1\nrec-1-org,1,\"12 high st,\nflat 2\"\nrec-1-dup-0,1,\n",
            layout: .labelled(source: "febrl"), rows: [["febrl", "rec-1-org", "1"], ["febrl", "rec-1-dup-0", "1"]]),
        .init(
            name: "non-ASCII keys", text: header + "community,josé_ü,É1\n", layout: .golden,
            rows: [["community", "josé_ü", "É1"]]),
    ]

    @Test(arguments: cases)
    func parses(_ expected: TruthFileCase) throws {
        let labels = try TruthFile.parse(Array(expected.text.utf8), layout: expected.layout)
        #expect(labels.map { [$0.0.source, $0.0.key, $0.1] } == expected.rows)
    }

    static let errors: [TruthFileErrorCase] = [
        .init(name: "empty file", text: "", line: 1, mentions: "empty"),
        .init(name: "blank file", text: "\n \n", line: 1, mentions: "empty"),
        .init(name: "missing column", text: "source,key,entity_id\npos,1,E1\n", line: 1, mentions: "`record_key`"),
        .init(
            name: "labelled layout without record_id", text: "id,entity_id\n1,1\n",
            layout: .labelled(source: "x"), line: 1, mentions: "`record_id`"),
        .init(name: "too few fields", text: header + "pos,1,E1\npos,2\n", line: 3, mentions: "at least 3 fields"),
        .init(
            name: "empty entity id", text: header + "pos,1,E1\n\npos,2,\n", line: 4, column: 7, key: "entity_id",
            mentions: "empty `entity_id`"),
        .init(
            name: "empty quoted key", text: header + "pos,\"\",E1\n", line: 2, column: 5, key: "record_key",
            mentions: "empty `record_key`"),
        .init(
            name: "unclosed quote", text: header + "pos,1,E1\npos,\"2,E1\npos,3,E1\n", line: 3, column: 5,
            mentions: "not closed"),
        .init(
            name: "text after a closing quote", text: header + "pos,\"2\"x,E1\n", line: 2, column: 8,
            mentions: "closing quote"),
        .init(
            name: "line numbers count line breaks inside quotes",
            text: "record_id,entity_id,note\n1,1,\"a\nb\nc\"\n2,\n", layout: .labelled(source: "x"), line: 5,
            column: 3, key: "entity_id", mentions: "empty `entity_id`"),
        .init(
            name: "CRLF counts as one line break", text: "source,record_key,entity_id\r\npos,1,E1\r\n,2,E1\r\n",
            line: 3, column: 1, key: "source", mentions: "empty `source`"),
    ]

    @Test(arguments: errors)
    func rejects(_ expected: TruthFileErrorCase) {
        do {
            _ = try TruthFile.parse(Array(expected.text.utf8), layout: expected.layout, file: "truth.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .parse)
            #expect(error.location?.file == "truth.csv")
            #expect(error.location?.line == expected.line)
            #expect(error.location?.column == expected.column)
            #expect(error.location?.key == expected.key)
            #expect(error.message.contains(expected.mentions), "\(error.message)")
        }
    }

    /// The two files of `/work/shared/data` start like this; the evaluator reads them as one source.
    @Test("parsed truth feeds the evaluator")
    func feedsEvaluator() throws {
        let text = "record_id,entity_id,first_name\n0,0,Robert\n1,0,Rob\n2,1,Anna\n"
        let truth = try TruthFile.parse(Array(text.utf8), layout: .labelled(source: "fake"))
        let prediction = [RecordRef(source: "fake", key: "0"): 1, RecordRef(source: "fake", key: "1"): 1,
                          RecordRef(source: "fake", key: "2"): 1]
        let report = ClusteringEvaluator().evaluate(prediction: prediction, truth: truth)
        #expect(report.pairwise == PairwiseScores(truePositivePairs: 1, predictedPairs: 3, truePairs: 1))
    }
}
