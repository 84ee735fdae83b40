import GoldenCore
import Match
import Store

/// The model a Match stage scores with: its saved version, its parameters and the term
/// frequencies saved with it.
struct ChosenModel {
    var version: Int64
    var model: MatchModel
    var termFrequencies: TermFrequencies
    /// Whether this run trained it.
    var trained: Bool
}

extension MatchStage {
    /// The latest saved model, when it fits the comparisons and carries term frequencies for
    /// them: what an incremental run scores with.
    func savedModel() throws(GoldenError) -> ChosenModel? {
        guard let saved = try store.latestMatchModel(),
            let (model, frequencies) = MatchModelJSON.decodeWithFrequencies(saved.json),
            model.fits(settings.comparisons), let frequencies, frequencies.fits(settings.comparisons)
        else { return nil }
        return ChosenModel(version: saved.version, model: model, termFrequencies: frequencies, trained: false)
    }

    /// The saved model when it fits the comparisons (and no retraining was asked for), else one
    /// newly trained on the records of `table` and saved. A fitting model saved without term
    /// frequencies gets those of the records, saved with it as the next version.
    func model(for table: ScoringTable, runID: Int64?) throws(GoldenError) -> ChosenModel {
        if !retrain, let saved = try savedModel() { return saved }
        if !retrain, let saved = try store.latestMatchModel(), let model = MatchModelJSON.decode(saved.json),
            model.fits(settings.comparisons)
        {
            let frequencies = table.termFrequencies()
            let version = try store.saveMatchModel(
                json: MatchModelJSON.encode(model, termFrequencies: frequencies), fingerprint: model.fingerprint,
                runID: runID, at: .now)
            return ChosenModel(version: version, model: model, termFrequencies: frequencies, trained: false)
        }
        let (model, frequencies) = train(table)
        let version = try store.saveMatchModel(
            json: MatchModelJSON.encode(model, termFrequencies: frequencies), fingerprint: model.fingerprint,
            runID: runID, at: .now)
        return ChosenModel(version: version, model: model, termFrequencies: frequencies, trained: true)
    }

    /// A model fitted on `records` — u by random sampling, m by EM on each training rule's
    /// pairs, the prior from the deterministic rules — and the term frequencies of `records`.
    public func train(_ records: [MatchRecord]) -> (MatchModel, TermFrequencies) {
        train(ScoringTable(records: records, comparisons: settings.comparisons, threads: threads))
    }

    /// ``train(_:)`` on the records of `table`, whose pairs it compares: the same levels as
    /// the records give, without a record copied per pair.
    func train(_ table: ScoringTable) -> (MatchModel, TermFrequencies) {
        let records = table.records
        let sessionLimit = 2_000_000
        let sessions = settings.training.rules.map { rule in
            TrainingSession(
                rule: rule,
                pairs: Blocker(rules: [rule], maxBlockSize: settings.maxBlockSize).pairs(of: rule, in: records, limit: sessionLimit))
        }
        let deterministic = Blocker(rules: settings.deterministic, maxBlockSize: settings.maxBlockSize)
            .candidates(in: records, threads: threads).pairs
        let model = Trainer(
            comparisons: settings.comparisons, settings: settings.training,
            deterministicRecall: settings.deterministicRecall
        ).train(
            table: table, sessions: sessions, deterministicPairs: deterministic.count, knownMatches: deterministic,
            threads: threads)
        return (model, table.termFrequencies())
    }
}
