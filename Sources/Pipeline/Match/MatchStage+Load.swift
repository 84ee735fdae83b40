import Dispatch
import GoldenCore
import Match
import Store

extension MatchStage {
    /// Every normalized record, in record-id order. Payloads are read in pages, each page
    /// decoded in parallel partitions straight into memory of its own (``DecodedPages``), and
    /// the pages moved into one array at the end.
    func loadRecords() throws(GoldenError) -> [MatchRecord] {
        let pages = DecodedPages()
        var page: [EncodedNormalizedRow] = []
        let pageSize = 16_384
        let threads = self.threads
        try readingStore("the normalized records") {
            try store.forEachNormalizedPayload { row in
                page.append(row)
                if page.count == pageSize {
                    try pages.decode(page, threads: threads)
                    page.removeAll(keepingCapacity: true)
                }
            }
        }
        try pages.decode(page, threads: threads)
        return pages.records()
    }
}

/// Pages of decoded records, each in memory of its own until ``records()`` moves them all into
/// one array: a record holds a few dozen references, so moving it (its bytes) rather than copying
/// it (a retain and a release for each) is what keeps loading a million records cheap. Pages
/// not yet moved out are freed with the collection.
final class DecodedPages {
    private var pages: [UnsafeMutableBufferPointer<MatchRecord>] = []
    private var count = 0

    /// Decodes `rows` on up to `threads` threads into a new page.
    ///
    /// - Throws: the error of the first row (in order) that does not decode; nothing is kept of
    ///   the page then.
    func decode(_ rows: [EncodedNormalizedRow], threads: Int) throws(GoldenError) {
        guard !rows.isEmpty else { return }
        let page = UnsafeMutableBufferPointer<MatchRecord>.allocate(capacity: rows.count)
        let partitions = min(threads, max(1, rows.count / 512))
        // Per partition: how many of its records are initialized, and its first error.
        var done = [Int](repeating: 0, count: partitions)
        var errors = [GoldenError?](repeating: nil, count: partitions)
        done.withUnsafeMutableBufferPointer { doneBuffer in
            errors.withUnsafeMutableBufferPointer { errorBuffer in
                rows.withUnsafeBufferPointer { input in
                    nonisolated(unsafe) let (done, errors, input, page) = (doneBuffer, errorBuffer, input, page)
                    DispatchQueue.concurrentPerform(iterations: partitions) { partition in
                        let range = NormalizeStage.range(of: partition, partitions: partitions, count: input.count)
                        // The source names of consecutive records, one string for all: a name longer
                        // than 15 bytes is on the heap, once per record as decoded.
                        var source = ""
                        for index in range {
                            do throws(GoldenError) {
                                let row = input[index]
                                var record = MatchRecord(id: row.recordID, normalized: try row.decoded())
                                if record.source == source { record.source = source } else { source = record.source }
                                page.initializeElement(at: index, to: record)
                            } catch {
                                (done[partition], errors[partition]) = (index - range.lowerBound, error)
                                return
                            }
                        }
                        done[partition] = range.count
                    }
                }
            }
        }
        guard let failed = errors.firstIndex(where: { $0 != nil }) else {
            pages.append(page)
            count += rows.count
            return
        }
        for partition in 0..<partitions {
            let start = NormalizeStage.range(of: partition, partitions: partitions, count: rows.count).lowerBound
            (page.baseAddress! + start).deinitialize(count: done[partition])
        }
        page.deallocate()
        throw errors[failed]!
    }

    /// Every record decoded so far, in order, moved out of the pages (which are freed).
    func records() -> [MatchRecord] {
        let records = [MatchRecord](unsafeUninitializedCapacity: count) { buffer, initialized in
            for page in pages {
                (buffer.baseAddress! + initialized).moveInitialize(from: page.baseAddress!, count: page.count)
                initialized += page.count
                page.deallocate()
            }
        }
        pages = []
        count = 0
        return records
    }

    deinit {
        for page in pages {
            page.baseAddress!.deinitialize(count: page.count)
            page.deallocate()
        }
    }
}
