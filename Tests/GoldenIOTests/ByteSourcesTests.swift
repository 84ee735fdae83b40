import GoldenCore
import GoldenIO
import Testing

@Suite struct ByteSourcesTests {
    /// The format comes from the bytes, whatever the name says.
    @Test(arguments: ["feed.csv", "feed.csv.gz", "feed"])
    func gzipIsRecognisedByContentNotName(name: String) throws {
        let dir = try TemporaryDirectory()
        let text = Array("id,name\n1,Ada\n".utf8)
        let path = try dir.write(dir.gzipped(text), to: name)
        let source = try ByteSources.open(path: path)
        #expect(source is GzipByteSource)
        #expect(try readAll(source, bufferSize: 1) == text)
    }

    /// Plain files, including ones that look a little like gzip, come back byte for byte.
    @Test(arguments: [
        [], [0x1F], [0x1F, 0x00, 0x8B], Array("id,name\n1,Ada\n".utf8), Array("BZh9 not bzip2 at all".utf8),
    ] as [[UInt8]])
    func plainFilesAreNotMistakenForGzip(bytes: [UInt8]) throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(bytes, to: "plain.csv.gz")
        let source = try ByteSources.open(path: path)
        #expect(source is FileByteSource)
        #expect(try readAll(source, bufferSize: 1) == bytes)
    }

    @Test func missingFileIsAnIOError() throws {
        let dir = try TemporaryDirectory()
        let error = #expect(throws: GoldenError.self) { _ = try ByteSources.open(path: dir.file("missing.gz")) }
        #expect(error?.code == .io)
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "zip"),
        ([0x28, 0xB5, 0x2F, 0xFD, 0x00], "zstd"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00], "xz"),
        ([0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59, 0x00], "bzip2"),
    ] as [([UInt8], String)])
    func otherCompressionFormatsAreRefused(magic: [UInt8], format: String) throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(magic, to: "feed.csv")
        let error = #expect(throws: GoldenError.self) { _ = try ByteSources.open(path: path) }
        #expect(error?.code == .compression)
        #expect(error?.message.hasPrefix("\(format) compressed input is not supported") == true)
    }

    @Test(arguments: [false, true])
    func createdSinksReadBack(gzip: Bool) throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("out")
        let sink = try ByteSources.create(path: path, gzip: gzip)
        try sink.write("golden,")
        try sink.write([0x72, 0x65, 0x63, 0x6F, 0x72, 0x64])
        try sink.close()
        #expect((try dir.contents(of: "out").starts(with: [0x1F, 0x8B])) == gzip)
        #expect(try readAll(ByteSources.open(path: path)) == Array("golden,record".utf8))
    }
}
