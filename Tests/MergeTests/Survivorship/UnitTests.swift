import GoldenCore
import Testing

@testable import Merge

@Suite("Names and addresses are chosen as a whole")
struct UnitTests {
    @Test("the address of one record, never parts of two")
    func addressUnit() {
        let loyalty = address("12", "Old Lane", postcode: "LS1 1AA", city: "Leeds", unit: "Flat 2")
        let moved = address("7", "New Street", postcode: "M1 1AA")
        let members = [
            member(1, "loyalty", 10, address: loyalty),
            member(2, "pos", 40, address: moved),
            member(3, "pos", 50, address: address(postcode: "M2 2BB")),
        ]
        let chosen = golden(members).address
        // Deliverable beats the newer bare postcode; among deliverable ones the latest move wins,
        // without the city or flat of the older address.
        #expect(chosen?.value == moved)
        #expect(chosen?.value.city == nil)
        #expect(chosen?.value.unit == nil)
        #expect(chosen?.key == "M1 1AA|7 new street|7||GB")
        #expect(chosen?.lineage.map(\.recordID) == [2])
    }

    @Test("the same address written two ways is one value, with both records in its lineage")
    func addressVariants() {
        var shouted = address("7", "New Street", postcode: "M1 1AA")
        shouted.raw[0] = "7 NEW STREET"
        let members = [
            member(1, "pos", 40, address: shouted),
            member(2, "ecommerce", 20, address: address("7", "New Street", postcode: "M1 1AA")),
        ]
        let chosen = golden(members, settings(.address, [.sourcePriority])).address
        #expect(chosen?.value.raw[0] == "7 New Street")
        #expect(chosen?.count == 2)
    }

    @Test("the name of one record: title, given, middle, family and suffix together")
    func nameUnit() {
        let members = [
            member(1, "loyalty", 30, name: name("J", "Smith", title: "dr")),
            member(2, "ecommerce", 20, name: name("John", "Smith", suffix: "jr")),
            member(3, "pos", 40, name: name("John", "Smyth", middle: "Andrew")),
        ]
        let record = golden(members)
        // A full name beats the loyalty initial; e-commerce is trusted over the till.
        #expect(record.name?.value == name("John", "Smith", suffix: "jr"))
        #expect(record.name?.value.title == nil)
        #expect(record.displayName == "John Smith Jr")
        #expect(record.name?.key == "john||smith|jr")
    }

    @Test("written variants of one name: the longer, accented form when nothing else decides")
    func nameVariants() {
        let members = [
            member(1, "pos", 10, name: name("Jose", "Garcia", key: "jose")),
            member(2, "pos", 10, name: name("José", "Garcia", key: "jose")),
        ]
        let record = golden(members)
        #expect(record.name?.value.given == "José")
        #expect(record.name?.count == 2)
        #expect(record.displayName == "José Garcia")
    }

    @Test(
        "display names",
        arguments: [
            (name("John", "Smith", middle: "A", title: "mr"), "John A Smith"),
            (name("Mary", "Jones", suffix: "phd"), "Mary Jones PhD"),
            (name("Henry", "Ford", suffix: "iii"), "Henry Ford III"),
            (name(nil, "Smith"), "Smith"),
        ])
    func displayName(name: PersonName, display: String) {
        #expect(NameKind.displayName(of: name) == display)
    }
}
