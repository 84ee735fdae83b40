import Foundation
import GoldenCore
import Pipeline

/// A throwaway copy of a fixture workspace, removed when the test ends.
final class TempWorkspace {
    let path: String

    /// The repository's `Fixtures/` folder.
    static let fixtures: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures").path
    }()

    /// A copy of `Fixtures/<name>` (without any store in it), or an empty template workspace when nil.
    init(copying name: String? = nil) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)").path
        if let name {
            try FileManager.default.copyItem(atPath: Self.fixtures + "/" + name, toPath: path)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where file.hasPrefix("golden.sqlite") {
                try FileManager.default.removeItem(atPath: path + "/" + file)
            }
        } else {
            try WorkspaceTemplate.write(to: path)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var config: String { path + "/golden.yml" }

    /// Copies a file from `Fixtures/` into the workspace at `relative`.
    func add(fixture: String, as relative: String) throws {
        let target = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures + "/" + fixture, toPath: target)
    }

    func write(_ text: String, to relative: String) throws {
        let target = path + "/" + relative
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
    }

    func run() throws -> RunSummary {
        try Runner(configPath: config, progress: .silent).run(command: "run")
    }
}
