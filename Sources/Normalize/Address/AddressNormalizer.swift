import GoldenCore

/// Postal addresses: the street line as a key with its house number and unit, the city for
/// display and comparison, the region as a code, the postcode in its country's form, the country
/// as an ISO code. See ``PostalAddress`` for each part.
enum AddressNormalizer {
    /// The normalized address, or nil when every part is empty.
    ///
    /// The country is the record's country field (``CountryCodes``), else `defaultCountry` (the
    /// source's, ISO alpha-2), else inferred from the other parts, with an `address.country_inferred`
    /// finding: a US state with a ZIP-shaped postcode is the US, a Canadian-shaped postcode is
    /// Canada, a valid UK postcode is the UK. A country field that names no known country gives an
    /// `address.unknown_country` finding and no country (nothing is inferred over it).
    static func normalize(_ input: AddressInput, defaultCountry: String?, findings: inout [Finding]) -> PostalAddress? {
        let line1 = input.line1.flatMap(nonBlank)
        let line2 = input.line2.flatMap(nonBlank)
        let cityText = input.city.flatMap(nonBlank)
        let regionText = input.region.flatMap(nonBlank)
        let postcodeText = input.postcode.flatMap(nonBlank)
        let countryText = input.country.flatMap(nonBlank)
        guard line1 != nil || line2 != nil || cityText != nil || regionText != nil || postcodeText != nil
            || countryText != nil
        else { return nil }

        let country = resolveCountry(
            countryText, region: regionText, postcode: postcodeText, defaultCountry: defaultCountry,
            findings: &findings)
        let region = regionText.map { regionCode($0, country: country) ?? DisplayText.clean($0) }
        let postcode = postcodeText.map {
            PostcodeNormalizer.normalize($0, country: country.code, region: region, findings: &findings)
        }
        let street = StreetLine.parse(line1: line1, line2: line2, country: country.code, findings: &findings)
        var city: String?
        var cityKey: String?
        if let cityText {
            let display = CityName.display(cityText)
            if let key = CityName.key(display), !AddressPlaceholders.contains(key: key) {
                city = display
                cityKey = key
            } else {
                findings.append(Finding(.city, .placeholder, "address.placeholder"))
            }
        }
        return PostalAddress(
            raw: [input.line1 ?? "", input.line2 ?? "", input.city ?? "", input.region ?? "", input.postcode ?? "",
                  input.country ?? ""],
            streetKey: street.streetKey, houseNumber: street.houseNumber, unit: street.unit, city: city,
            cityKey: cityKey, region: region, postcode: postcode?.postcode, postcodeExtension: postcode?.plusFour,
            country: country.code)
    }

    /// The country an address is in, and whether its own field named one that is unknown.
    private struct ResolvedCountry {
        var code: String?
        var unknownText = false
    }

    private static func resolveCountry(
        _ text: String?, region: String?, postcode: String?, defaultCountry: String?, findings: inout [Finding]
    ) -> ResolvedCountry {
        if let text {
            if let code = CountryCodes.isoCode(text) { return ResolvedCountry(code: code) }
            findings.append(Finding(.country, .invalid, "address.unknown_country"))
            return ResolvedCountry(code: nil, unknownText: true)
        }
        if let defaultCountry, !defaultCountry.isEmpty {
            // Normally already an alpha-2 code; `de`, `DEU` or `Germany` from a hand-written
            // mapping file are read like a country field.
            let isCode = defaultCountry.utf8.count == 2 && defaultCountry.utf8.allSatisfy(ASCII.isUpper)
            let code = isCode ? defaultCountry : CountryCodes.isoCode(defaultCountry)
            // The source's country is an assumption, not the record's word: a postcode that
            // cannot be that country's but has another country's unmistakable shape (a visitor
            // from abroad at a London till) wins over it.
            if let code, let postcode, let inferred = inferCountry(region: region, postcode: postcode), inferred != code {
                var scratch: [Finding] = []
                if PostcodeNormalizer.normalize(postcode, country: code, region: region, findings: &scratch).postcode == nil {
                    findings.append(Finding(.country, .ambiguous, "address.country_inferred"))
                    return ResolvedCountry(code: inferred)
                }
            }
            return ResolvedCountry(code: code)
        }
        if let postcode, let inferred = inferCountry(region: region, postcode: postcode) {
            findings.append(Finding(.country, .ambiguous, "address.country_inferred"))
            return ResolvedCountry(code: inferred)
        }
        return ResolvedCountry()
    }

    /// US for a ZIP+4, or a US state and a ZIP; CA for a Canadian postal code; GB for a UK postcode.
    private static func inferCountry(region: String?, postcode: String) -> String? {
        postcode.withUTF8Bytes { bytes -> String? in
            if PostcodeNormalizer.isZIPShaped(bytes) {
                if PostcodeCharacters(bytes).count == 9 { return "US" }
                if let region, region.withUTF8Bytes({ RegionCodes.code($0, country: "US") }) != nil { return "US" }
            }
            if PostcodeNormalizer.isCanadaShaped(bytes) { return "CA" }
            if PostcodeNormalizer.isUKShaped(bytes) { return "GB" }
            return nil
        }
    }

    /// The region's code in the address's country; with no country at all, a US state or
    /// Canadian province (never over a country field that was unknown).
    private static func regionCode(_ region: String, country: ResolvedCountry) -> String? {
        region.withUTF8Bytes { bytes in
            if let code = country.code { return RegionCodes.code(bytes, country: code) }
            if country.unknownText { return nil }
            return RegionCodes.code(bytes, country: "US") ?? RegionCodes.code(bytes, country: "CA")
        }
    }

    /// `text`, when it has anything but ASCII whitespace.
    @inline(__always)
    private static func nonBlank(_ text: String) -> String? {
        IdentityFields.hasContent(text) ? text : nil
    }
}
