import Engage
import Foundation
import GoldenCore
import Ingest
import Match
import Merge
import Publish
import Quality

/// A workspace's `golden.yml`, checked, with every mapping file loaded.
public struct WorkspaceConfig: Sendable {
    /// One configured feed.
    public struct Source: Sendable {
        public var name: String
        public var kind: SourceKind
        public var mappingPath: String
        public var mapping: Mapping
        /// Globs relative to the workspace directory.
        public var files: [String]
    }

    /// Ingest settings.
    public struct IngestSettings: Sendable {
        public var batchSize = 5000
        public var maxFieldBytes = 1 << 20
        /// Share of the rows read in a run that may be quarantined before the run exits with code 3.
        public var quarantineLimit = 0.05
    }

    /// The path of `golden.yml`.
    public var configPath: String
    /// The folder holding `golden.yml`; relative paths are resolved against it.
    public var directory: String
    public var storePath: String
    public var sources: [Source]
    public var ingest = IngestSettings()
    /// The match file's path as written (`match:` in golden.yml, else `Mappings/match.yml` when it
    /// exists); `nil` when the workspace uses the shipped defaults.
    public var matchPath: String?
    /// Blocking, comparisons, thresholds and training for the Match stage.
    public var match = MatchSettings.defaults
    /// The survivorship file's path as written (`survivorship:` in golden.yml, else
    /// `Mappings/survivorship.yml` when it exists); `nil` when the workspace uses the shipped defaults.
    public var survivorshipPath: String?
    /// Trust ranking and per-attribute rules of the Merge stage.
    public var survivorship = SurvivorshipSettings.defaults
    /// The quality file's path as written (`quality:` in golden.yml, else `Mappings/quality.yml`
    /// when it exists); `nil` when the workspace uses the shipped defaults.
    public var qualityPath: String?
    /// Freshness policies and data-quality checks of the Quality stage.
    public var quality = QualitySettings.defaults
    /// The publish file's path as written (`publish:` in golden.yml, else `Mappings/publish.yml`
    /// when it exists); `nil` when the workspace publishes nowhere.
    public var publishPath: String?
    /// The change feed and the targets of `golden publish`; `nil` without a publish file.
    public var publish: PublishSettings?
    /// The engagement rules file's path as written (`engage:` in golden.yml, else
    /// `Mappings/engage.yml` when it exists); `nil` when the workspace does not engage.
    public var engagePath: String?
    /// The engagement rules, calendar and offer bank paths; `nil` without an engage file.
    public var engage: EngageConfig?

    /// Loads and checks `golden.yml` and the mapping files it names.
    public static func load(path: String) throws(GoldenError) -> WorkspaceConfig {
        let text = try ConfigNode.readText(
            path: path, displayPath: path, what: "workspace configuration",
            hint: " (run 'golden init' to create one)")
        let directory = (path as NSString).deletingLastPathComponent
        return try parse(yaml: text, path: path, directory: directory.isEmpty ? "." : directory)
    }

    /// Parses `golden.yml` text; mapping files are read relative to `directory`.
    public static func parse(yaml: String, path: String, directory: String) throws(GoldenError) -> WorkspaceConfig {
        let root = try ConfigNode.parse(yaml: yaml, file: path)
        try root.rejectUnknownKeys(["store", "sources", "ingest", "match", "survivorship", "quality", "publish", "engage"])
        let store = try root.optional("store")?.string() ?? "golden.sqlite"
        var config = WorkspaceConfig(
            configPath: path, directory: directory, storePath: resolve(store, in: directory), sources: [])
        let sourcesNode = try root.required("sources")
        var names = Set<String>()
        for item in try sourcesNode.list() {
            try item.rejectUnknownKeys(["name", "kind", "mapping", "files"])
            let nameNode = try item.required("name")
            let name = try nameNode.string()
            guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 })
            else { throw nameNode.error("source names use only a-z, 0-9 and _") }
            guard names.insert(name).inserted else { throw nameNode.error("source '\(name)' is defined twice") }
            let kind = try item.required("kind").choice(SourceKind.self)
            let mappingNode = try item.required("mapping")
            let mappingPath = try mappingNode.string()
            let fullMappingPath = resolve(mappingPath, in: directory)
            guard FileManager.default.fileExists(atPath: fullMappingPath) else {
                throw mappingNode.error("mapping file '\(mappingPath)' does not exist")
            }
            let mapping = try Mapping.load(path: fullMappingPath, displayPath: mappingPath)
            let filesNode = try item.required("files")
            let files = try filesNode.stringList()
            guard !files.isEmpty else { throw filesNode.error("'files' names no glob") }
            config.sources.append(
                Source(name: name, kind: kind, mappingPath: mappingPath, mapping: mapping, files: files))
        }
        guard !config.sources.isEmpty else { throw sourcesNode.error("no sources configured") }
        // Event subjects must name configured sources that carry records.
        for source in config.sources {
            for event in source.mapping.events {
                guard let subject = event.subject?.source else { continue }
                guard let target = config.sources.first(where: { $0.name == subject }), target.mapping.record != nil
                else {
                    throw GoldenError(
                        .config, "event subject source '\(subject)' is not a configured source with records",
                        at: SourceLocation(file: source.mappingPath, key: "\(event.keyPath).subject.source"))
                }
            }
        }
        if let ingest = try root.optional("ingest") {
            try ingest.rejectUnknownKeys(["batch_size", "max_field_bytes", "quarantine_limit"])
            if let value = try ingest.optional("batch_size") { config.ingest.batchSize = try value.int(in: 1...1_000_000) }
            if let value = try ingest.optional("max_field_bytes") {
                config.ingest.maxFieldBytes = try value.int(in: 1024...(1 << 30))
            }
            if let value = try ingest.optional("quarantine_limit") {
                let limit = try value.double()
                guard (0...1).contains(limit) else { throw value.error("must be a share between 0 and 1") }
                config.ingest.quarantineLimit = limit
            }
        }
        config.matchPath = try optionalFile(root, "match", default: defaultMatchPath, what: "match file", in: directory)
        if let path = config.matchPath {
            config.match = try MatchConfig.load(path: resolve(path, in: directory), displayPath: path)
        }
        config.survivorshipPath = try optionalFile(
            root, "survivorship", default: defaultSurvivorshipPath, what: "survivorship file", in: directory)
        if let path = config.survivorshipPath {
            config.survivorship = try SurvivorshipConfig.load(
                path: resolve(path, in: directory), displayPath: path, sources: config.sources.map(\.name))
        }
        config.qualityPath = try optionalFile(root, "quality", default: defaultQualityPath, what: "quality file", in: directory)
        if let path = config.qualityPath {
            config.quality = try QualityConfig.load(
                path: resolve(path, in: directory), displayPath: path, sources: config.sources.map(\.name))
        }
        config.publishPath = try optionalFile(root, "publish", default: defaultPublishPath, what: "publish file", in: directory)
        if let path = config.publishPath {
            config.publish = try PublishConfig.load(path: resolve(path, in: directory), displayPath: path)
        }
        config.engagePath = try optionalFile(root, "engage", default: defaultEngagePath, what: "engagement rules file", in: directory)
        if let path = config.engagePath {
            let engage = try EngageConfig.load(
                path: resolve(path, in: directory), displayPath: path, signals: Set(SignalRegistry.standard.names))
            for (key, file) in [("calendar", engage.calendarPath), ("offers", engage.offersPath)] {
                guard let file, !FileManager.default.fileExists(atPath: resolve(file, in: directory)) else { continue }
                throw GoldenError(.config, "\(key) file '\(file)' does not exist", at: SourceLocation(file: path, key: key))
            }
            config.engage = engage
        }
        return config
    }

    /// Where a workspace's engagement rules are looked for when golden.yml names none.
    public static let defaultEngagePath = "Mappings/engage.yml"
    /// Where a workspace's publish file is looked for when golden.yml names none.
    public static let defaultPublishPath = "Mappings/publish.yml"
    /// Where a workspace's match file is looked for when golden.yml names none.
    public static let defaultMatchPath = "Mappings/match.yml"
    /// Where a workspace's survivorship file is looked for when golden.yml names none.
    public static let defaultSurvivorshipPath = "Mappings/survivorship.yml"
    /// Where a workspace's quality file is looked for when golden.yml names none.
    public static let defaultQualityPath = "Mappings/quality.yml"

    /// Each source's kind, by name: what ``Survivorship`` needs for rankings that name kinds.
    public var sourceKinds: [String: SourceKind] {
        Dictionary(sources.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    /// The file named at `key` (which must exist), else `defaultPath` when it exists, else `nil`.
    private static func optionalFile(
        _ root: ConfigNode, _ key: String, default defaultPath: String, what: String, in directory: String
    ) throws(GoldenError) -> String? {
        if let node = try root.optional(key) {
            let path = try node.string()
            guard FileManager.default.fileExists(atPath: resolve(path, in: directory)) else {
                throw node.error("\(what) '\(path)' does not exist")
            }
            return path
        }
        return FileManager.default.fileExists(atPath: resolve(defaultPath, in: directory)) ? defaultPath : nil
    }

    /// `path` made absolute against `directory` unless it already is.
    public static func resolve(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
    }
}
