extension OfferRanker {
    /// Per-thread scratch for ``OfferRanker/rank(_:in:)``: a score and flags per offer, reset
    /// lazily by a generation stamp, so ranking a customer costs only the offers they touch.
    ///
    /// It owns its memory (non-copyable) and works on raw buffers: the ranker's inner loop runs
    /// once per purchase line and offer, for every customer.
    public struct Workspace: ~Copyable, @unchecked Sendable {
        static let recentSKU: UInt8 = 1
        static let categoryReturned: UInt8 = 2
        static let categoryBought: UInt8 = 4

        typealias Entry = (score: Double, position: Int32)

        let count: Int
        let depth: Int
        private let score: UnsafeMutablePointer<Double>
        private let flags: UnsafeMutablePointer<UInt8>
        private let stamp: UnsafeMutablePointer<UInt32>
        /// Offers touched by the customer (each once), then the best and excluded ones.
        private let touched: UnsafeMutablePointer<Int32>
        private let best: UnsafeMutablePointer<Entry>
        private let excluded: UnsafeMutablePointer<Int32>
        private var touchedCount = 0
        private var generation: UInt32 = 0

        init(count: Int, depth: Int) {
            self.count = count
            self.depth = depth
            score = .allocate(capacity: max(count, 1))
            flags = .allocate(capacity: max(count, 1))
            stamp = .allocate(capacity: max(count, 1))
            stamp.initialize(repeating: 0, count: count)
            touched = .allocate(capacity: max(count, 1))
            best = .allocate(capacity: max(depth, 1))
            excluded = .allocate(capacity: max(count, 1))
        }

        deinit {
            score.deallocate()
            flags.deallocate()
            stamp.deallocate()
            touched.deallocate()
            best.deallocate()
            excluded.deallocate()
        }

        /// Starts a customer: every offer untouched.
        mutating func begin() {
            touchedCount = 0
            if generation == .max {
                stamp.update(repeating: 0, count: count)
                generation = 0
            }
            generation += 1
        }

        @inline(__always)
        private mutating func touch(_ index: Int) {
            guard stamp[index] != generation else { return }
            stamp[index] = generation
            score[index] = 0
            flags[index] = 0
            touched[touchedCount] = Int32(truncatingIfNeeded: index)
            touchedCount += 1
        }

        @inline(__always)
        mutating func add(_ weight: Double, to position: Int32) {
            let index = Int(position)
            precondition(index >= 0 && index < count)
            touch(index)
            score[index] += weight
        }

        @inline(__always)
        mutating func flag(_ position: Int32, _ bit: UInt8) {
            let index = Int(position)
            precondition(index >= 0 && index < count)
            touch(index)
            flags[index] |= bit
        }

        /// The customer's ranking from the offers touched: the best ``depth`` with a positive
        /// score, and the excluded ones. `skuSlot` is negative for offers on a category alone.
        mutating func finish(categoryOnly skuSlot: [Int32]) -> RankedOffers {
            guard touchedCount > 0 else { return .none }
            var bestCount = 0
            var excludedCount = 0
            for slot in 0..<touchedCount {
                let index = Int(touched[slot])
                let flags = flags[index]
                let returnedOnly =
                    flags & Self.categoryReturned != 0 && flags & Self.categoryBought == 0 && skuSlot[index] < 0
                if flags & Self.recentSKU != 0 || returnedOnly {
                    excluded[excludedCount] = Int32(truncatingIfNeeded: index)
                    excludedCount += 1
                } else if score[index] > 0 {
                    keepBest((score[index], Int32(truncatingIfNeeded: index)), count: &bestCount)
                }
            }
            var excludedBuffer = UnsafeMutableBufferPointer(start: excluded, count: excludedCount)
            excludedBuffer.sort()
            var storage: [Int32] = []
            storage.reserveCapacity(bestCount + excludedCount)
            for slot in 0..<bestCount { storage.append(best[slot].position) }
            storage.append(contentsOf: UnsafeBufferPointer(start: excluded, count: excludedCount))
            return RankedOffers(storage: storage, rankedCount: bestCount)
        }

        /// Inserts `entry` into ``best`` (kept sorted, at most ``depth`` long) if it makes the cut.
        @inline(__always)
        private func keepBest(_ entry: Entry, count: inout Int) {
            if count == depth {
                guard depth > 0, Self.isBetter(entry, than: best[depth - 1]) else { return }
                count -= 1
            }
            var slot = count
            while slot > 0, Self.isBetter(entry, than: best[slot - 1]) {
                best[slot] = best[slot - 1]
                slot -= 1
            }
            best[slot] = entry
            count += 1
        }

        /// Score descending, then position ascending: positions are in cost-then-id order, so
        /// the position breaks ties.
        @inline(__always)
        static func isBetter(_ a: Entry, than b: Entry) -> Bool {
            a.score != b.score ? a.score > b.score : a.position < b.position
        }
    }
}
