import GoldenCore
import Testing

@testable import Merge

/// Clusters and event streams drawn from a seeded generator, their JSON written again with the
/// members of every object shuffled, whitespace between tokens and characters escaped at random:
/// the fast reader reads what Foundation reads.
@Suite("Fast JSON reader, randomized")
struct MergeJSONReaderRandomTests {
    static let seeds: [UInt64] = [1, 2, 3, 42, 2024]

    @Test("random clusters, reshuffled: the fast reader reads what Foundation reads", arguments: seeds)
    func clusters(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        for _ in 0..<150 {
            let members = (0..<Int(random.below(6))).map { _ in random.member() }
            let record = golden(members)
            let json = MergeJSON.fastEncode(record)
            #expect(try MergeJSON.fastDecode(json, as: GoldenRecord.self) == record)
            let shuffled = try JSONTree.parse(json).written(&random)
            #expect(expectSameReading(shuffled, as: GoldenRecord.self) == .value(record))
        }
    }

    @Test("random event streams, reshuffled: the fast reader reads what Foundation reads", arguments: seeds)
    func summaries(seed: UInt64) throws {
        var random = TestRandom(seed: seed)
        for _ in 0..<100 {
            var accumulator = HistoryAccumulator(top: Int(random.below(5)))
            accumulator.add(contentsOf: (0..<Int(random.below(40))).map { _ in random.event() })
            let summary = accumulator.summary()
            let json = MergeJSON.fastEncode(summary)
            #expect(try MergeJSON.fastDecode(json, as: HistorySummary.self) == summary)
            let shuffled = try JSONTree.parse(json).written(&random)
            #expect(expectSameReading(shuffled, as: HistorySummary.self) == .value(summary))
        }
    }
}

/// A JSON document as a tree, to write again differently: members in another order, other
/// whitespace, other escapes.
indirect enum JSONTree {
    case object([(key: String, value: JSONTree)])
    case array([JSONTree])
    case string(String)
    /// A number, `true`, `false` or `null`, as written.
    case literal(String)

    static func parse(_ json: String) throws(GoldenError) -> JSONTree {
        try JSONCursor.read(json) { (cursor) throws(GoldenError) in try node(&cursor) }
    }

    private static func node(_ cursor: inout JSONCursor) throws(GoldenError) -> JSONTree {
        switch cursor.peek() {
        case UInt8(ascii: "{"):
            var members: [(key: String, value: JSONTree)] = []
            try cursor.object { (cursor, key) throws(GoldenError) in
                members.append((String(decoding: JSONCursor.unescaped(key) ?? [], as: UTF8.self), try node(&cursor)))
            }
            return .object(members)
        case UInt8(ascii: "["): return .array(try cursor.list { (cursor) throws(GoldenError) in try node(&cursor) })
        case UInt8(ascii: "\""): return .string(try cursor.string())
        default:
            let start = cursor.index
            try cursor.skipValue()
            return .literal(String(decoding: UnsafeBufferPointer(rebasing: cursor.bytes[start..<cursor.index]), as: UTF8.self))
        }
    }

    /// The tree as JSON: each object's members in an order drawn from `random`, whitespace
    /// here and there, and characters of strings (and keys) written as `\u` escapes at times.
    func written(_ random: inout TestRandom) -> String {
        var out = ""
        write(into: &out, &random)
        return out
    }

    private func write(into out: inout String, _ random: inout TestRandom) {
        func space() { if random.chance(20) { out += random.pick([" ", "\n", "\t", "\r\n  "]) } }
        space()
        switch self {
        case .object(let members):
            out += "{"
            var order = Array(members.indices)
            for index in order.indices.reversed() { order.swapAt(index, Int(random.below(UInt64(index + 1)))) }
            for (position, index) in order.enumerated() {
                if position > 0 { out += "," }
                Self.string(members[index].key, into: &out, &random)
                space()
                out += ":"
                members[index].value.write(into: &out, &random)
            }
            space()
            out += "}"
        case .array(let elements):
            out += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { out += "," }
                element.write(into: &out, &random)
            }
            space()
            out += "]"
        case .string(let text): Self.string(text, into: &out, &random)
        case .literal(let text): out += text
        }
        space()
    }

    /// `text` quoted, with the escapes JSON needs and, at random, `\u` escapes (surrogate pairs
    /// past the BMP) and `\/`.
    private static func string(_ text: String, into out: inout String, _ random: inout TestRandom) {
        func hex(_ unit: UInt16) -> String {
            let digits = String(unit, radix: 16, uppercase: random.chance(50))
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/" where random.chance(50): out += "\\/"
            case _ where scalar.value < 0x20 || random.chance(10):
                out += String(scalar).utf16.map(hex).joined()
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
