import Foundation

/// One measured phase.
struct Metric: Encodable {
    var name: String
    var records: Int
    var bytes: Int64
    var seconds: Double
    var cpuSeconds: Double
    var peakRSSBytes: Int64
    var recordsPerSecond: Double { seconds > 0 ? Double(records) / seconds : 0 }
    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }

    enum CodingKeys: String, CodingKey {
        case name, records, bytes, seconds, cpuSeconds = "cpu_seconds", peakRSSBytes = "peak_rss_bytes"
        case recordsPerSecond = "records_per_second", megabytesPerSecond = "mb_per_second"
    }

    init(name: String, records: Int, bytes: Int64, seconds: Double, cpuSeconds: Double, peakRSSBytes: Int64) {
        self.name = name
        self.records = records
        self.bytes = bytes
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.peakRSSBytes = peakRSSBytes
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(records, forKey: .records)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(cpuSeconds, forKey: .cpuSeconds)
        try container.encode(peakRSSBytes, forKey: .peakRSSBytes)
        try container.encode(recordsPerSecond, forKey: .recordsPerSecond)
        try container.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    }
}

/// Every phase of one bench run.
struct BenchResult: Encodable {
    var schemaVersion = 1
    var customers: Int
    var seed: UInt64
    var metrics: [Metric] = []

    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", customers, seed, metrics }

    mutating func add(_ metric: Metric) { metrics.append(metric) }

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    var table: String {
        var lines = [
            "phase            records      sec   cpu s   records/s     MB/s  peak RSS MB",
        ]
        for metric in metrics {
            lines.append(
                metric.name.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(format: " %10d %8.2f %7.2f %11.0f %8.1f %12.1f", metric.records, metric.seconds,
                             metric.cpuSeconds, metric.recordsPerSecond, metric.megabytesPerSecond,
                             Double(metric.peakRSSBytes) / 1e6))
        }
        return lines.joined(separator: "\n")
    }

    /// Names each phase whose throughput fell, or whose peak memory rose, by more than 10%.
    func compare(baselinePath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: baselinePath) else {
            return "no baseline at \(baselinePath): copy \(customers)-customer results there to start one"
        }
        let baseline = try JSONDecoder().decode(BaselineFile.self, from: data)
        guard baseline.customers == customers else {
            return "baseline is for \(baseline.customers) customers, this run \(customers): not compared"
        }
        var findings: [String] = []
        for metric in metrics {
            guard let base = baseline.metrics.first(where: { $0.name == metric.name }) else { continue }
            if metric.recordsPerSecond < base.recordsPerSecond * 0.9 {
                findings.append(String(format: "REGRESSED %@: %.0f records/s vs baseline %.0f", metric.name,
                                       metric.recordsPerSecond, base.recordsPerSecond))
            }
            if Double(metric.peakRSSBytes) > Double(base.peakRSSBytes) * 1.1 {
                findings.append(String(format: "REGRESSED %@: peak RSS %.1f MB vs baseline %.1f MB", metric.name,
                                       Double(metric.peakRSSBytes) / 1e6, Double(base.peakRSSBytes) / 1e6))
            }
        }
        return findings.isEmpty ? "no phase regressed more than 10% against \(baselinePath)" : findings.joined(separator: "\n")
    }
}

/// The fields of a committed baseline that comparison reads.
struct BaselineFile: Decodable {
    struct Entry: Decodable {
        var name: String
        var recordsPerSecond: Double
        var peakRSSBytes: Int64
        enum CodingKeys: String, CodingKey {
            case name, recordsPerSecond = "records_per_second", peakRSSBytes = "peak_rss_bytes"
        }
    }
    var customers: Int
    var metrics: [Entry]
}
