import GoldenCore
import Ingest
import Publish

/// Reads `Mappings/publish.yml`: the change feed and the targets `golden publish` sends the
/// golden records to. Errors name the file, line and key.
///
/// ```yaml
/// feed: { directory: publish/feed, gzip: false }
/// targets:
///   - { name: files, kind: files, directory: publish/files, format: csv, gzip: true }
///   - { name: warehouse, kind: postgres, url_env: GOLDEN_PG_URL, schema: golden }
/// ```
public enum PublishConfig {
    /// Loads and checks a publish file.
    public static func load(path: String, displayPath: String) throws(GoldenError) -> PublishSettings {
        let text = try ConfigNode.readText(path: path, displayPath: displayPath, what: "publish file")
        return try parse(yaml: text, file: displayPath)
    }

    /// Parses publish-file text. Without a `feed:` section the feed goes to `publish/feed`;
    /// `feed: false` writes none.
    public static func parse(yaml: String, file: String) throws(GoldenError) -> PublishSettings {
        let root = try ConfigNode.parse(yaml: yaml, file: file)
        try root.rejectUnknownKeys(["feed", "targets"])
        var settings = PublishSettings(feed: FeedSettings(directory: defaultFeedDirectory))
        if let node = try root.optional("feed") {
            if node.isScalar {
                guard try node.bool() == false else { throw node.error("write `feed: false` or a mapping with directory:") }
                settings.feed = nil
            } else {
                try node.rejectUnknownKeys(["directory", "gzip"])
                settings.feed = FeedSettings(
                    directory: try node.optional("directory")?.path() ?? defaultFeedDirectory,
                    gzip: try node.optional("gzip")?.bool() ?? false)
            }
        }
        var names = Set<String>()
        for item in try root.optional("targets")?.list() ?? [] {
            let nameNode = try item.required("name")
            let name = try nameNode.string()
            guard !name.isEmpty, name.utf8.allSatisfy(isNameByte) else {
                throw nameNode.error("target names use only a-z, 0-9, _ and -")
            }
            guard names.insert(name).inserted else { throw nameNode.error("target '\(name)' is defined twice") }
            switch try item.required("kind").choice(TargetKind.self) {
            case .files: settings.targets.append(.files(try readFiles(item, name: name)))
            case .postgres: settings.targets.append(.postgres(try readPostgres(item, name: name)))
            }
        }
        guard settings.feed != nil || !settings.targets.isEmpty else {
            throw root.error("nothing to publish: no targets, and the feed is off")
        }
        return settings
    }

    /// Where the change feed goes when the file does not say.
    public static let defaultFeedDirectory = "publish/feed"

    private enum TargetKind: String, CaseIterable { case files, postgres }

    private static func readFiles(_ node: ConfigNode, name: String) throws(GoldenError) -> FileTargetSettings {
        try node.rejectUnknownKeys(["name", "kind", "directory", "format", "gzip", "gzip_level", "tables"])
        var target = FileTargetSettings(name: name, directory: try node.required("directory").path())
        if let value = try node.optional("format") { target.format = try value.choice(PublishFormat.self) }
        if let value = try node.optional("gzip") { target.gzip = try value.bool() }
        if let value = try node.optional("gzip_level") {
            let level = try value.int(in: 1...9)
            guard target.gzip else { throw value.error("gzip_level needs gzip: true") }
            target.gzipLevel = level
        }
        if let value = try node.optional("tables") {
            var tables: [PublishTable] = []
            for item in try value.list() {
                let table = try item.choice(PublishTable.self)
                guard !tables.contains(table) else { throw item.error("table '\(table.rawValue)' is listed twice") }
                tables.append(table)
            }
            guard !tables.isEmpty else { throw value.error("no tables listed") }
            target.tables = tables
        }
        return target
    }

    private static func readPostgres(_ node: ConfigNode, name: String) throws(GoldenError) -> PostgresTargetSettings {
        try node.rejectUnknownKeys(["name", "kind", "url", "url_env", "schema", "batch_size"])
        var target = PostgresTargetSettings(name: name)
        let url = try node.optional("url"), urlEnv = try node.optional("url_env")
        if let url, urlEnv != nil { throw url.error("give url or url_env, not both") }
        if let url {
            let text = try url.string()
            // Checked now, so that a typo fails before any stage runs; the error never repeats
            // the URL (it may hold a password).
            do { _ = try PostgresEndpoint(url: text) } catch { throw url.error(error.message) }
            target.connection = .url(text)
        } else if let urlEnv {
            let variable = try urlEnv.string()
            guard let first = variable.utf8.first, !(48...57).contains(first),
                variable.utf8.allSatisfy({ isIdentifierByte($0) || ($0 >= 65 && $0 <= 90) })
            else { throw urlEnv.error("not an environment variable name (A-Z, a-z, 0-9, _)") }
            target.connection = .environment(variable)
        }
        if let value = try node.optional("schema") {
            let schema = try value.string()
            guard let first = schema.utf8.first, !(48...57).contains(first), schema.utf8.count <= 63,
                schema.utf8.allSatisfy(isIdentifierByte)
            else { throw value.error("schema names use only a-z, 0-9 and _ (not first), at most 63 bytes") }
            target.schema = schema
        }
        if let value = try node.optional("batch_size") { target.batchSize = try value.int(in: 1...100_000) }
        return target
    }

    /// a-z, 0-9 and `_`.
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95
    }

    /// a-z, 0-9, `_` and `-`.
    private static func isNameByte(_ byte: UInt8) -> Bool { isIdentifierByte(byte) || byte == 45 }
}

extension ConfigNode {
    /// A non-empty path.
    fileprivate func path() throws(GoldenError) -> String {
        let text = try string()
        guard !text.isEmpty else { throw error("an empty path") }
        return text
    }
}
