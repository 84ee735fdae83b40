import Foundation
import Generator
import GoldenCore
import Ingest
import Normalize
import Pipeline
import Store

/// `make bench`: ingest throughput and peak memory on generated feeds, compared with a committed
/// baseline. Not a test: it prints numbers and names regressions; it never fails a build.
@main
struct Bench {
    static func main() throws {
        let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
        let dataset = "\(options.data)/customers-\(options.customers)-seed-\(options.seed)"
        var results = BenchResult(customers: options.customers, seed: options.seed)

        // 1. Feeds, generated once and cached.
        if !FileManager.default.fileExists(atPath: dataset + "/.complete") {
            try? FileManager.default.removeItem(atPath: dataset)
            try FileManager.default.createDirectory(atPath: dataset, withIntermediateDirectories: true)
            let measured = try Measure.phase {
                try FeedGenerator.generate(customers: options.customers, seed: options.seed, outputDirectory: dataset)
            }
            try WorkspaceTemplate.write(to: dataset, force: true)
            _ = FileManager.default.createFile(atPath: dataset + "/.complete", contents: Data())
            results.add(
                Metric(name: "generate", records: measured.value.totalRecords, bytes: 0, seconds: measured.seconds,
                       cpuSeconds: measured.cpuSeconds, peakRSSBytes: measured.peakRSS))
        }
        // The workspace files follow this build's template, so a cached dataset measures current mappings.
        _ = try WorkspaceTemplate.write(to: dataset, force: true)
        let config = try WorkspaceConfig.load(path: dataset + "/golden.yml")

        // 2. Readers alone (parse + map, nothing stored), one core, per format.
        for format in ["csv", "xml"] where options.phases.contains("read") {
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
            results.add(
                Metric(name: "read-\(format)", records: rows, bytes: bytes, seconds: measured.seconds,
                       cpuSeconds: measured.cpuSeconds, peakRSSBytes: measured.peakRSS))
        }

        // 3. Full ingest into a fresh store (read, map, write), then Normalize over it.
        if !options.phases.isDisjoint(with: ["ingest", "normalize", "match"]) {
            try storePhases(dataset: dataset, options: options, results: &results)
        }

        print(results.table)
        let json = results.json
        try json.write(toFile: options.out, atomically: true, encoding: .utf8)
        print("wrote \(options.out)")
        if let baselinePath = options.baseline {
            print(try results.compare(baselinePath: baselinePath))
        }
    }

    /// A full ingest into a fresh store, Normalize over it, then an incremental re-run that finds
    /// nothing new; and the normalizer alone on one core.
    static func storePhases(dataset: String, options: BenchOptions, results: inout BenchResult) throws {
        let storeDirectory = NSTemporaryDirectory() + "golden-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: storeDirectory) }
        let yaml = try String(contentsOfFile: dataset + "/golden.yml", encoding: .utf8)
            .replacingOccurrences(of: "store: golden.sqlite", with: "store: \(storeDirectory)/golden.sqlite")
        try FileManager.default.createDirectory(atPath: storeDirectory, withIntermediateDirectories: true)
        let configPath = dataset + "/bench.yml"
        try yaml.write(toFile: configPath, atomically: true, encoding: .utf8)
        func runner() throws -> Runner {
            try Runner(configPath: configPath, progress: .silent, threads: options.threads)
        }

        let ingest = try Measure.phase { try runner().run(command: "ingest") }
        let summary = ingest.value
        let fileBytes = summary.files.reduce(Int64(0)) { $0 + $1.bytes }
        results.add(
            Metric(name: "ingest", records: summary.totals.rowsRead, bytes: fileBytes, seconds: ingest.seconds,
                   cpuSeconds: ingest.cpuSeconds, peakRSSBytes: ingest.peakRSS))

        if options.phases.contains("normalize") {
            let normalize = try Measure.phase { try runner().run(command: "normalize") }
            results.add(
                Metric(name: "normalize", records: normalize.value.normalize?.records ?? 0, bytes: 0,
                       seconds: normalize.seconds, cpuSeconds: normalize.cpuSeconds, peakRSSBytes: normalize.peakRSS))
            results.add(try normalizeOneCore(runner().store))
        }

        if options.phases.contains("match") {
            let measured = try Measure.phase { try runner().run(command: "match") }
            if let match = measured.value.match {
                // Records here are candidate pairs: records_per_second is pairs scored and
                // clustered per second over the whole stage (load, block, train, score, cluster, write).
                results.add(
                    Metric(name: "match", records: match.candidatePairs, bytes: 0, seconds: measured.seconds,
                           cpuSeconds: measured.cpuSeconds, peakRSSBytes: measured.peakRSS))
                let steps = ["load", "block", "train", "score", "cluster", "write"].map {
                    "\($0) \(String(format: "%.2f", match.timings[$0] ?? 0)) s"
                }
                let score = match.timings["score"] ?? 0
                print("match: \(match.records) records, \(match.candidatePairs) candidate pairs; " + steps.joined(separator: ", ")
                    + "; scoring \(score > 0 ? Int(Double(match.candidatePairs) / score) : 0) pairs/s")
            }
        }

        // An incremental re-run: every file is recognised by content and skipped, nothing to
        // normalize. (Match re-resolves every record on each run until matching is incremental,
        // so the re-run covers ingest and normalize.)
        let rerun = try Measure.phase {
            _ = try runner().run(command: "ingest")
            return try runner().run(command: "normalize")
        }
        results.add(
            Metric(name: "rerun", records: summary.totals.rowsRead, bytes: fileBytes, seconds: rerun.seconds,
                   cpuSeconds: rerun.cpuSeconds, peakRSSBytes: rerun.peakRSS))
    }

    /// The normalizer alone, on one core, over up to 300,000 stored records held in memory: the
    /// per-core throughput of the transform, without the store.
    static func normalizeOneCore(_ store: GoldenStore) throws -> Metric {
        var records: [SourceRecord] = []
        records.reserveCapacity(300_000)
        try store.forEachRecord(source: nil) { record in
            if records.count < 300_000 { records.append(record) }
        }
        records.shuffle()
        let normalizer = RecordNormalizer()
        var fieldCount = 0
        for record in records { fieldCount += record.fields.count }
        let measured = Measure.phase {
            var findings = 0
            for record in records { findings &+= normalizer.normalize(record).findings.count }
            return findings
        }
        print("normalize-core: \(records.count) records, \(fieldCount) fields (\(String(format: "%.1f", Double(fieldCount) / Double(max(1, records.count)))) per record)")
        return Metric(name: "normalize-core", records: records.count, bytes: 0, seconds: measured.seconds,
                      cpuSeconds: measured.cpuSeconds, peakRSSBytes: measured.peakRSS)
    }
}

extension Mapping {
    var formatName: String {
        if case .csv = format { return "csv" }
        return "xml"
    }
}
