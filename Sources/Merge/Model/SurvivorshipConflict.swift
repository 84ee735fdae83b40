import GoldenCore

/// Two or more distinct values of a single-valued attribute that survivorship could not tell
/// apart by trust: the pipeline turns each into a review item for a data steward.
///
/// The golden record still holds the value the rules chose; ``values`` lists it first (marked
/// ``GoldenValue/preferred``), then its rivals, each with its lineage.
///
/// ```swift
/// let (golden, conflicts) = survivorship.goldenRecord(of: members)
/// for conflict in conflicts where conflict.attribute == .dateOfBirth {
///     conflict.reason          // .equalTrust
///     conflict.keys            // ["1980-03-04", "1980-04-03"]
/// }
/// ```
public struct SurvivorshipConflict: Hashable, Sendable {
    /// Why the values conflict.
    public var reason: Reason
    /// The competing values, the chosen one first.
    public var values: Values

    /// A conflict between `values` (the chosen one first).
    public init(reason: Reason, values: Values) {
        self.reason = reason
        self.values = values
    }

    /// The attribute in conflict.
    public var attribute: GoldenAttribute { values.attribute }

    /// The grouping keys of the competing values, the chosen one first.
    public var keys: [String] {
        switch values {
        case .name(let values): values.map(\.key)
        case .dateOfBirth(let values): values.map(\.key)
        case .gender(let values): values.map(\.key)
        case .address(let values): values.map(\.key)
        }
    }

    /// Why the values are in conflict: a stable, machine-readable code.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// The values are valid and their best evidence comes from sources of the same trust rank.
        case equalTrust = "equal_trust"
    }

    /// The competing values of one single-valued attribute.
    public enum Values: Hashable, Sendable {
        /// Names that disagree (not an initial or a missing part of each other).
        case name([GoldenValue<PersonName>])
        /// Different full dates of birth.
        case dateOfBirth([GoldenValue<BirthDate>])
        case gender([GoldenValue<Gender>])
        /// Addresses that differ in a part both have.
        case address([GoldenValue<PostalAddress>])

        /// The attribute the values belong to.
        public var attribute: GoldenAttribute {
            switch self {
            case .name: .name
            case .dateOfBirth: .dateOfBirth
            case .gender: .gender
            case .address: .address
            }
        }
    }
}
