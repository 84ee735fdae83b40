/// Command-line options of golden-bench.
struct BenchOptions {
    var customers = 1_000_000
    var seed: UInt64 = 1
    var data = "bench-data"
    var baseline: String?
    var out = "bench-data/result.json"
    /// Which phases run after generation: `read` (readers alone), `ingest` (full ingest and
    /// re-run), `normalize` (the Normalize stage over the ingested store, and the normalizer
    /// alone on one core; implies `ingest`), `match` (the Match stage over the normalized store:
    /// blocking, training, scoring, clustering; implies `normalize`).
    var phases: Set<String> = ["read", "ingest", "normalize", "match"]
    /// Threads for the parallel stages (default: one per core).
    var threads: Int?

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            switch flag {
            case "--customers": customers = Int(value) ?? customers
            case "--seed": seed = UInt64(value) ?? seed
            case "--data": data = value
            case "--baseline": baseline = value
            case "--out": out = value
            case "--phases":
                phases = Set(value.split(separator: ",").map(String.init))
                guard !phases.isEmpty, phases.isSubset(of: ["read", "ingest", "normalize", "match"]) else {
                    throw BenchError("--phases takes a comma-separated list of read, ingest, normalize, match")
                }
                if phases.contains("match") { phases.insert("normalize") }
            case "--threads":
                guard let count = Int(value), count >= 1 else { throw BenchError("--threads needs a positive number") }
                threads = count
            default:
                throw BenchError("unknown option \(flag); use --customers --seed --data --baseline --out --phases --threads")
            }
        }
        if out == "bench-data/result.json" { out = data + "/result.json" }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
