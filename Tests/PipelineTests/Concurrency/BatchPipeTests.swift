import Foundation
import GoldenCore
import Testing

@testable import Pipeline

/// The hand-off between the store reader's thread and the stage: order kept, errors carried,
/// a cancelled consumer stops the producer.
@Suite struct BatchPipeTests {
    @Test(arguments: [(0, 1), (1, 1), (25, 1), (25, 3), (100, 8)])
    func deliversEveryBatchInOrder(count: Int, capacity: Int) throws {
        let pipe = BatchPipe<[Int]>(capacity: capacity)
        pipe.produce { put in for index in 0..<count { try put([index, index * 2]) } }
        var received: [[Int]] = []
        while let batch = try pipe.take() { received.append(batch) }
        #expect(received == (0..<count).map { [$0, $0 * 2] })
    }

    @Test(arguments: [0, 3, 10])
    func theProducersErrorReachesTheConsumerAfterItsBatches(after: Int) throws {
        let pipe = BatchPipe<Int>(capacity: 2)
        pipe.produce { put in
            for index in 0..<after { try put(index) }
            throw GoldenError(.store, "disk gone")
        }
        var received: [Int] = []
        #expect(throws: GoldenError.self) {
            while let batch = try pipe.take() { received.append(batch) }
        }
        #expect(received == Array(0..<after))
        pipe.cancel()  // after an error: returns at once
    }

    @Test func cancellingStopsTheProducer() throws {
        let pipe = BatchPipe<Int>(capacity: 1)
        let produced = Counter()
        pipe.produce { put in
            for index in 0..<1_000_000 {
                try put(index)
                produced.add()
            }
        }
        #expect(try pipe.take() == 0)
        pipe.cancel()
        #expect(produced.value < 10)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
