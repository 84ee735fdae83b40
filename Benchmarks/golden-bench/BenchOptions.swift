/// Command-line options of golden-bench.
struct BenchOptions {
    var customers = 1_000_000
    var seed: UInt64 = 1
    var data = "bench-data"
    var baseline: String?
    var out = "bench-data/result.json"
    /// Which phases run after generation: `read` (readers alone), `ingest` (full ingest and re-run).
    var phases: Set<String> = ["read", "ingest"]

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
                guard !phases.isEmpty, phases.isSubset(of: ["read", "ingest"]) else {
                    throw BenchError("--phases takes read, ingest or read,ingest")
                }
            default:
                throw BenchError("unknown option \(flag); use --customers --seed --data --baseline --out --phases")
            }
        }
        if out == "bench-data/result.json" { out = data + "/result.json" }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
