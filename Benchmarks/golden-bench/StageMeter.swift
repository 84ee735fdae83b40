import Pipeline
import Publish

/// Measures each stage of one `golden run` as the runner announces it: wall time, CPU time (all
/// threads) and peak resident memory, the peak reset at each stage's start.
///
/// ```swift
/// let meter = StageMeter()
/// runner.onStage = meter.observe
/// let summary = try runner.run(command: "run")
/// meter.stages   // [(stage, seconds, cpuSeconds, peakRSS)] in run order
/// ```
final class StageMeter {
    struct Stage {
        var stage: Runner.Stage
        var seconds: Double
        var cpuSeconds: Double
        var peakRSS: Int64
    }

    private(set) var stages: [Stage] = []
    private var started: (clock: ContinuousClock.Instant, cpu: Double)?

    func observe(_ stage: Runner.Stage, ended: Bool) {
        if !ended {
            Measure.resetPeakRSS()
            started = (ContinuousClock.now, Measure.cpuTime())
            return
        }
        guard let started else { return }
        stages.append(
            Stage(
                stage: stage, seconds: (ContinuousClock.now - started.clock).seconds,
                cpuSeconds: Measure.cpuTime() - started.cpu, peakRSS: Measure.peakRSS()))
        self.started = nil
    }
}

extension RunSummary {
    /// What a stage worked through, for its records/s: rows read, records normalized, matched or
    /// rebuilt into golden records, golden records judged or engaged, golden changes published.
    func records(of stage: Runner.Stage) -> Int {
        switch stage {
        case .ingest: totals.rowsRead
        case .normalize: normalize?.records ?? 0
        case .match: match?.records ?? 0
        case .merge: merge?.rebuiltRecords ?? 0
        case .quality: quality?.goldenRecords ?? 0
        case .engage: engage?.customers ?? 0
        case .publish: publish?.changes.total ?? 0
        }
    }
}
