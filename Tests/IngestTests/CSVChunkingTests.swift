import GoldenIO
import Ingest
import Testing

/// Reading byte by byte must give exactly what reading in big chunks gives: same rows, fields,
/// lines, raw bytes and problems, wherever the chunks break (inside CRLF, doubled quotes, UTF-8
/// sequences, the byte order mark, at the size limits).
@Suite struct CSVChunkingTests {
    static let optionSets: [CSVOptions] = [
        CSVOptions(),
        CSVOptions(maxFieldBytes: 7, maxRowBytes: 40),
        CSVOptions(delimiter: UInt8(ascii: ";"), encoding: .windows1252),
        CSVOptions(delimiter: UInt8(ascii: "\t"), quote: UInt8(ascii: "'"), encoding: .latin1, maxRowBytes: 25),
    ]

    @Test(arguments: 1...12, optionSets.indices)
    func oneByteChunksEqualBigChunks(seed: Int, optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let corpus = Self.corpus(seed: UInt64(seed), options: options)
        let expected = try readRows(corpus, options: options)
        #expect(!expected.isEmpty)
        for chunk in [1, 2, 3, 7, 64, 4096] {
            let rows = try readRows(corpus, options: options, chunk: chunk)
            #expect(rows == expected, "chunk \(chunk)")
        }
    }

    /// Random CSV-ish bytes: mostly fields and delimiters, with quotes, every kind of line end,
    /// blank lines, multi-byte and invalid UTF-8 sprinkled in.
    static func corpus(seed: UInt64, options: CSVOptions) -> [UInt8] {
        var random = SplitMix64(state: seed)
        let pieces: [[UInt8]] = [
            Array("alpha".utf8), Array("b".utf8), Array("12345".utf8), Array(" ".utf8), [options.delimiter],
            [options.delimiter], [options.quote], [options.quote, options.quote], [0x0A], [0x0D, 0x0A], [0x0D],
            [0x0A, 0x0A], Array("é".utf8), Array("€".utf8), [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0x80, 0x93],
        ]
        var bytes: [UInt8] = seed.isMultiple(of: 3) ? [0xEF, 0xBB, 0xBF] : []
        while bytes.count < 6000 {
            bytes += pieces.randomElement(using: &random)!
        }
        return bytes
    }
}
