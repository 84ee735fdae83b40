/// A postal address, normalized, with the raw lines it came from.
public struct PostalAddress: Hashable, Sendable, Codable {
    /// The raw fields, in the order line1, line2, city, region, postcode, country (absent ones
    /// are empty strings), so that the raw text is kept beside every normalized part.
    public var raw: [String]
    /// Street line as a comparison key: lower case, ASCII-folded, abbreviations standardized,
    /// the unit removed (`155 London Road, Flat 2` → `155 london rd`).
    public var streetKey: Optional<String>
    /// The house number, when the line starts or ends with one (`155`, `12a`).
    public var houseNumber: Optional<String>
    /// The unit (apartment, flat, suite), designator standardized: `apt 19`, `flat 2`, `ste 300`.
    public var unit: Optional<String>
    /// City for display, in title case (`SOUTHAMPTON` → `Southampton`, `köln` → `Köln`).
    public var city: Optional<String>
    /// City as a comparison key (`koln`; `saint`/`st.` standardized to `st`).
    public var cityKey: Optional<String>
    /// Region as a code where one is known (`Texas` → `TX`, `Ontario` → `ON`), else trimmed text.
    public var region: Optional<String>
    /// Postcode in its country's standard form: `02134`, `SW1A 1AA`, `04109`, `K1A 0B1`.
    public var postcode: Optional<String>
    /// The ZIP+4 extension (`4909` of `77078-4909`).
    public var postcodeExtension: Optional<String>
    /// ISO 3166-1 alpha-2 country code (`USA`, `U.S.`, `Deutschland` → `US`, `US`, `DE`).
    public var country: Optional<String>

    public init(
        raw: [String], streetKey: String? = nil, houseNumber: String? = nil, unit: String? = nil,
        city: String? = nil, cityKey: String? = nil, region: String? = nil,
        postcode: String? = nil, postcodeExtension: String? = nil, country: String? = nil
    ) {
        self.raw = raw
        self.streetKey = streetKey
        self.houseNumber = houseNumber
        self.unit = unit
        self.city = city
        self.cityKey = cityKey
        self.region = region
        self.postcode = postcode
        self.postcodeExtension = postcodeExtension
        self.country = country
    }
}
