import ArgumentParser
import Foundation
import Pipeline
import Steward

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scaffold a workspace: a commented golden.yml and example Mappings/.")

    @Argument(help: "The workspace folder (created if missing).")
    var directory = "."

    @Flag(help: "Overwrite existing files.")
    var force = false

    func run() throws {
        let written = try guarded { try WorkspaceTemplate.write(to: directory, force: force) }
        for path in written { print("wrote \(directory)/\(path)") }
        // The steward workbench's access token (`golden serve`), readable by its owner only.
        if try guarded({ try AccessToken.create(in: directory) }) { print("wrote \(directory)/\(AccessToken.fileName) (mode 0600)") }
        if ignore(AccessToken.fileName) { print("added \(AccessToken.fileName) to \(directory)/.gitignore") }
        print("next: put feed files under \(directory)/feeds/ (or run 'golden fixtures generate --out \(directory)'), then 'golden run --config \(directory)/golden.yml'")
    }

    /// Adds `name` to the workspace's `.gitignore` (made when missing) unless it is listed.
    private func ignore(_ name: String) -> Bool {
        let path = directory + "/.gitignore"
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard !existing.split(whereSeparator: \.isNewline).contains(where: { $0.trimmingCharacters(in: .whitespaces) == name }) else {
            return false
        }
        let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + name + "\n"
        return (try? text.write(toFile: path, atomically: true, encoding: .utf8)) != nil
    }
}
