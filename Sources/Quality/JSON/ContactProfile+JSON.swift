import GoldenCore

extension ContactProfile {
    /// The profile read from a stored golden record's JSON (as `MergeJSON` writes it).
    ///
    /// - Throws: a `parse` error naming the byte offset when the JSON is malformed.
    /// - Complexity: O(*n*) in the bytes of the document.
    public init(recordJSON: String) throws(GoldenError) {
        var json = recordJSON
        var profile = ContactProfile()
        let result: Result<Void, GoldenError> = json.withUTF8 { bytes in
            var cursor = JSONCursor(bytes)
            return Result { () throws(GoldenError) in
                try cursor.object { (cursor, key) throws(GoldenError) in
                    if key.equals("emails") {
                        var fallback: (Value, Contact)?
                        try cursor.array { (cursor) throws(GoldenError) in
                            let read = try Self.value(&cursor)
                            if fallback == nil { fallback = read }
                            if read.0.preferred, profile.email == nil {
                                profile.email = read.1
                                profile.emailDomain = read.0.domain
                                profile.emailLineage = read.0.lineage
                            }
                        }
                        if profile.email == nil, let fallback {
                            profile.email = fallback.1
                            profile.emailDomain = fallback.0.domain
                            profile.emailLineage = fallback.0.lineage
                        }
                    } else if key.equals("phones") {
                        var unknownType: Contact?
                        var phonePreferred = false
                        var lineagePreferred = false
                        try cursor.array { (cursor) throws(GoldenError) in
                            let read = try Self.value(&cursor)
                            // Freshness judges the first preferred phone, else the first, usable or not.
                            if profile.phoneLineage == nil || (read.0.preferred && !lineagePreferred) {
                                profile.phoneLineage = read.0.lineage
                                lineagePreferred = read.0.preferred
                            }
                            guard read.1.status.isUsable else { return }
                            if profile.phone == nil || (read.0.preferred && !phonePreferred) {
                                profile.phone = read.1
                                phonePreferred = read.0.preferred
                            }
                            if read.0.phoneType == "mobile", profile.mobile == nil { profile.mobile = read.1 }
                            if read.0.phoneType == "unknown", unknownType == nil { unknownType = read.1 }
                        }
                        if profile.mobile == nil { profile.mobile = unknownType }
                    } else if key.equals("address") {
                        let read = try Self.value(&cursor)
                        profile.address = read.1
                        profile.addressLineage = read.0.lineage
                        profile.country = read.0.country
                        profile.city = read.0.city
                        profile.postcode = read.0.postcode
                    } else if key.equals("gender") {
                        let read = try Self.value(&cursor)
                        profile.gender = read.0.text
                    } else if key.equals("date_of_birth") {
                        let read = try Self.value(&cursor)
                        if read.1.status.isUsable {
                            profile.birthYear = read.0.year
                            profile.birthMonth = read.0.month
                        }
                    } else if cursor.peek() == UInt8(ascii: "{") || cursor.peek() == UInt8(ascii: "[") {
                        // Other golden values (name, cards, accounts…): only their first assertion counts.
                        if cursor.peek() == UInt8(ascii: "[") {
                            try cursor.array { (cursor) throws(GoldenError) in
                                let read = try Self.value(&cursor)
                                profile.noteFirst(read.0.first)
                            }
                        } else {
                            profile.noteFirst(try Self.value(&cursor).0.first)
                        }
                    } else {
                        try cursor.skipValue()
                    }
                }
            }
        }
        try result.get()
        self = profile
    }

    private mutating func noteFirst(_ time: Timestamp?) {
        guard let time else { return }
        if firstAssertedAt.map({ time < $0 }) ?? true { firstAssertedAt = time }
    }

    /// What one golden value's JSON holds that the profile uses.
    private struct Value {
        var preferred = false
        var first: Timestamp?
        var domain: String?
        var phoneType: String?
        var country: String?
        var city: String?
        var postcode: String?
        var text: String?
        var year: Int?
        var month: Int?
        var lineage: [FreshnessFacts.Assertion] = []
    }

    /// Reads `{"first_asserted_at", "last_asserted_at", "preferred", "status", "value"}`.
    private static func value(_ cursor: inout JSONCursor) throws(GoldenError) -> (Value, Contact) {
        var value = Value()
        var status = ValueStatus.valid
        var last: Timestamp?
        try cursor.object { (cursor, key) throws(GoldenError) in
            if key.equals("preferred") {
                value.preferred = try cursor.boolean()
            } else if key.equals("status") {
                status = ValueStatus(rawValue: try cursor.plainString()) ?? .invalid
            } else if key.equals("lineage") {
                value.lineage = try FreshnessFacts.lineage(&cursor)
            } else if key.equals("first_asserted_at") {
                value.first = try FreshnessFacts.seconds(&cursor)
            } else if key.equals("last_asserted_at") {
                last = try FreshnessFacts.seconds(&cursor)
            } else if key.equals("value") {
                guard cursor.peek() == UInt8(ascii: "{") else {
                    if cursor.peek() == UInt8(ascii: "\"") { value.text = try cursor.string() } else { try cursor.skipValue() }
                    return
                }
                try cursor.object { (cursor, key) throws(GoldenError) in
                    if key.equals("canonical") || key.equals("normalized") {
                        guard cursor.peek() == UInt8(ascii: "\"") else { return try cursor.skipValue() }
                        let text = try cursor.string()
                        if value.domain == nil, let at = text.utf8.lastIndex(of: UInt8(ascii: "@")) {
                            value.domain = String(text[text.utf8.index(after: at)...])
                        }
                    } else if key.equals("type") {
                        value.phoneType = try cursor.plainString()
                    } else if key.equals("country") {
                        value.country = try cursor.string()
                    } else if key.equals("city") {
                        value.city = try cursor.string()
                    } else if key.equals("postcode") {
                        value.postcode = try cursor.string()
                    } else if key.equals("year"), cursor.peek() != UInt8(ascii: "n") {
                        value.year = Int(try cursor.integer())
                    } else if key.equals("month"), cursor.peek() != UInt8(ascii: "n") {
                        value.month = Int(try cursor.integer())
                    } else {
                        try cursor.skipValue()
                    }
                }
            } else {
                try cursor.skipValue()
            }
        }
        return (value, Contact(status: status, lastAssertedAt: last))
    }
}
