/// One source's records, by what they hold in one field: each record counts once, in the first
/// class that fits — a usable value (``valid``), else an invalid value, else a placeholder, else
/// nothing (``null``).
///
/// ```swift
/// counts.records        // valid + invalid + placeholder + null
/// counts.validity       // valid / (valid + invalid): placeholders count as missing
/// counts.nullRate       // null / records
/// ```
public struct FieldCounts: Hashable, Sendable, Codable {
    /// Records with a usable value (valid, corrected or partial).
    public var valid = 0
    /// Of ``valid``: records whose value was repaired (a domain typo, a lost leading zero).
    public var corrected = 0
    /// Records whose only values were invalid.
    public var invalid = 0
    /// Records whose only values were placeholders (`none@none.com`, `0000000000`).
    public var placeholder = 0
    /// Records without the field.
    public var null = 0

    public init() {}

    public var records: Int { valid + invalid + placeholder + null }

    /// The share of the values given (placeholders aside) that are usable; `nil` when none was.
    public var validity: Double? { Self.share(valid, of: valid + invalid) }
    /// The share of records with a usable value; `nil` without records.
    public var completeness: Double? { Self.share(valid, of: records) }
    /// The share of records without the field.
    public var nullRate: Double? { Self.share(null, of: records) }
    /// The share of records whose field held a placeholder.
    public var placeholderRate: Double? { Self.share(placeholder, of: records) }
    /// The share of records whose field held only invalid values.
    public var invalidRate: Double? { Self.share(invalid, of: records) }

    /// Counts `count` records of class `fieldClass` (a corrected value is valid too).
    public mutating func add(_ fieldClass: QualityFieldClass, count: Int = 1) {
        switch fieldClass {
        case .valid: valid += count
        case .corrected:
            valid += count
            corrected += count
        case .invalid: invalid += count
        case .placeholder: placeholder += count
        case .null: null += count
        }
    }

    /// Adds `other`'s counts.
    public mutating func merge(_ other: FieldCounts) {
        valid += other.valid
        corrected += other.corrected
        invalid += other.invalid
        placeholder += other.placeholder
        null += other.null
    }

    static func share(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }
}
