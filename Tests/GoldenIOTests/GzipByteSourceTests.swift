import GoldenCore
import GoldenIO
import Testing

@Suite struct GzipByteSourceTests {
    /// `printf 'hello\n' | gzip -n`: what the standard tool writes.
    static let helloFromGzipTool: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9,
        0xe7, 0x02, 0x00, 0x20, 0x30, 0x3a, 0x36, 0x06, 0x00, 0x00, 0x00,
    ]

    @Test func readsWhatTheGzipToolWrites() throws {
        let source = try GzipByteSource(wrapping: MemoryByteSource(Self.helloFromGzipTool), file: "hello.gz")
        #expect(try readAll(source) == Array("hello\n".utf8))
        #expect(source.uncompressedOffset == 6)
    }

    @Test(arguments: [0, 1, 100, 70_000, 600_000], [0, 1, 6, 9])
    func roundTrip(count: Int, level: Int) throws {
        let dir = try TemporaryDirectory()
        let original = sampleBytes(count: count, compressible: count % 2 == 0)
        let compressed = try dir.gzipped(original, level: level)
        let source = try GzipByteSource(wrapping: MemoryByteSource(compressed), file: "t.gz")
        #expect(try readAll(source) == original)
    }

    /// Tiny reads and a source that trickles one byte at a time give the same bytes as big ones.
    @Test(arguments: [(1, 1), (1, .max), (3, 5), (65_536, 1), (1 << 20, .max)])
    func bufferAndChunkSizesDoNotMatter(bufferSize: Int, sourceChunk: Int) throws {
        let dir = try TemporaryDirectory()
        let original = sampleBytes(count: 50_000)
        let compressed = try dir.gzipped(original)
        let source = try GzipByteSource(wrapping: MemoryByteSource(compressed, maxChunk: sourceChunk), file: "t.gz")
        #expect(try readAll(source, bufferSize: bufferSize) == original)
    }

    @Test func multiMemberFilesReadAsTheConcatenation() throws {
        let dir = try TemporaryDirectory()
        let first = sampleBytes(count: 10_000, seed: 1)
        let second = sampleBytes(count: 20_000, compressible: false, seed: 2)
        let joined = try dir.gzipped(first) + dir.gzipped([]) + dir.gzipped(second)
        for chunk in [1, 7, Int.max] {
            let source = try GzipByteSource(wrapping: MemoryByteSource(joined, maxChunk: chunk), file: "multi.gz")
            #expect(try readAll(source, bufferSize: 4096) == first + second)
        }
    }

    @Test func zeroPaddingAfterTheLastMemberIsAccepted() throws {
        let padded = Self.helloFromGzipTool + [UInt8](repeating: 0, count: 512)
        let source = try GzipByteSource(wrapping: MemoryByteSource(padded, maxChunk: 100), file: "padded.gz")
        #expect(try readAll(source) == Array("hello\n".utf8))
    }

    /// A file cut anywhere inside a member, header and trailer included, is reported as truncated.
    @Test(arguments: [2, 3, 10, 500, 25_000, -8, -1])
    func truncatedInputThrows(cut: Int) throws {
        let dir = try TemporaryDirectory()
        let compressed = try dir.gzipped(sampleBytes(count: 100_000, compressible: false))
        let kept = cut > 0 ? cut : compressed.count + cut
        let path = try dir.write(Array(compressed[0..<kept]), to: "cut.csv.gz")
        let source = try ByteSources.open(path: path)
        let error = #expect(throws: GoldenError.self) { _ = try readAll(source, bufferSize: 1000) }
        #expect(error?.code == .compression)
        #expect(error?.location?.file == path)
        #expect(error?.message.hasPrefix("gzip stream truncated after ") == true)
        if cut < 0 { #expect(error?.message.contains("after 100000 bytes") == true) }
    }

    @Test(arguments: [
        ("garbage after magic", [0x1F, 0x8B] + Array("this is not deflate data".utf8)),
        ("bad method", [0x1F, 0x8B, 0x07, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("trailing garbage", helloFromGzipTool + Array("junk".utf8)),
        ("data after padding", helloFromGzipTool + [0, 0, 0, 7]),
    ] as [(String, [UInt8])])
    func corruptInputThrows(name: String, bytes: [UInt8]) throws {
        let source = try GzipByteSource(wrapping: MemoryByteSource(bytes), file: "bad.gz")
        let error = #expect(throws: GoldenError.self, "\(name)") { _ = try readAll(source) }
        #expect(error?.code == .compression)
        #expect(error?.message.hasPrefix("gzip stream corrupt after ") == true)
    }

    @Test func flippedByteFailsTheCheck() throws {
        let dir = try TemporaryDirectory()
        var compressed = try dir.gzipped(sampleBytes(count: 30_000))
        compressed[compressed.count / 2] ^= 0x55
        let source = try GzipByteSource(wrapping: MemoryByteSource(compressed), file: "flip.gz")
        let error = #expect(throws: GoldenError.self) { _ = try readAll(source) }
        #expect(error?.code == .compression)
    }

    @Test func readingAfterTheEndKeepsReturningZero() throws {
        let source = try GzipByteSource(wrapping: MemoryByteSource(Self.helloFromGzipTool), file: "hello.gz")
        _ = try readAll(source)
        #expect(try readAll(source).isEmpty)
    }
}
