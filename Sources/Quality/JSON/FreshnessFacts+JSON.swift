import GoldenCore
import Merge

extension FreshnessFacts {
    /// The facts read straight from a stored golden record's JSON and its history's JSON (as
    /// `MergeJSON` writes them), without decoding the values: the Quality stage's fast path.
    /// Gives the same facts as ``init(record:history:)`` on the decoded record.
    ///
    /// - Throws: a `parse` error naming the byte offset when the JSON is malformed.
    /// - Complexity: O(*n*) in the bytes of both documents.
    public init(recordJSON: String, historyJSON: String?) throws(GoldenError) {
        var record = recordJSON, history = historyJSON
        // Slots in GoldenAttribute.allCases order.
        var slots: [[Assertion]?] = Array(repeating: nil, count: GoldenAttribute.allCases.count)
        var latest: Timestamp?
        var lastEvent: Timestamp?
        let result: Result<Void, GoldenError> = record.withUTF8 { bytes in
            var cursor = JSONCursor(bytes)
            return Result { () throws(GoldenError) in
                try cursor.object { (cursor, key) throws(GoldenError) in
                    guard let (attribute, multi) = Self.attribute(key) else { return try cursor.skipValue() }
                    // The first value marked preferred, else the first value.
                    var first: [Assertion]?, firstPreferred: [Assertion]?
                    func value(_ cursor: inout JSONCursor) throws(GoldenError) {
                        let read = try Self.readValue(&cursor)
                        if let last = read.last, latest.map({ last > $0 }) ?? true { latest = last }
                        if first == nil { first = read.assertions }
                        if read.preferred, firstPreferred == nil { firstPreferred = read.assertions }
                    }
                    if multi {
                        try cursor.array { (cursor) throws(GoldenError) in try value(&cursor) }
                    } else {
                        try value(&cursor)
                    }
                    if let index = GoldenAttribute.allCases.firstIndex(of: attribute) { slots[index] = firstPreferred ?? first }
                }
            }
        }
        try result.get()
        if history != nil {
            let events: Result<Void, GoldenError> = history!.withUTF8 { bytes in
                var cursor = JSONCursor(bytes)
                return Result { () throws(GoldenError) in
                    try cursor.object { (cursor, key) throws(GoldenError) in
                        guard key.equals("last_activity") else { return try cursor.skipValue() }
                        try cursor.array { (cursor) throws(GoldenError) in
                            try cursor.object { (cursor, key) throws(GoldenError) in
                                guard key.equals("last_at") else { return try cursor.skipValue() }
                                let text = try cursor.plainString()
                                guard let time = Timestamp(iso8601: text) else { throw cursor.failure }
                                if lastEvent.map({ time > $0 }) ?? true { lastEvent = time }
                            }
                        }
                    }
                }
            }
            try events.get()
        }
        var preferred: [(attribute: GoldenAttribute, assertions: [Assertion])] = []
        for (attribute, slot) in zip(GoldenAttribute.allCases, slots) {
            if let slot { preferred.append((attribute, slot)) }
        }
        self.init(preferred: preferred, latestAssertion: latest, lastEvent: lastEvent)
    }

    /// The attribute a golden record's JSON key holds, and whether it is a list of values.
    private static func attribute(_ key: UnsafeBufferPointer<UInt8>) -> (GoldenAttribute, Bool)? {
        if key.equals("name") { return (.name, false) }
        if key.equals("date_of_birth") { return (.dateOfBirth, false) }
        if key.equals("gender") { return (.gender, false) }
        if key.equals("emails") { return (.email, true) }
        if key.equals("phones") { return (.phone, true) }
        if key.equals("address") { return (.address, false) }
        if key.equals("loyalty_cards") { return (.loyaltyCard, true) }
        if key.equals("account_ids") { return (.accountId, true) }
        if key.equals("usernames") { return (.username, true) }
        return nil
    }

    /// One golden value's lineage, `preferred` flag and `last_asserted_at`.
    private static func readValue(
        _ cursor: inout JSONCursor
    ) throws(GoldenError) -> (assertions: [Assertion], preferred: Bool, last: Timestamp?) {
        var assertions: [Assertion] = []
        var preferred = false
        var last: Timestamp?
        try cursor.object { (cursor, key) throws(GoldenError) in
            if key.equals("lineage") {
                assertions = try lineage(&cursor)
            } else if key.equals("preferred") {
                preferred = try cursor.boolean()
            } else if key.equals("last_asserted_at") {
                last = try seconds(&cursor)
            } else {
                try cursor.skipValue()
            }
        }
        return (assertions, preferred, last)
    }

    /// A golden value's `lineage`: each asserting record's source and observed-at.
    static func lineage(_ cursor: inout JSONCursor) throws(GoldenError) -> [Assertion] {
        var assertions: [Assertion] = []
        try cursor.array { (cursor) throws(GoldenError) in
            var source = "", observed: Timestamp?
            try cursor.object { (cursor, key) throws(GoldenError) in
                if key.equals("source") {
                    source = try cursor.plainString()
                } else if key.equals("observed_at") {
                    observed = try seconds(&cursor)
                } else {
                    try cursor.skipValue()
                }
            }
            assertions.append(Assertion(source: source, observedAt: observed))
        }
        return assertions
    }

    /// `{"seconds_since_epoch": N}`.
    static func seconds(_ cursor: inout JSONCursor) throws(GoldenError) -> Timestamp {
        var seconds: Int64?
        try cursor.object { (cursor, key) throws(GoldenError) in
            guard key.equals("seconds_since_epoch") else { return try cursor.skipValue() }
            seconds = try cursor.integer()
        }
        guard let seconds else { throw cursor.failure }
        return Timestamp(secondsSinceEpoch: seconds)
    }
}
