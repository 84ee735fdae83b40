import GoldenCore
import Testing

@testable import Normalize

@Suite("Whole addresses")
struct AddressNormalizerTests {
    @Test func usAddress() {
        var findings: [Finding] = []
        let input = AddressInput(
            line1: "15 Maple Avenue Apt 19", city: "HOUSTON", region: "Texas", postcode: "77078-4909", country: "USA")
        let address = AddressNormalizer.normalize(input, defaultCountry: nil, findings: &findings)
        #expect(
            address
                == PostalAddress(
                    raw: ["15 Maple Avenue Apt 19", "", "HOUSTON", "Texas", "77078-4909", "USA"],
                    streetKey: "15 maple ave", houseNumber: "15", unit: "apt 19", city: "Houston", cityKey: "houston",
                    region: "TX", postcode: "77078", postcodeExtension: "4909", country: "US"))
        #expect(findings.isEmpty)
    }

    @Test func germanAddressWithDefaultCountry() {
        var findings: [Finding] = []
        let input = AddressInput(line1: "Hauptstraße 5", city: "köln", postcode: "4109")
        let address = AddressNormalizer.normalize(input, defaultCountry: "de", findings: &findings)
        #expect(address?.streetKey == "hauptstr 5")
        #expect(address?.houseNumber == "5")
        #expect(address?.city == "Köln")
        #expect(address?.cityKey == "koln")
        #expect(address?.postcode == "04109")
        #expect(address?.country == "DE")
        #expect(findings == [Finding(.postcode, .corrected, "postcode.leading_zero_restored")])
    }

    @Test func leadingZeroFromTheState() {
        var findings: [Finding] = []
        let input = AddressInput(line1: "1 Main St", city: "Boston", region: "ma", postcode: "2134", country: "US")
        let address = AddressNormalizer.normalize(input, defaultCountry: nil, findings: &findings)
        #expect(address?.region == "MA")
        #expect(address?.postcode == "02134")
        #expect(findings.map(\.code) == ["postcode.leading_zero_restored"])
    }

    @Test(arguments: [
        (AddressInput(region: "TX", postcode: "77078"), "US", "TX", "77078"),
        (AddressInput(region: "Texas", postcode: "77078-4909"), "US", "TX", "77078"),
        (AddressInput(city: "Ottawa", region: "Ontario", postcode: "k1a0b1"), "CA", "ON", "K1A 0B1"),
        (AddressInput(city: "London", postcode: "sw1a1aa"), "GB", nil, "SW1A 1AA"),
    ])
    func countryInferred(input: AddressInput, country: String, region: String?, postcode: String) {
        var findings: [Finding] = []
        let address = AddressNormalizer.normalize(input, defaultCountry: nil, findings: &findings)
        #expect(address?.country == country)
        #expect(address?.region == region)
        #expect(address?.postcode == postcode)
        #expect(findings == [Finding(.country, .ambiguous, "address.country_inferred")])
    }

    /// The source's default country is an assumption: a postcode that cannot be that country's
    /// but has another's unmistakable shape wins; anything else stays with the default.
    @Test(arguments: [
        (AddressInput(postcode: "SW1A 1AA"), "GB", "GB", "SW1A 1AA", [String]()),
        (AddressInput(postcode: "19192-3939"), "GB", "US", "19192", ["address.country_inferred"]),
        (AddressInput(region: "CA", postcode: "90017"), "GB", "US", "90017", ["address.country_inferred"]),
        (AddressInput(postcode: "K1A 0B1"), "GB", "CA", "K1A 0B1", ["address.country_inferred"]),
        (AddressInput(postcode: "EC1A 1BB"), "US", "GB", "EC1A 1BB", ["address.country_inferred"]),
        (AddressInput(postcode: "90017"), "GB", "GB", nil, ["postcode.invalid"]),
        (AddressInput(postcode: "77078-4909", country: "GB"), "GB", "GB", nil, ["postcode.invalid"]),
    ] as [(AddressInput, String, String, String?, [String])])
    func defaultCountryGivesWayToAnUnmistakablePostcode(
        input: AddressInput, defaultCountry: String, country: String, postcode: String?, codes: [String]
    ) {
        var findings: [Finding] = []
        let address = AddressNormalizer.normalize(input, defaultCountry: defaultCountry, findings: &findings)
        #expect(address?.country == country)
        #expect(address?.postcode == postcode)
        #expect(findings.map(\.code) == codes)
    }

    @Test func nothingInferredFromAZIPAlone() {
        var findings: [Finding] = []
        let address = AddressNormalizer.normalize(AddressInput(postcode: "77078"), defaultCountry: nil, findings: &findings)
        #expect(address?.country == nil)
        #expect(address?.postcode == "77078")
        #expect(findings.isEmpty)
    }

    @Test func unknownCountry() {
        var findings: [Finding] = []
        let input = AddressInput(city: "Springfield", region: "TX", postcode: "77078", country: "Freedonia")
        let address = AddressNormalizer.normalize(input, defaultCountry: "US", findings: &findings)
        #expect(address?.country == nil)
        #expect(address?.region == "TX")
        #expect(address?.postcode == "77078")
        #expect(findings == [Finding(.country, .invalid, "address.unknown_country")])
    }

    @Test func regionTextOutsideTheTables() {
        var findings: [Finding] = []
        let input = AddressInput(city: "SOUTHAMPTON", region: "  Hampshire ", postcode: "so14 7dl", country: "England")
        let address = AddressNormalizer.normalize(input, defaultCountry: nil, findings: &findings)
        #expect(address?.region == "Hampshire")
        #expect(address?.city == "Southampton")
        #expect(address?.postcode == "SO14 7DL")
        #expect(address?.country == "GB")
        #expect(findings.isEmpty)
    }

    @Test func placeholders() {
        var findings: [Finding] = []
        let input = AddressInput(line1: "N/A", city: "unknown", postcode: "00000", country: "US")
        let address = AddressNormalizer.normalize(input, defaultCountry: nil, findings: &findings)
        #expect(address?.streetKey == nil)
        #expect(address?.city == nil)
        #expect(address?.cityKey == nil)
        #expect(address?.postcode == nil)
        #expect(address?.raw == ["N/A", "", "unknown", "", "00000", "US"])
        #expect(
            findings == [
                Finding(.postcode, .placeholder, "postcode.placeholder"),
                Finding(.addressLine1, .placeholder, "address.placeholder"),
                Finding(.city, .placeholder, "address.placeholder"),
            ])
    }

    @Test(arguments: [AddressInput(), AddressInput(line1: "", line2: "  ", city: "\t", country: " ")])
    func emptyAddressIsNil(input: AddressInput) {
        var findings: [Finding] = []
        #expect(AddressNormalizer.normalize(input, defaultCountry: "US", findings: &findings) == nil)
        #expect(findings.isEmpty)
    }

    @Test func invalidPostcodeKeepsRaw() {
        var findings: [Finding] = []
        let input = AddressInput(line1: "10 Downing St", city: "London", postcode: "SW1A 1AI", country: "GB")
        let address = AddressNormalizer.normalize(input, defaultCountry: nil, findings: &findings)
        #expect(address?.postcode == nil)
        #expect(address?.raw[4] == "SW1A 1AI")
        #expect(findings == [Finding(.postcode, .invalid, "postcode.invalid")])
    }
}
