import Foundation
import GoldenCore

/// Hands batches from a producer thread to the thread that consumes them, at most `capacity`
/// waiting, so that reading overlaps with the work on what was read: Ingest parses a file while
/// the chunk before is written, Engage reads the store while customers are judged.
///
/// ```swift
/// let pipe = BatchPipe<[Row]>(capacity: 2)
/// pipe.produce { put in try store.forEachBatch { batch in try put(batch) } }
/// while let batch = try pipe.take() { work(batch) }
/// ```
///
/// The consumer must either take until `nil` or call ``cancel()``; both wait for the producer to
/// end, so no reader outlives the stage.
final class BatchPipe<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Element] = []
    private var finished = false
    private var cancelled = false
    private var failure: GoldenError?
    private let done = DispatchSemaphore(value: 0)
    let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Thrown inside the producer when the consumer cancelled: ends its loop quietly.
    struct Cancelled: Error {}

    /// Starts `body` on its own thread; it calls `put` with each batch (which waits while the
    /// pipe is full, and throws ``Cancelled`` once the consumer gave up).
    func produce(_ body: @escaping @Sendable (_ put: (Element) throws -> Void) throws -> Void) {
        let thread = Thread { [self] in
            var thrown: GoldenError?
            do {
                try body { element in try self.put(element) }
            } catch is Cancelled {
            } catch let failure as GoldenError {
                thrown = failure
            } catch {
                thrown = GoldenError(.store, "Could not read the store (\(error))")
            }
            condition.lock()
            finished = true
            failure = thrown
            condition.broadcast()
            condition.unlock()
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func put(_ element: Element) throws {
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        queue.append(element)
        condition.broadcast()
    }

    /// The next batch; `nil` once the producer finished and everything was taken. Rethrows the
    /// producer's error.
    func take() throws(GoldenError) -> Element? {
        condition.lock()
        while queue.isEmpty && !finished { condition.wait() }
        if !queue.isEmpty {
            let element = queue.removeFirst()
            condition.broadcast()
            condition.unlock()
            return element
        }
        let failure = failure
        condition.unlock()
        join()
        if let failure { throw failure }
        return nil
    }

    private var joined = false

    /// Waits for the producer thread to end, once.
    private func join() {
        condition.lock()
        let first = !joined
        joined = true
        condition.unlock()
        if first { done.wait() }
    }

    /// Stops the producer (at its next batch) and waits for it to end.
    func cancel() {
        condition.lock()
        cancelled = true
        queue.removeAll()
        condition.broadcast()
        condition.unlock()
        join()
    }
}
