import GoldenCore

/// The columns of the attributes that are not text, as arrays before they go into rows. Each
/// keeps only what its levels read, interned; a value its levels call missing is left out.
enum ContactColumnBuilder {
    /// Interned strings and each record's values (see ``ContactColumns``).
    struct Runs<Value> {
        var strings = ByteInterner(capacity: 1 << 14)
        /// Record *r*'s values are `values[starts[r]..<starts[r + 1]]`.
        var starts: [Int32] = [0]
        var values: [Value] = []
    }

    /// Every record's date of birth as comparable parts.
    static func dates(of records: [MatchRecord]) -> [DateComparison.Parts?] {
        records.indices.map { index in records[index].birthDate.flatMap(DateComparison.Parts.init) }
    }

    /// Every record's comparable e-mail addresses.
    static func emails(of records: [MatchRecord]) -> Runs<EmailValue> {
        var runs = Runs<EmailValue>()
        runs.starts.reserveCapacity(records.count + 1)
        for index in records.indices {
            records[index].emails.withUnsafeBufferPointer { emails in
                for email in emails where !EmailLevel.isMissing(email) {
                    let value = (email.canonical ?? "").withKeyBytes { bytes in
                        let address = runs.strings.intern(bytes)
                        var classes: UInt64 = 0
                        for byte in bytes { classes |= 1 << UInt64(byte & 63) }
                        return EmailValue(
                            address: address, start: runs.strings.starts[Int(address)], length: Int32(bytes.count),
                            localPart: localPartLength(bytes, of: email), classes: classes)
                    }
                    runs.values.append(value)
                }
            }
            runs.starts.append(Int32(runs.values.count))
        }
        return runs
    }

    /// The length of the canonical local part (before the last `@`), -1 when there is none. An
    /// ASCII address is cut at its last `@` byte; any other is cut the way
    /// `EmailAddress/canonicalLocalPart` cuts it, at its last `@` character.
    private static func localPartLength(_ canonical: UnsafeBufferPointer<UInt8>, of email: EmailAddress) -> Int32 {
        guard canonical.allSatisfy({ $0 < 0x80 }) else { return email.canonicalLocalPart.map { Int32($0.utf8.count) } ?? -1 }
        return canonical.lastIndex(of: UInt8(ascii: "@")).map { Int32($0) } ?? -1
    }

    /// Every record's comparable phone numbers.
    static func phones(of records: [MatchRecord]) -> Runs<PhoneValue> {
        var runs = Runs<PhoneValue>()
        runs.starts.reserveCapacity(records.count + 1)
        for index in records.indices {
            records[index].phones.withUnsafeBufferPointer { phones in
                for phone in phones where !PhoneLevel.isMissing(phone) { runs.values.append(value(of: phone, &runs.strings)) }
            }
            runs.starts.append(Int32(runs.values.count))
        }
        return runs
    }

    /// A phone number's numbers: its E.164 form interned, its digits the bytes after the `+` of
    /// an ASCII E.164 form, else (``PhoneComparison``'s digits) interned on their own.
    private static func value(of phone: PhoneNumber, _ strings: inout ByteInterner) -> PhoneValue {
        var value = PhoneValue(number: -2, digits: 0, digitCount: -1, local: -1, tail: 0)
        if let e164 = phone.e164 {
            e164.withKeyBytes { bytes in
                value.number = bytes.isEmpty ? -1 : strings.intern(bytes)
                guard bytes.count > 1, bytes.allSatisfy({ $0 < 0x80 }) else { return }
                let skip = bytes[0] == UInt8(ascii: "+") ? 1 : 0
                (value.digits, value.digitCount) = (strings.starts[Int(value.number)] + Int32(skip), Int32(bytes.count - skip))
            }
        }
        if value.digitCount < 0 {
            (value.digits, value.digitCount) = range(strings.intern(PhoneComparison.digits(of: phone) ?? ""), strings)
        }
        if let local = phone.localDigits, !local.isEmpty { value.local = strings.intern(local) }
        strings.bytes.withUnsafeBufferPointer { bytes in
            let end = Int(value.digits + value.digitCount)
            for index in max(Int(value.digits), end - 8)..<end { value.tail = value.tail << 8 | UInt64(bytes[index]) }
        }
        return value
    }

    private static func range(_ id: Int32, _ strings: ByteInterner) -> (Int32, Int32) {
        let start = strings.starts[Int(id)]
        return (start, strings.starts[Int(id) + 1] - start)
    }

    /// Every record's postcode and country numbers (-1: missing, none).
    static func postcodes(of records: [MatchRecord]) -> (strings: ByteInterner, codes: [(Int32, Int32)]) {
        var strings = ByteInterner(capacity: 1 << 14)
        var codes: [(Int32, Int32)] = []
        codes.reserveCapacity(records.count)
        for index in records.indices {
            var value: (Int32, Int32) = (-1, -1)
            if let postcode = records[index].address?.postcode, !postcode.isEmpty {
                value.0 = strings.intern(postcode)
                if let country = records[index].address?.country { value.1 = strings.intern(country) }
            }
            codes.append(value)
        }
        return (strings, codes)
    }
}
