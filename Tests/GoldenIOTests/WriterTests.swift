import GoldenCore
import GoldenIO
import Testing

@Suite struct WriterTests {
    /// Writes smaller and larger than the buffer land in order.
    @Test(arguments: [1, 3, 64, 65_536])
    func fileWriterKeepsOrderAcrossBufferSizes(bufferSize: Int) throws {
        let dir = try TemporaryDirectory()
        let writer = try FileWriter(path: dir.file("out.txt"), bufferSize: bufferSize)
        let big = sampleBytes(count: 100_000)
        try writer.write("header\n")
        try writer.write(big)
        try writer.write(big[10..<20])
        try writer.write([])
        try writer.close()
        #expect(try dir.contents(of: "out.txt") == Array("header\n".utf8) + big + big[10..<20])
    }

    @Test func fileWriterTruncatesAnExistingFile() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(sampleBytes(count: 1000), to: "old.txt")
        let writer = try FileWriter(path: path)
        try writer.write("new")
        try writer.close()
        #expect(try dir.contents(of: "old.txt") == Array("new".utf8))
    }

    @Test func writingAfterCloseThrowsAndCloseIsIdempotent() throws {
        let dir = try TemporaryDirectory()
        let sinks: [any ByteSink] = [
            try FileWriter(path: dir.file("plain")), try GzipWriter(path: dir.file("packed.gz")),
        ]
        for sink in sinks {
            try sink.close()
            try sink.close()
            let error = #expect(throws: GoldenError.self) { try sink.write("late") }
            #expect(error?.code == .io)
        }
    }

    @Test func unwritableLocationIsAnIOError() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("missing-dir/out.csv")
        let error = #expect(throws: GoldenError.self) { _ = try FileWriter(path: path) }
        #expect(error?.code == .io)
        #expect(error?.location?.file == path)
        #expect(error?.message == "cannot create for writing: No such file or directory")
    }

    @Test(arguments: [-1, 10])
    func gzipLevelOutOfRangeIsAConfigError(level: Int) throws {
        let dir = try TemporaryDirectory()
        let error = #expect(throws: GoldenError.self) { _ = try GzipWriter(path: dir.file("x.gz"), level: level) }
        #expect(error?.code == .config)
    }

    @Test func higherLevelsCompressText() throws {
        let dir = try TemporaryDirectory()
        let text = Array(String(repeating: "first_name,surname,email\n", count: 2000).utf8)
        let stored = try dir.gzipped(text, level: 0)
        let packed = try dir.gzipped(text, level: 9)
        #expect(stored.count > text.count)
        #expect(packed.count * 20 < text.count)
    }

    /// The generator relies on this for byte-identical runs: no file name, modification time 0.
    @Test func gzipWriterOutputIsReproducible() throws {
        let dir = try TemporaryDirectory()
        let text = sampleBytes(count: 200_000)
        let first = try dir.gzipped(text)
        let second = try dir.gzipped(text)
        #expect(first == second)
        // ID1 ID2 CM=deflate FLG=0 (no name, comment or extra), MTIME=0.
        #expect(Array(first.prefix(8)) == [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])
    }

    /// Many small writes through the gzip writer stream out with bounded buffering.
    @Test func gzipWriterStreamsManySmallWrites() throws {
        let dir = try TemporaryDirectory()
        let writer = try GzipWriter(path: dir.file("rows.csv.gz"))
        var expected: [UInt8] = []
        for index in 0..<20_000 {
            let line = "\(index),name-\(index % 97),\(index * 31 % 1000)\n"
            try writer.write(line)
            expected += Array(line.utf8)
        }
        try writer.close()
        #expect(try readAll(ByteSources.open(path: dir.file("rows.csv.gz")), bufferSize: 777) == expected)
    }
}
