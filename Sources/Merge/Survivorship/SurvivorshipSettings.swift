/// Everything that configures survivorship, as `Mappings/survivorship.yml` writes it: the global
/// trust ranking of sources and, per attribute, its rules. ``defaults`` are what Golden ships.
///
/// ```swift
/// var settings = SurvivorshipSettings.defaults
/// settings.sourcePriority = ["ecommerce", "loyalty", "pos", "community"]
/// settings[.phone].rules = [.validOverInvalid, .sourcePriority, .mostRecent]
/// let survivorship = Survivorship(settings: settings)
/// ```
public struct SurvivorshipSettings: Hashable, Sendable {
    /// The global trust ranking, used by every attribute without a ranking of its own.
    public var sourcePriority: SourceRanking
    /// One entry per ``GoldenAttribute``, in `allCases` order.
    private var attributes: [AttributeRules]

    /// Settings with `sourcePriority` and the given attributes' rules; an attribute not given
    /// takes its default rules (``AttributeRules/defaults(for:)``).
    public init(sourcePriority: SourceRanking, attributes: [GoldenAttribute: AttributeRules] = [:]) {
        self.sourcePriority = sourcePriority
        self.attributes = GoldenAttribute.allCases.map { attributes[$0] ?? AttributeRules.defaults(for: $0) }
    }

    /// The rules of `attribute`.
    public subscript(attribute: GoldenAttribute) -> AttributeRules {
        get { attributes[attribute.index] }
        set { attributes[attribute.index] = newValue }
    }

    /// The ranking `attribute` uses: its own, else the global one.
    public func ranking(for attribute: GoldenAttribute) -> SourceRanking {
        self[attribute].sourcePriority ?? sourcePriority
    }
}
