import Foundation
import GoldenCore

/// Work started on a thread of its own and waited for later, so that it takes the time of the
/// longer of it and what the caller does meanwhile, not of both: Publish rewrites the files
/// targets while it writes the change feed, Engage writes the actions file while the store
/// takes the day.
///
/// ```swift
/// let files = BackgroundJob { () throws(GoldenError) in try writeFiles() }   // starts now
/// …                                                                          // on this thread
/// let written = try files.wait()
/// ```
///
/// Every job must be waited for (also on the caller's error path), so no thread outlives the
/// stage that started it.
final class BackgroundJob<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, GoldenError>?
    private var waited = false

    /// Starts `body` now.
    init(_ body: @escaping @Sendable () throws(GoldenError) -> Value) {
        let thread = Thread { [self] in
            result = Result { () throws(GoldenError) in try body() }
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// Waits for the job to end (once); its value, or its error.
    func wait() throws(GoldenError) -> Value {
        if !waited {
            done.wait()
            waited = true
        }
        // Set before `done` was signalled.
        return try result!.get()
    }
}
