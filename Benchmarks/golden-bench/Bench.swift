import Foundation
import Generator
import GoldenCore
import Ingest
import Normalize
import Pipeline
import Store

/// `make bench`: the whole pipeline on generated feeds of about 1M source records (or
/// `--customers N`), stage by stage, then an incremental pass with a 1% delta; each stage's wall
/// time, CPU time, records/s and peak memory, written as JSON and compared with a committed
/// baseline. Not a test: it prints numbers and names regressions; it never fails a build.
@main
struct Bench {
    /// The issue's targets on the 2-core machine, printed beside the measured numbers.
    static let targets = (runSeconds: 15.0, runPeakBytes: Int64(1_500_000_000), deltaSeconds: 3.0)

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.contains("--help") || arguments.contains("-h") {
            print("golden-bench: the pipeline on generated feeds, stage by stage, then a 1% delta\n" + BenchOptions.usage)
            return
        }
        do {
            try run(arguments: arguments)
        } catch let error as BenchError {
            FileHandle.standardError.write(Data("golden-bench: \(error)\n".utf8))
            exit(2)
        } catch {
            FileHandle.standardError.write(Data("golden-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(arguments: [String]) throws {
        let options = try BenchOptions(arguments: arguments)
        let customers = try options.customers ?? BenchWorkspace.customers(forRecords: options.records, seed: options.seed)
        let dataset = try BenchWorkspace.dataset(customers: customers, seed: options.seed, data: options.data)
        var results = BenchResult(customers: customers, seed: options.seed)
        if let generated = dataset.generated {
            let summary = generated.value
            print("generated \(summary.entities) customers: \(summary.totalRecords) source records, "
                + "\(summary.rows.values.reduce(0, +)) rows (1% held back for the delta)")
            results.add(Metric(name: "generate", records: summary.totalRecords, phase: generated))
        }
        print("dataset \(dataset.path)")

        // One workspace for every phase: the per-core normalizer samples the store the run filled.
        let workspace = try BenchWorkspace(dataset: dataset.path)
        defer { workspace.remove() }
        if options.phases.contains("read") { try readers(workspace: workspace, results: &results) }
        if options.phases.contains("run") { try pipeline(workspace: workspace, options: options, results: &results) }
        if options.phases.contains("core") { try normalizeOneCore(workspace: workspace, passes: options.corePasses, results: &results) }

        print(results.table)
        print(results.targets(runSeconds: targets.runSeconds, runPeakBytes: targets.runPeakBytes, deltaSeconds: targets.deltaSeconds))
        try results.json.write(toFile: options.out, atomically: true, encoding: .utf8)
        print("wrote \(options.out)")
        if let baselinePath = options.baseline { print(try results.compare(baselinePath: baselinePath)) }
    }

    /// `golden run` on a fresh store, stage by stage; then the held-back 1% delivered and
    /// `golden run` again (the next day), stage by stage.
    static func pipeline(workspace: BenchWorkspace, options: BenchOptions, results: inout BenchResult) throws {
        // The feeds' export day, then the next day for the later delivery.
        let firstDay = FeedGenerator.Options().asOf.daysSinceEpoch * 86_400
        let passes = [("run", Timestamp(secondsSinceEpoch: firstDay)), ("delta", Timestamp(secondsSinceEpoch: firstDay + 86_400))]
        for (name, day) in passes {
            if name == "delta" { try workspace.deliverDelta() }
            var runner = try Runner(configPath: workspace.configPath, progress: .silent, threads: options.threads)
            runner.asOf = day
            let meter = StageMeter()
            runner.onStage = meter.observe
            let measured = try Measure.phase { try runner.run(command: "run") }
            let summary = measured.value
            for stage in meter.stages {
                results.add(
                    Metric(name: "\(name)/\(stage.stage.rawValue)", records: summary.records(of: stage.stage), bytes: 0,
                           seconds: stage.seconds, cpuSeconds: stage.cpuSeconds, peakRSSBytes: stage.peakRSS))
            }
            let peak = meter.stages.map(\.peakRSS).max() ?? measured.peakRSS
            let identityRecords = summary.normalize?.records ?? 0
            results.add(
                Metric(name: name, records: identityRecords, bytes: 0, seconds: measured.seconds,
                       cpuSeconds: measured.cpuSeconds, peakRSSBytes: peak))
            print(describe(name, summary))
        }
    }

    /// One line per pass: what it found and did.
    static func describe(_ name: String, _ summary: RunSummary) -> String {
        var parts = ["\(name): \(summary.totals.rowsRead) rows read", "\(summary.normalize?.records ?? 0) records normalized"]
        if let match = summary.match {
            parts.append("match \(match.mode): \(match.records) records, \(match.candidatePairs) candidate pairs")
        }
        if let merge = summary.merge {
            parts.append("merge \(merge.mode): \(merge.goldenRecords) golden records (\(merge.created) new, \(merge.updated) updated)")
        }
        if let engage = summary.engage { parts.append("engage: \(engage.customers) customers") }
        return parts.joined(separator: "; ")
    }

    /// Readers alone (parse + map, nothing stored), one core, per format.
    static func readers(workspace: BenchWorkspace, results: inout BenchResult) throws {
        let config = try WorkspaceConfig.load(path: workspace.configPath)
        for format in ["csv", "xml"] {
            var rows = 0
            var bytes: Int64 = 0
            let measured = try Measure.phase {
                for source in config.sources where source.mapping.formatName == format {
                    for pattern in source.files {
                        for relative in Glob(pattern).files(in: config.directory) {
                            let path = config.directory + "/" + relative
                            bytes += Int64((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
                            let result = try ingestFile(
                                path: path, displayPath: relative, source: source.name, mapping: source.mapping,
                                maxFieldBytes: config.ingest.maxFieldBytes, chunkSize: config.ingest.batchSize
                            ) { _ in }
                            rows += result.rowsRead
                        }
                    }
                }
            }
            var metric = Metric(name: "read-\(format)", records: rows, phase: measured)
            metric.bytes = bytes
            results.add(metric)
        }
    }

    /// The normalizer alone, on one core, over up to 300,000 stored records held in memory: the
    /// per-core throughput of the transform, without the store; the median of `count` passes.
    /// The records come from the store the `run` phase filled, or from an ingest when it did not
    /// run. They are shuffled, so that the sources mix, and then made anew in that order: in the
    /// Normalize stage a record is decoded just before it is normalized, its fields side by side
    /// in memory, not scattered across the whole dataset by the shuffle.
    static func normalizeOneCore(workspace: BenchWorkspace, passes count: Int, results: inout BenchResult) throws {
        let runner = try Runner(configPath: workspace.configPath, progress: .silent)
        if try runner.store.counts().records == 0 { _ = try runner.run(command: "ingest") }
        var records: [SourceRecord] = []
        records.reserveCapacity(300_000)
        try runner.store.forEachRecord(source: nil) { record in
            if records.count < 300_000 { records.append(record) }
        }
        records.shuffle()
        for index in records.indices {
            records[index].key = Self.copied(records[index].key)
            records[index].fields = records[index].fields.map { Field(Self.copied($0.name), Self.copied($0.value)) }
        }
        let normalizer = RecordNormalizer()
        var fieldCount = 0
        for record in records { fieldCount += record.fields.count }
        var passes: [Measure.Phase<Int>] = []
        for _ in 0..<count {
            passes.append(Measure.phase {
                var findings = 0
                for record in records { findings &+= normalizer.normalize(record).findings.count }
                return findings
            })
        }
        let measured = passes.sorted { $0.seconds < $1.seconds }[passes.count / 2]
        print("normalize-core: \(records.count) records, \(fieldCount) fields (\(String(format: "%.1f", Double(fieldCount) / Double(max(1, records.count)))) per record), median of \(passes.count) passes")
        results.add(Metric(name: "normalize-core", records: records.count, phase: measured))
    }
}

extension Bench {
    /// `text` in storage of its own, allocated now.
    static func copied(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }
}

extension Mapping {
    var formatName: String {
        if case .csv = format { return "csv" }
        return "xml"
    }
}
