import GoldenCore
import Testing

@testable import Store

/// The byte-level readings of stored text the Merge stage's reader uses instead of `String`s.
struct StoredTextTests {
    @Test(arguments: EventKind.allCases)
    func everyKindIsFoundByItsStoredBytes(kind: EventKind) throws {
        let bytes = Array(kind.rawValue.utf8)
        #expect(try bytes.withUnsafeBufferPointer { try EventKind(stored: $0) } == kind)
    }

    @Test(arguments: ["", "Purchase", "purchases", "purchas", "refund", "retur"])
    func anUnknownKindIsAStoreError(text: String) {
        let bytes = Array(text.utf8)
        #expect {
            _ = try bytes.withUnsafeBufferPointer { try EventKind(stored: $0) }
        } throws: { error in
            (error as? GoldenError)?.code == .store
        }
    }

    @Test func internedTextsGiveTheSameTextForTheSameBytes() {
        var texts = InternedTexts()
        let names = ["community_activity", "pos", "ecommerce_orders", "community_activity", "pos", "", "Łódź stores"]
        for name in names {
            let bytes = Array(name.utf8)
            #expect(bytes.withUnsafeBufferPointer { texts.text($0) } == name)
        }
        // Past the limit, texts are still right, only no longer kept.
        for index in 0..<(InternedTexts.limit + 10) {
            let name = "source_number_\(index)"
            #expect(Array(name.utf8).withUnsafeBufferPointer { texts.text($0) } == name)
        }
        #expect(Array("pos".utf8).withUnsafeBufferPointer { texts.text($0) } == "pos")
    }
}
