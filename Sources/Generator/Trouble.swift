/// A kind of realistic trouble the generator puts into the feeds, each at its own rate (see
/// ``TroubleRates``). The rate's unit — per record, per value, per customer — is in ``unit``.
public enum Trouble: String, Sendable, Hashable, CaseIterable, Codable {
    /// One keyboard slip (insert, delete, transpose, or substitute a neighbouring key) in a name,
    /// street, city or e-mail. Per record.
    case typo
    /// A nickname (`Bob`) instead of the given name (`Robert`). Per record whose person has one.
    case nickname
    /// Given and family name in each other's fields. Per record.
    case swappedNames = "swapped_names"
    /// Only the initial of the given name (`J.`). Per record.
    case initialsOnly = "initials_only"
    /// Names in upper or lower case (`SMITH`, `smith`) where the feed normally writes them in
    /// mixed case. Per record.
    case caseVariant = "case_variant"
    /// Accents dropped (`Jose`, `Muller`). Per record whose person has an accented name.
    case accentsDropped = "accents_dropped"
    /// An optional value (middle name, date of birth, phone, …) left out. Per optional value.
    case missingValue = "missing_value"
    /// An e-mail written differently: gmail dots, `+tags`, upper case, `googlemail.com`, a typo
    /// domain (`gmial.com`). Per e-mail written.
    case emailVariant = "email_variant"
    /// A phone number in a shape the feed does not usually use. Per phone written.
    case phoneVariant = "phone_variant"
    /// A junk placeholder instead of a real value: `none@none.com`, `0000000000`, birth date
    /// `1900-01-01`. Per record.
    case placeholder
    /// A record observed 3–12 years before the as-of date. Per record.
    case oldRecord = "old_record"
    /// The customer moved: older records carry the previous address. Per customer.
    case moved
    /// The customer's family name changed at marriage: older records carry the birth name.
    /// Per woman aged 22 or more.
    case marriedName = "married_name"
    /// The customer shares address and landline with other customers. Per customer.
    case household
    /// The customer is a twin (same family name, birth date, address, phone as another
    /// customer). Per customer.
    case twin
    /// The customer has the same name and city as another customer. Per customer.
    case namesake
    /// A second record for the customer in the same feed (a second membership, web account or
    /// forum profile). Per feed the customer appears in.
    case duplicateInFeed = "duplicate_in_feed"

    /// What the rate is counted against.
    public var unit: String {
        switch self {
        case .typo, .swappedNames, .initialsOnly, .caseVariant, .placeholder, .oldRecord: "record"
        case .nickname: "record whose person has a nickname"
        case .accentsDropped: "record whose person has an accented name"
        case .missingValue: "optional value"
        case .emailVariant: "e-mail written"
        case .phoneVariant: "phone written"
        case .moved, .household, .twin, .namesake: "customer"
        case .marriedName: "woman aged 22 or more"
        case .duplicateInFeed: "feed a customer appears in"
        }
    }
}

/// How often each ``Trouble`` happens. Defaults are plausible for a retailer's raw feeds.
public struct TroubleRates: Sendable, Hashable {
    /// Keyboard slips, per record.
    public var typo = 0.04
    /// Nicknames for given names, per record of someone who has one.
    public var nickname = 0.20
    /// Given and family name swapped, per record.
    public var swappedNames = 0.02
    /// Given name reduced to its initial, per record.
    public var initialsOnly = 0.04
    /// Names in upper or lower case, per record.
    public var caseVariant = 0.06
    /// Accents dropped, per record with accented values.
    public var accentsDropped = 0.30
    /// Optional values left out, per optional value.
    public var missingValue = 0.08
    /// E-mail variants, per e-mail written.
    public var emailVariant = 0.15
    /// Phones in an unusual shape, per phone written.
    public var phoneVariant = 0.30
    /// Junk placeholder values, per record.
    public var placeholder = 0.01
    /// Records observed 3–12 years back, per record.
    public var oldRecord = 0.08
    /// Customers who moved, per customer.
    public var moved = 0.12
    /// Family names changed at marriage, per woman aged 22 or more.
    public var marriedName = 0.08
    /// Customers sharing address and landline with others, per customer (includes twins).
    public var household = 0.30
    /// Twins, per customer.
    public var twin = 0.02
    /// Namesakes (same full name and city), per customer.
    public var namesake = 0.02
    /// A second record in one feed, per feed a customer appears in.
    public var duplicateInFeed = 0.08

    /// The default rates (see the table in FEEDS.md).
    public init() {}

    /// The same rates with every one multiplied by `factor` (capped at 1): `0` gives clean
    /// feeds apart from the population's households, twins and namesakes.
    public func scaled(by factor: Double) -> TroubleRates {
        var rates = self
        for trouble in Trouble.allCases where !trouble.isPopulationShape {
            rates[trouble] = min(1, self[trouble] * factor)
        }
        return rates
    }

    /// The rate of `trouble`.
    public subscript(trouble: Trouble) -> Double {
        get {
            switch trouble {
            case .typo: typo
            case .nickname: nickname
            case .swappedNames: swappedNames
            case .initialsOnly: initialsOnly
            case .caseVariant: caseVariant
            case .accentsDropped: accentsDropped
            case .missingValue: missingValue
            case .emailVariant: emailVariant
            case .phoneVariant: phoneVariant
            case .placeholder: placeholder
            case .oldRecord: oldRecord
            case .moved: moved
            case .marriedName: marriedName
            case .household: household
            case .twin: twin
            case .namesake: namesake
            case .duplicateInFeed: duplicateInFeed
            }
        }
        set {
            switch trouble {
            case .typo: typo = newValue
            case .nickname: nickname = newValue
            case .swappedNames: swappedNames = newValue
            case .initialsOnly: initialsOnly = newValue
            case .caseVariant: caseVariant = newValue
            case .accentsDropped: accentsDropped = newValue
            case .missingValue: missingValue = newValue
            case .emailVariant: emailVariant = newValue
            case .phoneVariant: phoneVariant = newValue
            case .placeholder: placeholder = newValue
            case .oldRecord: oldRecord = newValue
            case .moved: moved = newValue
            case .marriedName: marriedName = newValue
            case .household: household = newValue
            case .twin: twin = newValue
            case .namesake: namesake = newValue
            case .duplicateInFeed: duplicateInFeed = newValue
            }
        }
    }
}

extension Trouble {
    /// Households, twins and namesakes shape who the customers are rather than garbling records.
    var isPopulationShape: Bool {
        self == .household || self == .twin || self == .namesake
    }
}

/// How often a trouble was put in, against how often it could have been.
public struct TroubleCount: Sendable, Hashable {
    /// Times the trouble was applied.
    public var applied = 0
    /// Times it could have been (records, values or customers, per ``Trouble/unit``).
    public var opportunities = 0

    /// A count of `applied` out of `opportunities`.
    public init(applied: Int = 0, opportunities: Int = 0) {
        self.applied = applied
        self.opportunities = opportunities
    }

    /// `applied / opportunities`, or 0 when there was no opportunity.
    public var observedRate: Double {
        opportunities == 0 ? 0 : Double(applied) / Double(opportunities)
    }
}

/// Running counts of every trouble, kept while generating.
struct TroubleTally {
    private(set) var counts = [TroubleCount](repeating: TroubleCount(), count: Trouble.allCases.count)

    /// Records one opportunity for `trouble`, applied or not.
    @inline(__always)
    mutating func record(_ trouble: Trouble, applied: Bool) {
        let index = Trouble.index(of: trouble)
        counts[index].opportunities += 1
        if applied { counts[index].applied += 1 }
    }

    /// Draws whether `trouble` happens at `rate`, and records the opportunity.
    @inline(__always)
    mutating func draw(_ trouble: Trouble, rate: Double, _ generator: inout SplitMix64) -> Bool {
        let applied = generator.chance(rate)
        record(trouble, applied: applied)
        return applied
    }

    var byTrouble: [Trouble: TroubleCount] {
        Dictionary(uniqueKeysWithValues: Trouble.allCases.map { ($0, counts[Trouble.index(of: $0)]) })
    }
}

extension Trouble {
    private static let all = Trouble.allCases

    @inline(__always)
    static func index(of trouble: Trouble) -> Int {
        all.firstIndex(of: trouble)!
    }
}
