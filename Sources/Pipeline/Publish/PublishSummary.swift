import Publish

/// What the Publish stage did in a run: the `publish` object of the run's JSON summary.
public struct PublishSummary: Codable, Sendable {
    /// `published`, or `unchanged` when nothing changed since the last publish and every target
    /// was in step (nothing was written anywhere).
    public var status = "unchanged"
    /// The publish's sequence (it names the feed file); `nil` when nothing was published.
    public var publish: Int64?
    /// The changes since the last publish, by kind.
    public var changes = ChangeCounts()
    /// The change feed file written, relative to the workspace as configured; `nil` when none.
    public var feed: String?
    /// The latest engaged day's actions file written beside the feed, and how many actions it holds.
    public var actions: String?
    public var actionCount = 0
    public var postgres: [PostgresPublishResult] = []
    public var files: [FilesPublishResult] = []
    public var seconds: Double = 0

    public init() {}

    /// A few lines for the terminal.
    public var text: String {
        let actionsLine = actions.map { "  engagement actions \(actionCount): \($0)" }
        guard status == "published", let publish else {
            return (["publish: nothing changed since the last publish"] + (actionsLine.map { [$0] } ?? [])).joined(separator: "\n")
        }
        var lines = ["publish \(publish): \(changes.text)" + (feed.map { ", feed \($0)" } ?? "")]
        if let actionsLine { lines.append(actionsLine) }
        lines += postgres.map { "  " + $0.text }
        lines += files.map { "  " + $0.text }
        return lines.joined(separator: "\n")
    }
}

/// What one publish wrote to one files target.
public struct FilesPublishResult: Codable, Sendable {
    public var target: String
    public var directory: String
    /// Rows written, per file name.
    public var files: [String: Int] = [:]

    /// `files (publish/files): golden.csv 120, xref.csv 406`.
    public var text: String {
        "\(target) (\(directory)): " + files.keys.sorted().map { "\($0) \(files[$0] ?? 0)" }.joined(separator: ", ")
    }
}
