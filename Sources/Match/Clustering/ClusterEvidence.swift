import GoldenCore

/// What each cluster knows of the attributes whose confident disagreement forbids a merge
/// (``ClusterSettings/cannotLink``), kept per cluster root and merged as clusters join.
///
/// Two clusters conflict on an attribute when both have values of it and no value of one is
/// *related* to a value of the other:
/// - `date_of_birth`: full dates (year, month and day) are related when *close*: equal, day and
///   month swapped (``DateComparison/dayMonthSwapped(_:_:)``), or differing in only one of year,
///   month and day (a slip of the keyboard). Partial and unusable dates are no evidence.
/// - every other attribute: values are related when equal (loyalty cards, account ids, …;
///   e-mails by canonical address, phones by E.164 number, postcodes as written).
///
/// Values are kept as 64-bit hashes (dates packed exactly), so the sets are a few words each; two
/// different values with one hash would look shared, a refusal missed, never one made up.
struct ClusterEvidence {
    private let attributes: [MatchAttribute]
    private var sets: [ClusterValueSets]

    /// The evidence of each record, for each distinct attribute of `attributes`.
    ///
    /// - Complexity: O(*n*) in the records' values.
    init(records: [MatchRecord], attributes: [MatchAttribute]) {
        var distinct: [MatchAttribute] = []
        for attribute in attributes where !distinct.contains(attribute) { distinct.append(attribute) }
        self.attributes = distinct
        sets = distinct.map { Self.values(of: records, $0) }
    }

    /// The first attribute on which the clusters of roots `a` and `b` conflict, if any.
    ///
    /// - Complexity: O(*k*·*l*) per attribute for clusters with *k* and *l* values of it.
    @inline(__always)
    func conflict(_ a: Int, _ b: Int, ignoringBirthDates: Bool = false) -> MatchAttribute? {
        for index in attributes.indices {
            let attribute = attributes[index]
            if ignoringBirthDates, attribute == .dateOfBirth { continue }
            let disjoint = attribute == .dateOfBirth
                ? sets[index].disjoint(a, b, related: Self.datesClose)
                : sets[index].disjoint(a, b, related: ==)
            if disjoint { return attribute }
        }
        return nil
    }

    /// Moves the evidence of root `absorbed` into root `root`.
    mutating func merge(_ absorbed: Int, into root: Int) {
        for index in sets.indices { sets[index].merge(absorbed, into: root) }
    }

    // MARK: - Values

    /// Each record's evidence values of `attribute`.
    ///
    /// Each case reads only its own field: copying whole records would cost more than hashing.
    static func values(of records: [MatchRecord], _ attribute: MatchAttribute) -> ClusterValueSets {
        var set = ClusterValueSets(count: records.count)
        func insert(_ text: String?, at index: Int) {
            if let text { set.insert(hash(text), at: index) }
        }
        for index in records.indices {
            switch attribute {
            case .dateOfBirth:
                if let date = packedDate(records[index].birthDate) { set.insert(date, at: index) }
            case .email:
                for email in records[index].emails { insert(email.canonical, at: index) }
            case .phone:
                for phone in records[index].phones { insert(phone.e164 ?? phone.localDigits, at: index) }
            case .postcode:
                insert(records[index].address?.postcode, at: index)
            case .loyaltyCard:
                for card in records[index].loyaltyCards { insert(card.key, at: index) }
            default:
                for text in records[index].texts(attribute) { insert(text.key, at: index) }
            }
        }
        return set
    }

    /// A full, usable date as `year << 16 | month << 8 | day`; `nil` for a partial, unusable or
    /// missing date.
    static func packedDate(_ date: BirthDate?) -> UInt64? {
        guard let date, date.status.isUsable, let year = date.year, let month = date.month, let day = date.day,
            (1...0xFFFF).contains(year), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return UInt64(year) << 16 | UInt64(month) << 8 | UInt64(day)
    }

    /// Whether two packed dates are close: equal, day and month swapped in the same year, or
    /// differing in one of year, month and day.
    @inline(__always)
    static func datesClose(_ a: UInt64, _ b: UInt64) -> Bool {
        let (yearA, monthA, dayA) = (a >> 16, a >> 8 & 0xFF, a & 0xFF)
        let (yearB, monthB, dayB) = (b >> 16, b >> 8 & 0xFF, b & 0xFF)
        if yearA == yearB, monthA == dayB, dayA == monthB { return true }
        let differing = (yearA != yearB ? 1 : 0) + (monthA != monthB ? 1 : 0) + (dayA != dayB ? 1 : 0)
        return differing <= 1
    }

    /// FNV-1a over the UTF-8 bytes of `text`, never 0: the same in every process.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash == 0 ? 1 : hash
        }
    }
}
