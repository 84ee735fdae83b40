import Dispatch
import Synchronization

/// Numbered jobs run on a few threads, for the blocking passes.
enum Workers {
    /// Calls `body(job, worker)` once for every job of `0..<jobs` on up to `threads` threads;
    /// each worker takes the next job in order as soon as it is free. `worker` is in
    /// `0..<workers(jobs:threads:)`, so that per-worker state can be kept in an array.
    ///
    /// `body` runs concurrently with itself: it may write only what belongs to its job or to its
    /// worker (disjoint parts of one buffer), which is why it need not be `@Sendable`.
    static func run(jobs: Int, threads: Int, _ body: (_ job: Int, _ worker: Int) -> Void) {
        let workers = workers(jobs: jobs, threads: threads)
        guard workers > 1 else {
            for job in 0..<jobs { body(job, 0) }
            return
        }
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                while true {
                    let job = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard job < jobs else { return }
                    body(job, worker)
                }
            }
        }
    }

    /// `body(job, worker)` of every job of `0..<jobs`, in job order, computed on up to
    /// `threads` threads (see ``run(jobs:threads:_:)``).
    static func map<Result>(jobs: Int, threads: Int, _ body: (_ job: Int, _ worker: Int) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: jobs)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            run(jobs: jobs, threads: threads) { job, worker in output[job] = body(job, worker) }
        }
        return results.map { $0! }
    }

    /// How many workers ``run(jobs:threads:_:)`` uses.
    static func workers(jobs: Int, threads: Int) -> Int { max(1, min(threads, jobs)) }
}
