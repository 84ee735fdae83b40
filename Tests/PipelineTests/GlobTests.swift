import Foundation
import Testing

@testable import Pipeline

@Suite struct GlobTests {
    @Test(arguments: [
        ("feeds/pos/*.csv", "feeds/pos/a.csv", true), ("feeds/pos/*.csv", "feeds/pos/a.csv.gz", false),
        ("feeds/pos/*.csv*", "feeds/pos/a.csv.gz", true), ("feeds/**/*.xml", "feeds/a/b/c.xml", true),
        ("feeds/**/*.xml", "feeds/c.xml", true), ("feeds/p?s/*", "feeds/pos/x", true),
        ("feeds/[pq]os/*", "feeds/qos/x", true), ("feeds/[!p]os/*", "feeds/pos/x", false),
        ("feeds/[a-c]*", "feeds/b1", true), ("*.csv", "dir/a.csv", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }

    @Test func walksDirectories() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("glob-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        for path in ["feeds/pos/b.csv", "feeds/pos/a.csv", "feeds/pos/old/c.csv", "feeds/x.txt", "feeds/pos/.hidden.csv"] {
            let full = base + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data())
        }
        #expect(Glob("feeds/pos/*.csv").files(in: base) == ["feeds/pos/a.csv", "feeds/pos/b.csv"])
        #expect(Glob("feeds/**/*.csv").files(in: base) == ["feeds/pos/a.csv", "feeds/pos/b.csv", "feeds/pos/old/c.csv"])
        #expect(Glob("nothing/*").files(in: base).isEmpty)
    }
}
