import GoldenCore

/// Names, chosen as a whole: grouped by their given, middle and family keys and suffix; variants
/// of a group differ in how they are written (`José`/`Jose`) or in the title.
enum NameKind: SurvivorKind {
    static let attribute = GoldenAttribute.name

    /// Only the first name of a joint name (`John & Mary Smith`): the person the record is about.
    static func count(in record: NormalizedRecord) -> Int { record.names.isEmpty ? 0 : 1 }
    static func value(in record: NormalizedRecord, at index: Int) -> PersonName { record.names[0] }

    static func compareKeys(_ a: PersonName, _ b: PersonName) -> Int {
        var order = KeyOrder.compare(a.givenKey, b.givenKey)
        if order == 0 { order = KeyOrder.compare(a.middleKey, b.middleKey) }
        if order == 0 { order = KeyOrder.compare(a.familyKey, b.familyKey) }
        if order == 0 { order = KeyOrder.compare(a.suffix, b.suffix) }
        return order
    }

    static func sameVariant(_ a: PersonName, _ b: PersonName) -> Bool {
        a.given == b.given && a.middle == b.middle && a.family == b.family && a.title == b.title
    }

    /// 3 for a full given name and a family name, 2 for an initial and a family name, 1 for one
    /// name alone. Coarse on purpose: a middle name or a title does not outweigh trust.
    static func completeness(of name: PersonName) -> Int {
        switch (name.givenKey != nil, name.familyKey != nil) {
        case (true, true): name.givenIsInitial ? 2 : 3
        case (true, false), (false, true): 1
        case (false, false): 0
        }
    }

    static func length(of name: PersonName) -> Int {
        KeyOrder.length(name.given) + KeyOrder.length(name.middle) + KeyOrder.length(name.family)
    }

    /// `given|middle|family|suffix`, from the comparison keys.
    static func key(of name: PersonName) -> String {
        KeyOrder.join(name.givenKey, name.middleKey, name.familyKey, name.suffix)
    }

    /// The same family name, and given and middle names that are equal, missing, or an initial
    /// of each other: `J Smith` agrees with `John Smith`, `John Smith` with `John A Smith`.
    static func agrees(_ a: PersonName, _ b: PersonName) -> Bool {
        KeyOrder.agree(a.familyKey, b.familyKey) && KeyOrder.agree(a.suffix, b.suffix)
            && initialsAgree(a.givenKey, b.givenKey) && initialsAgree(a.middleKey, b.middleKey)
    }

    static func conflictValues(_ values: [GoldenValue<PersonName>]) -> SurvivorshipConflict.Values? { .name(values) }

    private static func initialsAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b, a != b else { return true }
        let (short, long) = a.utf8.count <= b.utf8.count ? (a, b) : (b, a)
        return short.utf8.count == 1 && long.utf8.first == short.utf8.first
    }

    /// Given, middle and family names and the suffix, as people write them (`John A Smith Jr`).
    static func displayName(of name: PersonName) -> String? {
        var display = ""
        func add(_ part: String?) {
            guard let part, !part.isEmpty else { return }
            if !display.isEmpty { display += " " }
            display += part
        }
        add(name.given)
        add(name.middle)
        add(name.family)
        if let suffix = name.suffix, !display.isEmpty { display += " " + suffixDisplay(suffix) }
        return display.isEmpty ? nil : display
    }

    /// `jr` → `Jr`, `phd` → `PhD`, `iii` → `III`, `obe` → `OBE`.
    private static func suffixDisplay(_ key: String) -> String {
        switch key {
        case "jr": "Jr"
        case "sr": "Sr"
        case "esq": "Esq"
        case "phd": "PhD"
        default: key.uppercased()
        }
    }
}
