import GoldenCore

/// One configured comparison: an attribute, the ordered levels its values are compared at, and
/// whether an exact match is weighed by how common the value is (term frequency).
///
/// ```swift
/// let given = try Comparison(
///     name: "given_name", attribute: .givenName,
///     levels: ["exact", "nickname", "jaro_winkler>=0.9", "initials", "else"], termFrequency: true)
/// given.level(a, b)  // 0…4, or nil when either record has no given name
/// ```
public struct Comparison: Hashable, Sendable {
    /// The levels, typed by the attribute's kind of value.
    public enum Levels: Hashable, Sendable {
        case text(ComparisonLevels<StringLevel>)
        case date(ComparisonLevels<DateLevel>)
        case email(ComparisonLevels<EmailLevel>)
        case phone(ComparisonLevels<PhoneLevel>)
        case postcode(ComparisonLevels<PostcodeLevel>)
    }

    /// The comparison's name, unique in a model (`given_name`, `dob`).
    public let name: String
    public let attribute: MatchAttribute
    public let levels: Levels
    /// Whether an exact match is weighed by the value's frequency (``TermFrequencies``); only
    /// text attributes can be.
    public let termFrequency: Bool

    /// A comparison of `attribute` at the named levels.
    ///
    /// - Throws: ``ComparisonLevelError`` for a level the attribute's kind does not know, or a
    ///   list that is not valid (see ``ComparisonLevels``).
    public init(name: String, attribute: MatchAttribute, levels names: [String], termFrequency: Bool = false)
        throws(ComparisonLevelError)
    {
        self.name = name
        self.attribute = attribute
        switch attribute.valueKind {
        case .text: levels = .text(try ComparisonLevels(names: names))
        case .date: levels = .date(try ComparisonLevels(names: names))
        case .email: levels = .email(try ComparisonLevels(names: names))
        case .phone: levels = .phone(try ComparisonLevels(names: names))
        case .postcode: levels = .postcode(try ComparisonLevels(names: names))
        }
        self.termFrequency = termFrequency && attribute.valueKind == .text
    }

    /// The levels' names, from the strictest to `else`.
    public var levelNames: [String] {
        switch levels {
        case .text(let list): list.names
        case .date(let list): list.names
        case .email(let list): list.names
        case .phone(let list): list.names
        case .postcode(let list): list.names
        }
    }

    /// The number of levels, `else` included.
    public var levelCount: Int { levelNames.count }

    /// The level two records are at, or `nil` when either has no value to compare.
    ///
    /// Multi-valued attributes take the best level over all pairs of values.
    /// - Complexity: that of the levels, times the values' pairs for multi-valued attributes.
    @inlinable
    public func level(_ a: MatchRecord, _ b: MatchRecord) -> Int? {
        switch levels {
        case .text(let list):
            switch attribute {
            case .givenName:
                return Self.swappedAware(list, a.givenNames, b.givenNames, a.familyNames, b.familyNames)
            case .familyName:
                return Self.swappedAware(list, a.familyNames, b.familyNames, a.givenNames, b.givenNames)
            case .fullName: return Self.level(list, a.fullNames, b.fullNames)
            case .loyaltyCard: return Self.level(list, a.loyaltyCards, b.loyaltyCards)
            default: return list.level(of: a.singleText(attribute), b.singleText(attribute))
            }
        case .date(let list):
            return list.level(of: a.birthDate, b.birthDate)
        case .email(let list):
            return list.level(ofAny: a.emails, b.emails)
        case .phone(let list):
            return list.level(ofAny: a.phones, b.phones)
        case .postcode(let list):
            return list.level(of: a.address, b.address)
        }
    }

    @inlinable
    static func level(_ list: ComparisonLevels<StringLevel>, _ x: [TextKey], _ y: [TextKey]) -> Int? {
        if x.count == 1, y.count == 1 { return list.level(of: x[0], y[0]) }
        return list.level(ofAny: x, y)
    }

    /// The level of the names `x` and `y` (given or family), or — when they are clearly different
    /// — the level they reach across a swapped given and family name: `x` against the other
    /// record's other name `otherY`, provided the other pair (`otherX` against `y`) also agrees
    /// above `else`. "SIGGINS, BARNABY" typed into the given-name field is the same name.
    @inlinable
    static func swappedAware(
        _ list: ComparisonLevels<StringLevel>, _ x: [TextKey], _ y: [TextKey], _ otherX: [TextKey], _ otherY: [TextKey]
    ) -> Int? {
        let direct = level(list, x, y)
        let elseLevel = list.count - 1
        guard direct == elseLevel, !otherX.isEmpty, !otherY.isEmpty else { return direct }
        guard let across = level(list, x, otherY), across < elseLevel,
            let back = level(list, otherX, y), back < elseLevel
        else { return direct }
        return across
    }

    /// The value whose frequency weighs an exact match of this comparison: the record's first
    /// text key; `nil` when the comparison has no term-frequency adjustment or the record no value.
    public func termValue(of record: MatchRecord) -> String? {
        guard termFrequency else { return nil }
        return record.firstText(attribute)?.key
    }

    /// Whether level `index` is an exact match (the only level term frequencies adjust).
    public func isExactLevel(_ index: Int) -> Bool { levelNames[index] == "exact" }
}
