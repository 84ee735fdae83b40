import GoldenCore

// A golden record as ``MergeJSONWriter`` writes it: the members of each type in the byte order
// of their snake_case keys, as their synthesized `Codable` conformances (through
// ``MergeJSON``'s `.convertToSnakeCase` and `.sortedKeys`) name them.

/// A value ``MergeJSONWriter`` writes itself, as `MergeJSON.encode` would.
protocol MergeJSONWritable {
    /// Appends the value's JSON to `writer`.
    func write(to writer: inout MergeJSONWriter)
}

extension MergeJSONWriter {
    /// Appends `record`, as ``MergeJSON/encode(_:)`` writes it.
    public mutating func write(_ record: GoldenRecord) {
        object { json in
            json.member("account_ids", record.accountIds)
            json.member("address", ifPresent: record.address)
            json.member("date_of_birth", ifPresent: record.dateOfBirth)
            json.member("display_name", ifPresent: record.displayName)
            json.member("emails", record.emails)
            json.member("gender", ifPresent: record.gender)
            json.member("loyalty_cards", record.loyaltyCards)
            json.member("name", ifPresent: record.name)
            json.member("phones", record.phones)
            json.member("usernames", record.usernames)
        }
    }

    mutating func member(_ name: StaticString, ifPresent value: (some MergeJSONWritable)?) {
        member(name, ifPresent: value) { $1.write(to: &$0) }
    }

    mutating func member(_ name: StaticString, _ values: [some MergeJSONWritable]) {
        member(name) { $0.list(values) { $1.write(to: &$0) } }
    }

    /// A ``GoldenCore/Timestamp`` as its synthesized `Codable` writes it.
    mutating func member(_ name: StaticString, ifPresent timestamp: Timestamp?) {
        member(name, ifPresent: timestamp) { json, timestamp in
            json.object { $0.key("seconds_since_epoch"); $0.integer(timestamp.secondsSinceEpoch) }
        }
    }
}

extension GoldenValue: MergeJSONWritable where Value: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("first_asserted_at", ifPresent: firstAssertedAt)
            json.member("key", key)
            json.member("last_asserted_at", ifPresent: lastAssertedAt)
            json.member("lineage", lineage)
            json.member("preferred", preferred)
            json.member("status", status.rawValue)
            json.member("value", value)
        }
    }
}

extension MergeJSONWriter {
    fileprivate mutating func member(_ name: StaticString, _ value: some MergeJSONWritable) {
        member(name) { value.write(to: &$0) }
    }
}

extension SourceAssertion: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("key", key)
            json.member("observed_at", ifPresent: observedAt)
            json.key("record_id")
            json.integer(recordID)
            json.member("source", source)
        }
    }
}

extension String: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) { json.string(self) }
}

extension Gender: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) { json.string(rawValue) }
}

extension PersonName: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("family", ifPresent: family)
            json.member("family_alternatives", familyAlternatives)
            json.member("family_key", ifPresent: familyKey)
            json.member("family_phonetic", ifPresent: familyPhonetic)
            json.member("given", ifPresent: given)
            json.member("given_canonical", givenCanonical)
            json.member("given_is_initial", givenIsInitial)
            json.member("given_key", ifPresent: givenKey)
            json.member("given_phonetic", ifPresent: givenPhonetic)
            json.member("middle", ifPresent: middle)
            json.member("middle_key", ifPresent: middleKey)
            json.member("raw", raw)
            json.member("suffix", ifPresent: suffix)
            json.member("title", ifPresent: title)
        }
    }
}

extension PhoneticKey: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("alternate", alternate)
            json.member("primary", primary)
        }
    }
}

extension BirthDate: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("day", ifPresent: day)
            json.member("month", ifPresent: month)
            json.member("raw", raw)
            json.member("status", status.rawValue)
            json.member("year", ifPresent: year)
        }
    }
}

extension EmailAddress: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("canonical", ifPresent: canonical)
            json.member("normalized", ifPresent: normalized)
            json.member("raw", raw)
            json.member("status", status.rawValue)
        }
    }
}

extension PhoneNumber: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("country", ifPresent: country)
            json.member("e164", ifPresent: e164)
            json.member("extension_digits", ifPresent: extensionDigits)
            json.member("local_digits", ifPresent: localDigits)
            json.member("raw", raw)
            json.member("status", status.rawValue)
            json.member("type", type.rawValue)
        }
    }
}

extension PostalAddress: MergeJSONWritable {
    func write(to json: inout MergeJSONWriter) {
        json.object { json in
            json.member("city", ifPresent: city)
            json.member("city_key", ifPresent: cityKey)
            json.member("country", ifPresent: country)
            json.member("house_number", ifPresent: houseNumber)
            json.member("postcode", ifPresent: postcode)
            json.member("postcode_extension", ifPresent: postcodeExtension)
            json.member("raw", raw)
            json.member("region", ifPresent: region)
            json.member("street_key", ifPresent: streetKey)
            json.member("unit", ifPresent: unit)
        }
    }
}
