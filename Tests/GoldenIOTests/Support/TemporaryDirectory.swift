import Foundation
import GoldenCore
import GoldenIO

/// A fresh directory for one test, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "golden-io-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The path of `name` inside the directory.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to `name` and returns its path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let target = file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// The bytes of the file `name`.
    func contents(of name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: file(name))))
    }

    /// `bytes` gzipped by ``GzipWriter`` at `level`.
    func gzipped(_ bytes: [UInt8], level: Int = GzipWriter.defaultLevel) throws -> [UInt8] {
        let name = "gz-\(UUID().uuidString)"
        let writer = try GzipWriter(path: file(name), level: level)
        try writer.write(bytes)
        try writer.close()
        return try contents(of: name)
    }
}

/// Everything `source` delivers, read `bufferSize` bytes at a time.
func readAll(_ source: any ByteSource, bufferSize: Int = 64 * 1024) throws -> [UInt8] {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: bufferSize)
    while true {
        let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        if n == 0 { return result }
        result += buffer[0..<n]
    }
}

/// Deterministic test bytes: text-like (compressible) or noise (incompressible).
func sampleBytes(count: Int, compressible: Bool = true, seed: UInt64 = 42) -> [UInt8] {
    var state = seed
    return (0..<count).map { index in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        if compressible { return UInt8(truncatingIfNeeded: 0x61 + (index / 7 + Int(state >> 61)) % 26) }
        return UInt8(truncatingIfNeeded: state >> 56)
    }
}
