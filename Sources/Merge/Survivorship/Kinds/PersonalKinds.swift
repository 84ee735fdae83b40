import GoldenCore

/// Dates of birth, grouped by the date (a birthday by month and day, an invalid value by its raw
/// text).
enum BirthDateKind: SurvivorKind {
    static let attribute = GoldenAttribute.dateOfBirth

    static func count(in record: NormalizedRecord) -> Int { record.dateOfBirth == nil ? 0 : 1 }
    static func value(in record: NormalizedRecord, at index: Int) -> BirthDate { record.dateOfBirth! }
    static func status(of date: BirthDate) -> ValueStatus { date.status }

    static func compareKeys(_ a: BirthDate, _ b: BirthDate) -> Int {
        var order = KeyOrder.compare(a.year, b.year)
        if order == 0 { order = KeyOrder.compare(a.month, b.month) }
        if order == 0 { order = KeyOrder.compare(a.day, b.day) }
        if order == 0, a.month == nil { order = KeyOrder.compare(a.raw, b.raw) }
        return order
    }

    static func sameVariant(_ a: BirthDate, _ b: BirthDate) -> Bool { true }

    /// 2 for a full date, 1 for a birthday without its year.
    static func completeness(of date: BirthDate) -> Int {
        date.year != nil ? 2 : date.month != nil ? 1 : 0
    }

    static func length(of date: BirthDate) -> Int { 0 }

    /// `YYYY-MM-DD`; `--MM-DD` for a birthday (ISO 8601's form without a year); the raw text of
    /// an invalid value.
    static func key(of date: BirthDate) -> String {
        guard let month = date.month, let day = date.day else { return date.raw }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.utf8.count)) + digits
        }
        return (date.year.map { pad($0, 4) } ?? "-") + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// A birthday is left out beside a full date on the same day.
    static func covers(_ full: BirthDate, _ partial: BirthDate) -> Bool {
        full.year != nil && partial.year == nil && partial.month != nil && full.month == partial.month
            && full.day == partial.day
    }

    static func conflictValues(_ values: [GoldenValue<BirthDate>]) -> SurvivorshipConflict.Values? { .dateOfBirth(values) }
}

/// Gender: one value per record, no variants.
enum GenderKind: SurvivorKind {
    static let attribute = GoldenAttribute.gender

    static func count(in record: NormalizedRecord) -> Int { record.gender == nil ? 0 : 1 }
    static func value(in record: NormalizedRecord, at index: Int) -> Gender { record.gender! }
    static func compareKeys(_ a: Gender, _ b: Gender) -> Int { KeyOrder.compare(a.rawValue, b.rawValue) }
    static func sameVariant(_ a: Gender, _ b: Gender) -> Bool { true }
    static func completeness(of gender: Gender) -> Int { 1 }
    static func length(of gender: Gender) -> Int { 0 }
    static func key(of gender: Gender) -> String { gender.rawValue }
    static func conflictValues(_ values: [GoldenValue<Gender>]) -> SurvivorshipConflict.Values? { .gender(values) }
}

/// Identifiers kept as the Normalize stage cleaned them: a value is its own key and has no variants.
protocol IdentifierKind: SurvivorKind where Value == String {}

extension IdentifierKind {
    static func compareKeys(_ a: String, _ b: String) -> Int { KeyOrder.compare(a, b) }
    static func sameVariant(_ a: String, _ b: String) -> Bool { true }
    static func completeness(of value: String) -> Int { 1 }
    static func length(of value: String) -> Int { value.utf8.count }
    static func key(of value: String) -> String { value }
}

enum LoyaltyCardKind: IdentifierKind {
    static let attribute = GoldenAttribute.loyaltyCard
    static func count(in record: NormalizedRecord) -> Int { record.loyaltyCards.count }
    static func value(in record: NormalizedRecord, at index: Int) -> String { record.loyaltyCards[index] }
}

enum AccountIdKind: IdentifierKind {
    static let attribute = GoldenAttribute.accountId
    static func count(in record: NormalizedRecord) -> Int { record.accountId == nil ? 0 : 1 }
    static func value(in record: NormalizedRecord, at index: Int) -> String { record.accountId! }
}

enum UsernameKind: IdentifierKind {
    static let attribute = GoldenAttribute.username
    static func count(in record: NormalizedRecord) -> Int { record.username == nil ? 0 : 1 }
    static func value(in record: NormalizedRecord, at index: Int) -> String { record.username! }
}
