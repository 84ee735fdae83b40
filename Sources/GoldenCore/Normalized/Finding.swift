/// A data-quality observation about one value, made while normalizing it.
///
/// Findings are values, never thrown errors: a record with an invalid e-mail is still stored and
/// matched on its other attributes, and the quality report counts the findings. A finding never
/// holds the value itself (personal data), only what was wrong with it.
public struct Finding: Hashable, Sendable, Codable {
    /// The attribute the value was mapped to.
    public var attribute: IdentityAttribute
    public var kind: Kind
    /// A stable machine-readable reason, e.g. `email.domain_typo` or `date.impossible`.
    public var code: String

    public init(_ attribute: IdentityAttribute, _ kind: Kind, _ code: String) {
        self.attribute = attribute
        self.kind = kind
        self.code = code
    }

    /// What kind of finding it is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The value cannot be used: bad syntax, impossible date, wrong number of digits.
        case invalid
        /// A junk value standing in for a missing one (`none@none.com`, `0000000000`,
        /// `1900-01-01`): treated as missing and never matched.
        case placeholder
        /// The value was repaired (a domain typo, a lost leading zero); the normalized value is
        /// the repaired one.
        case corrected
        /// Only part of the value is usable (a 7-digit local phone number, a birthday without a year).
        case partial
        /// The value can be read more than one way and the choice was a guess (`03/04/1980`
        /// without a source order or country).
        case ambiguous
    }
}
