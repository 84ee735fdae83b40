/// A blocking rule: records that share every one of its keys become candidate pairs
/// (`[postcode, given_name.phonetic]`). A model's rules are OR'ed; a pair found by several rules
/// is one candidate.
public struct BlockingRule: Hashable, Sendable, CustomStringConvertible {
    /// The rule's name, for summaries and warnings (by default its keys joined by `+`).
    public let name: String
    /// The keys, all of which two records must share; at least one.
    public let keys: [BlockingKey]

    public init(name: String? = nil, keys: [BlockingKey]) {
        precondition(!keys.isEmpty, "a blocking rule needs at least one key")
        self.keys = keys
        self.name = name ?? keys.map(\.description).joined(separator: "+")
    }

    /// The attributes the rule's keys read: comparisons of these attributes learn nothing from
    /// pairs this rule found (they agree by construction), so EM leaves them out.
    public var attributes: Set<MatchAttribute> { Set(keys.map(\.attribute)) }

    public var description: String { name }
}
