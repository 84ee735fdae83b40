/// The address fields of one source record, as mapped: any of them may be missing.
struct AddressInput: Hashable, Sendable {
    var line1: Optional<String>
    var line2: Optional<String>
    var city: Optional<String>
    var region: Optional<String>
    var postcode: Optional<String>
    var country: Optional<String>

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
