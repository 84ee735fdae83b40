import Foundation
import Generator
import GoldenCore
import Ingest
import Pipeline

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

        // 3. Full ingest into a fresh store: read, map, write.
        if options.phases.contains("ingest") { try ingestPhases(dataset: dataset, results: &results) }

        print(results.table)
        let json = results.json
        try json.write(toFile: options.out, atomically: true, encoding: .utf8)
        print("wrote \(options.out)")
        if let baselinePath = options.baseline {
            print(try results.compare(baselinePath: baselinePath))
        }
    }

    /// A full ingest into a fresh store, then an incremental re-run that skips every file.
    static func ingestPhases(dataset: String, results: inout BenchResult) throws {
        let storeDirectory = NSTemporaryDirectory() + "golden-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: storeDirectory) }
        let yaml = try String(contentsOfFile: dataset + "/golden.yml", encoding: .utf8)
            .replacingOccurrences(of: "store: golden.sqlite", with: "store: \(storeDirectory)/golden.sqlite")
        try FileManager.default.createDirectory(atPath: storeDirectory, withIntermediateDirectories: true)
        try yaml.write(toFile: dataset + "/bench.yml", atomically: true, encoding: .utf8)
        let ingest = try Measure.phase {
            try Runner(configPath: dataset + "/bench.yml", progress: .silent).run(command: "bench")
        }
        let summary = ingest.value
        let fileBytes = summary.files.reduce(Int64(0)) { $0 + $1.bytes }
        results.add(
            Metric(name: "ingest", records: summary.totals.rowsRead, bytes: fileBytes, seconds: ingest.seconds,
                   cpuSeconds: ingest.cpuSeconds, peakRSSBytes: ingest.peakRSS))
        // An incremental re-run: every file is recognised by content and skipped.
        let rerun = try Measure.phase {
            try Runner(configPath: dataset + "/bench.yml", progress: .silent).run(command: "bench")
        }
        results.add(
            Metric(name: "ingest-rerun", records: summary.totals.rowsRead, bytes: fileBytes, seconds: rerun.seconds,
                   cpuSeconds: rerun.cpuSeconds, peakRSSBytes: rerun.peakRSS))
    }
}

extension Mapping {
    var formatName: String {
        if case .csv = format { return "csv" }
        return "xml"
    }
}
