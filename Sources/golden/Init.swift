import ArgumentParser
import Pipeline

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
        print("next: put feed files under \(directory)/feeds/ (or run 'golden fixtures generate --out \(directory)'), then 'golden run --config \(directory)/golden.yml'")
    }
}
