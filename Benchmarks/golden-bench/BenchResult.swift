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

    /// A metric from a measured phase.
    init<T>(name: String, records: Int, phase: Measure.Phase<T>) {
        self.init(name: name, records: records, bytes: 0, seconds: phase.seconds, cpuSeconds: phase.cpuSeconds,
                  peakRSSBytes: phase.peakRSS)
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
    var schemaVersion = 2
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
            "phase                records      sec   cpu s   records/s     MB/s  peak RSS MB",
        ]
        for metric in metrics {
            lines.append(
                metric.name.padding(toLength: 18, withPad: " ", startingAt: 0)
                    + String(format: " %10d %8.2f %7.2f %11.0f %8.1f %12.1f", metric.records, metric.seconds,
                             metric.cpuSeconds, metric.recordsPerSecond, metric.megabytesPerSecond,
                             Double(metric.peakRSSBytes) / 1e6))
        }
        return lines.joined(separator: "\n")
    }

    /// The issue's targets against the measured full run and delta.
    func targets(runSeconds: Double, runPeakBytes: Int64, deltaSeconds: Double) -> String {
        func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
        var lines: [String] = []
        if let run = metrics.first(where: { $0.name == "run" }) {
            lines.append(String(format: "target: full run ≤ %.0f s wall — %.1f s, %@", runSeconds, run.seconds, verdict(run.seconds <= runSeconds)))
            lines.append(String(format: "target: full run ≤ %.1f GB peak RSS — %.2f GB, %@", Double(runPeakBytes) / 1e9,
                                Double(run.peakRSSBytes) / 1e9, verdict(run.peakRSSBytes <= runPeakBytes)))
        }
        if let delta = metrics.first(where: { $0.name == "delta" }) {
            lines.append(String(format: "target: 1%% delta ≤ %.0f s wall — %.1f s, %@", deltaSeconds, delta.seconds, verdict(delta.seconds <= deltaSeconds)))
        }
        return lines.joined(separator: "\n")
    }

    /// Names each phase whose wall time, or peak memory, rose by more than 10% (changes under
    /// 0.1 s or 10 MB are noise and not named).
    func compare(baselinePath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: baselinePath) else {
            return "no baseline at \(baselinePath): copy \(customers)-customer results there to start one"
        }
        let baseline = try JSONDecoder().decode(BaselineFile.self, from: data)
        guard baseline.customers == customers, baseline.schemaVersion == schemaVersion else {
            return "baseline is for \(baseline.customers) customers (schema \(baseline.schemaVersion)), this run "
                + "\(customers) (schema \(schemaVersion)): not compared"
        }
        var findings: [String] = []
        for metric in metrics {
            guard let base = baseline.metrics.first(where: { $0.name == metric.name }) else { continue }
            if metric.seconds > base.seconds * 1.1, metric.seconds - base.seconds > 0.1 {
                findings.append(String(format: "REGRESSED %@: %.2f s vs baseline %.2f s (+%.0f%%)", metric.name, metric.seconds,
                                       base.seconds, (metric.seconds / base.seconds - 1) * 100))
            }
            if Double(metric.peakRSSBytes) > Double(base.peakRSSBytes) * 1.1, metric.peakRSSBytes - base.peakRSSBytes > 10_000_000 {
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
        var seconds: Double
        var peakRSSBytes: Int64
        enum CodingKeys: String, CodingKey {
            case name, seconds, peakRSSBytes = "peak_rss_bytes"
        }
    }
    var schemaVersion: Int
    var customers: Int
    var metrics: [Entry]
    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", customers, metrics }
}
