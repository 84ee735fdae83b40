import Foundation
import GoldenCore
import GoldenIO
@testable import Generator

/// A generation run in a throwaway directory, with helpers to read back what it wrote.
struct GeneratedFeeds: Sendable {
    let root: URL
    let summary: GenerationSummary
    let population: Population

    /// The 2,000-customer sample most tests share (generated once per test process).
    static let sample = try! GeneratedFeeds(customers: 2_000, seed: 20_260_630)

    /// Generates into `root`, or a new temporary directory.
    init(customers: Int, seed: UInt64, options: FeedGenerator.Options = .init(), root: URL? = nil) throws {
        self.root = root ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("golden-generator-\(UUID().uuidString)")
        summary = try FeedGenerator.generate(
            customers: customers, seed: seed, outputDirectory: self.root.path, options: options)
        population = Population(customers: customers, seed: seed, options: options)
    }

    /// Deletes the output directory.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// The raw bytes of a written file.
    func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }

    /// The bytes of a written file, decompressed when it is gzip.
    func text(_ relativePath: String) throws -> [UInt8] {
        let raw = try bytes(relativePath)
        return relativePath.hasSuffix(".gz") ? try gunzip(raw) : raw
    }

    /// Files whose path starts with `prefix`, in part order.
    func files(_ prefix: String) -> [String] {
        summary.files.filter { $0.hasPrefix(prefix) }
    }

    /// The rows of every part of a CSV feed, header rows removed.
    func csvRows(_ prefix: String, delimiter: UInt8) throws -> [[String]] {
        var rows: [[String]] = []
        for file in files(prefix) {
            let parsed = parseCSV(try text(file), delimiter: delimiter)
            rows += parsed.dropFirst()
        }
        return rows
    }

    /// `truth.csv` as (source, key, entity) rows.
    func truth() throws -> [(source: String, key: String, entity: String)] {
        try parseCSV(text("truth.csv"), delimiter: UInt8(ascii: ",")).dropFirst().map { ($0[0], $0[1], $0[2]) }
    }

    /// The customer behind an entity id `P0000042`.
    func person(_ entity: String) -> Person {
        population.person(at: Int(entity.dropFirst())! - 1)
    }
}

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). Windows-1252 bytes are
/// decoded as Latin-1 plus its specials closely enough for these tests (ASCII is unchanged).
func parseCSV(_ bytes: [UInt8], delimiter: UInt8, windows1252: Bool = false) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var index = 0
    func decode(_ field: [UInt8]) -> String {
        windows1252 ? String(field.map { Character(Unicode.Scalar($0)) }) : String(decoding: field, as: UTF8.self)
    }
    while index < bytes.count {
        let byte = bytes[index]
        if quoted {
            if byte == UInt8(ascii: "\"") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                    field.append(byte)
                    index += 1
                } else {
                    quoted = false
                }
            } else {
                field.append(byte)
            }
        } else if byte == UInt8(ascii: "\"") {
            quoted = true
        } else if byte == delimiter {
            row.append(decode(field))
            field = []
        } else if byte == 0x0D || byte == 0x0A {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            row.append(decode(field))
            rows.append(row)
            row = []
            field = []
        } else {
            field.append(byte)
        }
        index += 1
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(decode(field))
        rows.append(row)
    }
    return rows
}

/// Inflates a gzip stream (all members), through GoldenIO's reader.
func gunzip(_ compressed: [UInt8]) throws -> [UInt8] {
    let source = try GzipByteSource(wrapping: MemoryByteSource(compressed), file: "<gzip>")
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
        if count == 0 { return output }
        output += chunk[0..<count]
    }
}
