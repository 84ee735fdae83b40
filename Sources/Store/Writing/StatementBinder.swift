import GRDB
import GRDBSQLite

/// Binds values to one of GRDB's prepared statements through the SQLite C API, and executes it.
///
/// This is the ingest hot path: it skips GRDB's `StatementArguments` (an array of boxed values
/// per row) and binds strings straight from their UTF-8 storage. Every parameter must be bound
/// before each ``execute()``; ``clear()`` drops the bindings when the statement is done with.
struct StatementBinder {
    let statement: Statement
    let handle: SQLiteStatement
    let connection: SQLiteConnection?

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        sqlite3_reset(handle)
    }

    /// Binds `text` (copied by SQLite) to the 1-based parameter `index`.
    @inline(__always)
    func bind(_ text: String, at index: Int32) {
        var text = text
        text.withUTF8 { bind(utf8: $0, at: index) }
    }

    @inline(__always)
    func bind(_ text: String?, at index: Int32) {
        if let text { bind(text, at: index) } else { sqlite3_bind_null(handle, index) }
    }

    /// Binds UTF-8 bytes (copied by SQLite) as text.
    @inline(__always)
    func bind(utf8 bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
        if let base = bytes.baseAddress, !bytes.isEmpty {
            let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            sqlite3_bind_text(handle, index, chars, Int32(bytes.count), sqliteTransient)
        } else {
            // A NULL pointer would bind SQL NULL: bind the empty string instead.
            sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
        }
    }

    /// Binds bytes (copied by SQLite) as a blob; an empty blob stays a blob, not NULL.
    func bind(blob bytes: [UInt8], at index: Int32) { bind(blob: bytes[...], at: index) }

    /// Binds bytes (copied by SQLite) as a blob; an empty blob stays a blob, not NULL.
    func bind(blob bytes: ArraySlice<UInt8>, at index: Int32) {
        bytes.withUnsafeBytes { raw -> Void in
            if let base = raw.baseAddress, !raw.isEmpty {
                sqlite3_bind_blob(handle, index, base, Int32(raw.count), sqliteTransient)
            } else {
                sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
    }

    /// Binds an integer or a double.
    @inline(__always)
    func bind(_ value: some SQLiteNumber, at index: Int32) {
        value.bind(to: handle, at: index)
    }

    /// Binds an integer or a double, or NULL for `nil`.
    @inline(__always)
    func bind(_ value: (some SQLiteNumber)?, at index: Int32) {
        if let value { value.bind(to: handle, at: index) } else { sqlite3_bind_null(handle, index) }
    }

    @inline(__always)
    func bind(_ value: Int?, at index: Int32) {
        bind(value.map(Int64.init), at: index)
    }

    /// Runs the statement to completion and resets it for the next row.
    ///
    /// - Throws: `DatabaseError` with the SQL and SQLite's message; no argument values.
    @inline(__always)
    func execute() throws {
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        if code != SQLITE_DONE { throw failure(code) }
        sqlite3_reset(handle)
    }

    /// Resets the statement and describes what failed: the SQL and SQLite's message, no
    /// argument values.
    func failure(_ code: Int32) -> DatabaseError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        sqlite3_reset(handle)
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// Resets the statement (a query stopped before its last row stops reading) and drops the
    /// bound values.
    func clear() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}

/// A number SQLite stores as it is: `Int64` as INTEGER, `Double` as REAL.
protocol SQLiteNumber {
    func bind(to handle: SQLiteStatement, at index: Int32)
}

extension Int64: SQLiteNumber {
    @inline(__always)
    func bind(to handle: SQLiteStatement, at index: Int32) { sqlite3_bind_int64(handle, index, self) }
}

extension Double: SQLiteNumber {
    @inline(__always)
    func bind(to handle: SQLiteStatement, at index: Int32) { sqlite3_bind_double(handle, index, self) }
}

/// `SQLITE_TRANSIENT`: SQLite copies the bound bytes before the bind call returns.
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
