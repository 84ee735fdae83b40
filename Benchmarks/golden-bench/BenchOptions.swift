import Foundation

/// Command-line options of golden-bench.
struct BenchOptions {
    /// About how many source records the generated feeds hold (all four feeds together).
    var records = 1_000_000
    /// Generate this many customers instead of sizing by `records` (about 2 source records each).
    var customers: Int?
    var seed: UInt64 = 1
    var data = "bench-data"
    var baseline: String?
    var out = ""
    /// Which phases run after generation: `read` (the readers alone, per format), `run` (`golden
    /// run` on a fresh store stage by stage, then the 1% delta), `core` (the normalizer alone on
    /// one core).
    var phases: Set<String> = ["read", "run", "core"]
    /// Threads for the parallel stages (default: one per core).
    var threads: Int?
    /// How many times the `core` phase normalizes its records; the median pass is reported, so
    /// that one pass disturbed by the machine does not decide the number.
    var corePasses = 5

    static let usage = "use --records N | --customers N, --seed, --data DIR, --baseline FILE, --out FILE, --phases read,run,core, --threads N, --core-passes N"

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            func count() throws -> Int {
                guard let number = Int(value), number >= 1 else { throw BenchError("\(flag) needs a positive number") }
                return number
            }
            switch flag {
            case "--records": records = try count()
            case "--customers": customers = try count()
            case "--seed": seed = UInt64(value) ?? seed
            case "--data": data = value
            case "--baseline": baseline = value
            case "--out": out = value
            case "--phases":
                phases = Set(value.split(separator: ",").map(String.init))
                guard !phases.isEmpty, phases.isSubset(of: ["read", "run", "core"]) else {
                    throw BenchError("--phases takes a comma-separated list of read, run, core")
                }
            case "--threads": threads = try count()
            case "--core-passes": corePasses = try count()
            default: throw BenchError("unknown option \(flag); \(Self.usage)")
            }
        }
        // Links in run workspaces point at the dataset: its path must not depend on the folder.
        if !data.hasPrefix("/") { data = FileManager.default.currentDirectoryPath + "/" + data }
        if out.isEmpty { out = data + "/result.json" }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
