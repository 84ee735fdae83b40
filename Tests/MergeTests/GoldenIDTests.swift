import Testing

@testable import Merge

@Suite("Golden ids")
struct GoldenIDTests {
    @Test("an id decodes back to the sequence it was minted from", arguments: [1, 2, 3, 1000, 123_456_789, GoldenID.maxSequence])
    func roundTrip(sequence: UInt64) {
        let id = GoldenID(sequence: sequence)
        #expect(id.text.count == 9)
        #expect(id.text.hasPrefix("G"))
        #expect(GoldenID(id.text) == id)
        #expect(GoldenID(id.text.lowercased()) == id)
    }

    @Test("consecutive ids share no visible order")
    func opaque() {
        let ids = (1...50).map { GoldenID(sequence: $0).text }
        #expect(Set(ids).count == 50)
        #expect(ids != ids.sorted())
        // No common prefix beyond the G: consecutive sequences scatter over the id space.
        #expect(Set(ids.map { $0.dropFirst().prefix(2) }).count > 25)
    }

    @Test("the scramble is a bijection on a sample of 40-bit values")
    func bijection() {
        var state: UInt64 = 0x1234_5678
        for _ in 0..<10_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = state >> 24
            #expect(GoldenID.unscramble(GoldenID.scramble(value)) == value)
        }
    }

    @Test("text that is not an id is refused", arguments: ["", "G", "G1234567", "G123456789", "X12345678", "GUUUUUUUU", "G0000000!"])
    func refused(text: String) {
        #expect(GoldenID(text) == nil)
    }

    @Test("Crockford's look-alike letters read as digits")
    func lookAlikes() throws {
        let id = GoldenID(sequence: 77)
        let text = id.text
        let confusable = String(text.map { $0 == "0" ? "O" : $0 == "1" ? "I" : $0 })
        #expect(GoldenID(confusable) == id)
    }

    @Test("older ids sort first")
    func age() {
        #expect(GoldenID(sequence: 3) < GoldenID(sequence: 10))
    }
}
