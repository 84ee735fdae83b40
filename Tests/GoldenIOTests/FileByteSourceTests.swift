import GoldenCore
import GoldenIO
import Testing

@Suite struct FileByteSourceTests {
    @Test(arguments: [1, 7, 4096, 65_536, 1 << 20])
    func readsTheWholeFileWithAnyBufferSize(bufferSize: Int) throws {
        let dir = try TemporaryDirectory()
        let bytes = sampleBytes(count: 200_003, compressible: false)
        let source = try FileByteSource(path: dir.write(bytes, to: "data.bin"))
        #expect(try readAll(source, bufferSize: bufferSize) == bytes)
    }

    @Test func emptyFileEndsAtOnce() throws {
        let dir = try TemporaryDirectory()
        let source = try FileByteSource(path: dir.write([], to: "empty"))
        #expect(try readAll(source).isEmpty)
        #expect(try source.peek(upTo: 4).isEmpty)
    }

    @Test func peekDoesNotConsume() throws {
        let dir = try TemporaryDirectory()
        let bytes = Array("name,email\nAda,ada@example.org\n".utf8)
        let source = try FileByteSource(path: dir.write(bytes, to: "peek.csv"))
        #expect(try source.peek(upTo: 4) == Array("name".utf8))
        var first = [UInt8](repeating: 0, count: 2)
        _ = try first.withUnsafeMutableBytes { try source.read(into: $0) }
        #expect(first == Array("na".utf8))
        #expect(try source.peek(upTo: 3) == Array("me,".utf8))
        #expect(try readAll(source, bufferSize: 3) == Array(bytes[2...]))
    }

    @Test func missingFileIsAClearIOError() throws {
        let dir = try TemporaryDirectory()
        let path = dir.file("no-such-file.csv")
        let error = #expect(throws: GoldenError.self) { _ = try FileByteSource(path: path) }
        #expect(error?.code == .io)
        #expect(error?.location?.file == path)
        #expect(error?.message == "cannot open for reading: No such file or directory")
    }

    @Test func directoryIsRefused() throws {
        let dir = try TemporaryDirectory()
        let error = #expect(throws: GoldenError.self) { _ = try FileByteSource(path: dir.path) }
        #expect(error?.code == .io)
        #expect(error?.message.contains("Is a directory") == true)
    }

    @Test func closedSourceReadsAsEnded() throws {
        let dir = try TemporaryDirectory()
        let source = try FileByteSource(path: dir.write([1, 2, 3], to: "x"))
        source.close()
        source.close()
        #expect(try readAll(source).isEmpty)
    }
}
