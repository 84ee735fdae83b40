import GRDB
import GoldenCore

/// The Golden store: one SQLite file that holds run history, ingest batches, source records,
/// events and quarantined rows (later stages add their own tables).
///
/// A store on disk is a GRDB `DatabasePool` in WAL mode: readers see a consistent snapshot while
/// one writer writes. Opening a store runs the migrations it lacks (see `StoreMigrator`), so a
/// store written by an older build is brought up to date, and opening it again changes nothing.
///
/// Every method throws ``GoldenError`` with code ``GoldenError/Code/store``; its message and its
/// cause name tables, columns and SQL, never the values of a row (statement arguments stay
/// hidden, as GRDB does by default).
///
/// Methods that take a closure (`forEach…`) call it while a read is open: the closure must not
/// call back into the same store.
public final class GoldenStore: Sendable {
    /// The GRDB connection(s): a pool for a file, a queue for an in-memory store.
    let writer: any DatabaseWriter

    /// Opens the store at `path`, creating the file when it does not exist, and migrates it.
    ///
    /// The parent directory must exist.
    public init(path: String) throws(GoldenError) {
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw GoldenError.store("Could not open the store at \(path)", error)
        }
        try migrate()
    }

    /// A store that lives in memory and disappears with the value: for tests and dry runs.
    public static func inMemory() throws(GoldenError) -> GoldenStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw GoldenError.store("Could not open an in-memory store", error)
        }
        return try GoldenStore(writer: queue)
    }

    private init(writer: some DatabaseWriter) throws(GoldenError) {
        self.writer = writer
        try migrate()
    }

    private func migrate() throws(GoldenError) {
        do {
            try StoreMigrator.migrator.migrate(writer)
            // A bulk load that stopped before its end left its deferred indexes dropped.
            if try !writer.read(Self.missingDeferredIndexes).isEmpty {
                try writer.writeWithoutTransaction(Self.buildDeferredIndexes)
            }
        } catch {
            throw GoldenError.store("Could not migrate the store", error)
        }
    }

    /// The names of the migrations applied to this store, in the order they ran.
    public func appliedMigrations() throws(GoldenError) -> [String] {
        try readSnapshot("Could not read the store's migrations") { db in
            let applied = try StoreMigrator.migrator.appliedIdentifiers(db)
            return StoreMigrator.migrationNames.filter(applied.contains)
        }
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "GoldenStore"
        configuration.foreignKeysEnabled = true
        // Statement arguments are personal data: keep them out of error descriptions.
        configuration.publicStatementArguments = false
        // Another golden process (e.g. `golden serve`) may hold the write lock for a moment.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Takes effect only when the file is created (before GRDB turns WAL on); bulk ingest
            // ran 10-30% faster with 16 KiB pages than with 4 KiB ones.
            try db.execute(sql: "PRAGMA page_size = 16384")
            // With WAL, NORMAL loses no committed transaction on a process crash, only on power loss.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // 64 MiB of page cache per connection, allocated as used.
            try db.execute(sql: "PRAGMA cache_size = -65536")
            // Checkpoint every 64 MiB of WAL rather than every 4 MiB: chunked ingest dirties many
            // pages per commit, and frequent checkpoints rewrite them again and again.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 4096")
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
        return configuration
    }

    // MARK: Access

    /// Runs `body` in a write transaction; wraps any failure as a store error.
    func writeTransaction<T>(
        _ failure: @autoclosure () -> String, _ body: (Database) throws -> T
    ) throws(GoldenError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw GoldenError.store(failure(), error)
        }
    }

    /// Runs `body` with a read-only snapshot; wraps any failure as a store error.
    func readSnapshot<T>(
        _ failure: @autoclosure () -> String, _ body: (Database) throws -> T
    ) throws(GoldenError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw GoldenError.store(failure(), error)
        }
    }

    /// Runs `body` with a read-only snapshot; rethrows errors of the caller's closure unchanged and
    /// wraps the store's own failures.
    func readStreaming(_ failure: @autoclosure () -> String, _ body: (Database) throws -> Void) throws {
        do {
            try writer.read(body)
        } catch let error as CallerError {
            throw error.underlying
        } catch {
            throw GoldenError.store(failure(), error)
        }
    }
}

/// An error thrown by a caller's closure inside a store read, carried out unchanged.
struct CallerError: Error {
    var underlying: any Error

    /// Calls `body`, marking what it throws as the caller's.
    static func passing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw CallerError(underlying: error) }
    }
}
