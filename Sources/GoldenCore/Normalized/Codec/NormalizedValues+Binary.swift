// The byte layout of each normalized value type (see NormalizedRecordCodec).

extension BinaryWriter {
    mutating func write(_ name: PersonName) {
        write(name.raw)
        write(name.title)
        write(name.given)
        write(name.givenKey)
        write(name.givenIsInitial)
        write(name.givenCanonical)
        write(name.middle)
        write(name.middleKey)
        write(name.family)
        write(name.familyKey)
        write(name.familyAlternatives)
        write(name.suffix)
        write(name.givenPhonetic) { $0.write($1) }
        write(name.familyPhonetic) { $0.write($1) }
    }

    mutating func write(_ key: PhoneticKey) {
        write(key.primary)
        write(key.alternate)
    }

    mutating func write(_ date: BirthDate) {
        write(date.raw)
        write(date.year) { $0.write($1) }
        write(date.month) { $0.write($1) }
        write(date.day) { $0.write($1) }
        write(date.status.rawValue)
    }

    mutating func write(_ email: EmailAddress) {
        write(email.raw)
        write(email.normalized)
        write(email.canonical)
        write(email.status.rawValue)
    }

    mutating func write(_ phone: PhoneNumber) {
        write(phone.raw)
        write(phone.e164)
        write(phone.country)
        write(phone.extensionDigits)
        write(phone.localDigits)
        write(phone.type.rawValue)
        write(phone.status.rawValue)
    }

    mutating func write(_ address: PostalAddress) {
        write(address.raw)
        write(address.streetKey)
        write(address.houseNumber)
        write(address.unit)
        write(address.city)
        write(address.cityKey)
        write(address.region)
        write(address.postcode)
        write(address.postcodeExtension)
        write(address.country)
    }
}

extension BinaryReader {
    mutating func readPersonName() throws(Malformed) -> PersonName {
        PersonName(
            raw: try readString(), title: try readOptionalString(), given: try readOptionalString(),
            givenKey: try readOptionalString(), givenIsInitial: try readBool(), givenCanonical: try readStrings(),
            middle: try readOptionalString(), middleKey: try readOptionalString(), family: try readOptionalString(),
            familyKey: try readOptionalString(), familyAlternatives: try readStrings(), suffix: try readOptionalString(),
            givenPhonetic: try readOptional { r throws(Malformed) in try r.readPhoneticKey() },
            familyPhonetic: try readOptional { r throws(Malformed) in try r.readPhoneticKey() })
    }

    mutating func readPhoneticKey() throws(Malformed) -> PhoneticKey {
        PhoneticKey(primary: try readString(), alternate: try readString())
    }

    mutating func readBirthDate() throws(Malformed) -> BirthDate {
        BirthDate(
            raw: try readString(),
            year: try readOptional { r throws(Malformed) in try r.readInt() },
            month: try readOptional { r throws(Malformed) in try r.readInt() },
            day: try readOptional { r throws(Malformed) in try r.readInt() },
            status: try readEnum(ValueStatus.self))
    }

    mutating func readEmail() throws(Malformed) -> EmailAddress {
        EmailAddress(
            raw: try readString(), normalized: try readOptionalString(), canonical: try readOptionalString(),
            status: try readEnum(ValueStatus.self))
    }

    mutating func readPhone() throws(Malformed) -> PhoneNumber {
        PhoneNumber(
            raw: try readString(), e164: try readOptionalString(), country: try readOptionalString(),
            extensionDigits: try readOptionalString(), localDigits: try readOptionalString(),
            type: try readEnum(PhoneType.self), status: try readEnum(ValueStatus.self))
    }

    mutating func readAddress() throws(Malformed) -> PostalAddress {
        PostalAddress(
            raw: try readStrings(), streetKey: try readOptionalString(), houseNumber: try readOptionalString(),
            unit: try readOptionalString(), city: try readOptionalString(), cityKey: try readOptionalString(),
            region: try readOptionalString(), postcode: try readOptionalString(),
            postcodeExtension: try readOptionalString(), country: try readOptionalString())
    }
}
