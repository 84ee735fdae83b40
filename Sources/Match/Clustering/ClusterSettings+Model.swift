extension ClusterSettings {
    /// The share of true matches that may disagree on an attribute (the model's m at its
    /// comparison's `else` level) for a disagreement to count as cannot-link evidence.
    public static let confidentDisagreement = 0.1

    /// These settings with only the cannot-link attributes on which `model` shows true matches
    /// rarely disagree.
    ///
    /// Two different dates of birth are strong evidence of two people in a feed where dates are
    /// typed carefully; in a feed where a third of a person's records carry a mistyped date (the
    /// trained m of the `else` level says so), they are not, and refusing merges on them would
    /// split people apart. An attribute without a comparison in the model keeps its guard.
    ///
    /// - Complexity: O(*a* · *c*) for *a* cannot-link attributes and *c* comparisons.
    public func confident(under model: MatchModel) -> ClusterSettings {
        var settings = self
        settings.cannotLink = cannotLink.filter { attribute in
            let disagreements = model.comparisons.filter { $0.attribute == attribute }.compactMap { $0.levels.last?.m }
            return disagreements.allSatisfy { $0 <= Self.confidentDisagreement }
        }
        return settings
    }
}
