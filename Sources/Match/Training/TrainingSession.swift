/// The candidate pairs of one blocking rule, from which EM estimates m.
///
/// The pairs agree on the rule's keys by construction, so the comparisons of the rule's
/// attributes (``BlockingRule/attributes``) learn nothing from them and are left out of the
/// session; the others are estimated. Several sessions over different rules let every
/// comparison be estimated by at least one.
public struct TrainingSession: Sendable {
    public var rule: BlockingRule
    /// Pairs of positions in the records given to ``Trainer/train(records:sessions:deterministicPairs:threads:)``.
    public var pairs: [RecordPair]

    public init(rule: BlockingRule, pairs: [RecordPair]) {
        self.rule = rule
        self.pairs = pairs
    }
}
