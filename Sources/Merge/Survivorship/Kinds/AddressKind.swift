import GoldenCore

/// Postal addresses, chosen as a whole: grouped by postcode (the city when there is none),
/// street key, house number, unit and country; variants differ in how the lines were written.
enum AddressKind: SurvivorKind {
    static let attribute = GoldenAttribute.address

    static func count(in record: NormalizedRecord) -> Int { record.address == nil ? 0 : 1 }
    static func value(in record: NormalizedRecord, at index: Int) -> PostalAddress { record.address! }

    /// `placeholder` when no part survived normalization; `partial` with a region or country only.
    static func status(of address: PostalAddress) -> ValueStatus {
        if address.streetKey != nil || address.postcode != nil || address.cityKey != nil { return .valid }
        return address.region != nil || address.country != nil ? .partial : .placeholder
    }

    static func compareKeys(_ a: PostalAddress, _ b: PostalAddress) -> Int {
        var order = KeyOrder.compare(a.postcode, b.postcode)
        if order == 0, a.postcode == nil { order = KeyOrder.compare(a.cityKey, b.cityKey) }
        if order == 0 { order = KeyOrder.compare(a.streetKey, b.streetKey) }
        if order == 0 { order = KeyOrder.compare(a.houseNumber, b.houseNumber) }
        if order == 0 { order = KeyOrder.compare(a.unit, b.unit) }
        if order == 0 { order = KeyOrder.compare(a.country, b.country) }
        return order
    }

    static func sameVariant(_ a: PostalAddress, _ b: PostalAddress) -> Bool { a == b }

    /// 2 for a deliverable address (a street and a postcode or city), 1 for a street or a
    /// locality alone, 0 for a region or country alone. Coarse on purpose: a newer deliverable
    /// address wins over an older one that also had its city.
    static func completeness(of address: PostalAddress) -> Int {
        let locality = address.postcode != nil || address.cityKey != nil
        if address.streetKey != nil { return locality ? 2 : 1 }
        return locality ? 1 : 0
    }

    static func length(of address: PostalAddress) -> Int {
        address.raw.reduce(0) { $0 + $1.utf8.count }
    }

    /// `postcode|street|house number|unit|country`; the city key stands in for a missing postcode.
    static func key(of address: PostalAddress) -> String {
        KeyOrder.join(address.postcode ?? address.cityKey, address.streetKey, address.houseNumber, address.unit, address.country)
    }

    static func agrees(_ a: PostalAddress, _ b: PostalAddress) -> Bool {
        KeyOrder.agree(a.postcode, b.postcode) && KeyOrder.agree(a.cityKey, b.cityKey)
            && KeyOrder.agree(a.streetKey, b.streetKey) && KeyOrder.agree(a.houseNumber, b.houseNumber)
            && KeyOrder.agree(a.unit, b.unit) && KeyOrder.agree(a.country, b.country)
    }

    static func conflictValues(_ values: [GoldenValue<PostalAddress>]) -> SurvivorshipConflict.Values? { .address(values) }
}
