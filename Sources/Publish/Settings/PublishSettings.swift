/// Where `golden publish` sends the golden records: the targets of `Mappings/publish.yml` and the
/// change feed. A value read and checked by the Pipeline's `PublishConfig`.
///
/// ```swift
/// var settings = PublishSettings()
/// settings.feed = FeedSettings(directory: "publish/feed")
/// settings.targets.append(.files(FileTargetSettings(name: "files", directory: "publish/files")))
/// settings.targets.append(.postgres(PostgresTargetSettings(name: "warehouse")))
/// ```
public struct PublishSettings: Hashable, Sendable {
    /// Where each publish writes its change feed file; `nil` writes none.
    public var feed: Optional<FeedSettings>
    /// The targets, in the order they are published to.
    public var targets: [PublishTarget] = []

    public init(feed: FeedSettings? = nil, targets: [PublishTarget] = []) {
        self.feed = feed
        self.targets = targets
    }
}

/// One configured target.
public enum PublishTarget: Hashable, Sendable {
    /// Snapshot files of the golden records, the xref and the redirects.
    case files(FileTargetSettings)
    /// Tables in a PostgreSQL schema, upserted with what changed.
    case postgres(PostgresTargetSettings)

    /// The target's name, unique in the file.
    public var name: String {
        switch self {
        case .files(let settings): settings.name
        case .postgres(let settings): settings.name
        }
    }
}

/// The format of published files.
public enum PublishFormat: String, Hashable, Sendable, CaseIterable {
    case csv, jsonl
}

/// The tables a publish can write.
public enum PublishTable: String, Hashable, Sendable, CaseIterable {
    /// One row per active golden record.
    case golden
    /// `source, record_key, golden_id`: one row per source record with a golden record.
    case xref
    /// `retired_id, survivor_id, reason`: one row per retired id that resolves to another.
    case redirects
}

/// The change feed: one JSON-lines file per publish, `changes-000042.jsonl`, named with the
/// publish's sequence.
public struct FeedSettings: Hashable, Sendable {
    /// The folder, relative to the workspace unless absolute.
    public var directory: String
    public var gzip: Bool

    public init(directory: String, gzip: Bool = false) {
        self.directory = directory
        self.gzip = gzip
    }

    /// The file name of publish `sequence`'s feed.
    public func fileName(publish sequence: Int64) -> String {
        var digits = String(sequence)
        if digits.count < 6 { digits = String(repeating: "0", count: 6 - digits.count) + digits }
        return "changes-\(digits).jsonl" + (gzip ? ".gz" : "")
    }
}

/// A files target: each listed table as `golden.csv`, `xref.jsonl.gz`, … in one folder, rewritten
/// whole by every publish that changed something.
public struct FileTargetSettings: Hashable, Sendable {
    public var name: String
    /// The folder, relative to the workspace unless absolute.
    public var directory: String
    public var format: PublishFormat
    public var gzip: Bool
    /// zlib's level when gzipped: 1 (fastest, the default) to 9 (smallest). The files are
    /// written whole on every publish, so speed comes first: level 1 takes well under half the
    /// time of zlib's default 6 for files about a fifth larger.
    public var gzipLevel: Int
    public var tables: [PublishTable]

    /// The level a files target gzips at unless its settings say otherwise.
    public static let defaultGzipLevel = 1

    public init(
        name: String, directory: String, format: PublishFormat = .csv, gzip: Bool = false,
        gzipLevel: Int = FileTargetSettings.defaultGzipLevel, tables: [PublishTable] = PublishTable.allCases
    ) {
        self.name = name
        self.directory = directory
        self.format = format
        self.gzip = gzip
        self.gzipLevel = gzipLevel
        self.tables = tables
    }

    /// The file name of `table`: `golden.csv`, `xref.jsonl.gz`, ….
    public func fileName(_ table: PublishTable) -> String {
        table.rawValue + "." + format.rawValue + (gzip ? ".gz" : "")
    }
}

/// A PostgreSQL target: the tables `golden_records`, `golden_xref`, `golden_redirects` and
/// `golden_publishes` in one schema, created when missing.
public struct PostgresTargetSettings: Hashable, Sendable {
    public var name: String
    /// Where the connection comes from (a URL in the file, or the environment).
    public var connection: PostgresConnectionSource
    /// The schema the tables live in.
    public var schema: String
    /// Rows sent per statement.
    public var batchSize: Int

    public init(
        name: String, connection: PostgresConnectionSource = .environment(nil), schema: String = "golden",
        batchSize: Int = 1000
    ) {
        self.name = name
        self.connection = connection
        self.schema = schema
        self.batchSize = batchSize
    }
}

/// Where a PostgreSQL target's connection comes from.
public enum PostgresConnectionSource: Hashable, Sendable {
    /// A `postgres://` URL written in the configuration file.
    case url(String)
    /// A URL in the named environment variable; `nil` for `GOLDEN_PG_URL`, falling back to the
    /// libpq variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`).
    case environment(String?)
}
