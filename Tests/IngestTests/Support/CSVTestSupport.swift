import GoldenIO
import Ingest

/// Every row of `bytes`, served by a source that returns at most `chunk` bytes per read.
func readRows(_ bytes: [UInt8], options: CSVOptions = CSVOptions(), chunk: Int = .max) throws -> [CSVRow] {
    let reader = CSVReader(source: MemoryByteSource(bytes, maxChunk: chunk), options: options)
    var rows: [CSVRow] = []
    while let row = try reader.next() { rows.append(row) }
    return rows
}

/// Every row of `text` (as UTF-8).
func readRows(_ text: String, options: CSVOptions = CSVOptions(), chunk: Int = .max) throws -> [CSVRow] {
    try readRows(Array(text.utf8), options: options, chunk: chunk)
}

/// Source chunk sizes every structural case is read with: byte by byte, sizes that split
/// CRLF pairs and doubled quotes at every offset, and all at once.
let chunkSizes = [1, 2, 3, 5, Int.max]

/// A small deterministic generator (SplitMix64) for randomized corpora.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A byte sink that keeps what is written in memory.
final class MemorySink: ByteSink {
    private(set) var bytes: [UInt8] = []

    func write(_ bytes: UnsafeRawBufferPointer) throws { self.bytes.append(contentsOf: bytes) }
    func close() throws {}
}
