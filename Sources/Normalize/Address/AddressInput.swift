/// The address fields of one source record, as mapped: any of them may be missing.
struct AddressInput: Hashable, Sendable {
    var line1: String?
    var line2: String?
    var city: String?
    var region: String?
    var postcode: String?
    var country: String?

    init(
        line1: String? = nil, line2: String? = nil, city: String? = nil, region: String? = nil,
        postcode: String? = nil, country: String? = nil
    ) {
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.region = region
        self.postcode = postcode
        self.country = country
    }
}
