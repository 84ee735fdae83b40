import GRDB
import GRDBSQLite

/// Reading rows straight from the SQLite C API: the Merge stage's read of every cluster's
/// members and events, where GRDB's `Row` and cursor (a boxed value per column, arguments
/// validated per lookup) cost more than the lookups themselves.
///
/// ```swift
/// let events = try StatementBinder(db, sql: "SELECT kind, amount FROM events WHERE subject_key = ?")
/// events.bind(key, at: 1)
/// while try events.step() {
///     let kind = events.text(at: 0), amount = events.int64OrNil(at: 1)
/// }
/// ```
extension StatementBinder {
    /// Steps to the next row: `true` when there is one, `false` (the statement reset for the
    /// next bindings) when the rows are done.
    ///
    /// - Throws: `DatabaseError` with the SQL and SQLite's message; no argument values.
    @inline(__always)
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code != SQLITE_DONE { throw failure(code) }
        sqlite3_reset(handle)
        return false
    }

    /// Column `index` (0-based) of the current row as an integer.
    @inline(__always)
    func int64(at index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// Column `index` as an integer, `nil` when it is NULL.
    @inline(__always)
    func int64OrNil(at index: Int32) -> Int64? {
        sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, index)
    }

    /// Column `index` as text, read up to its first NUL as GRDB reads a `String` (ill-formed
    /// UTF-8 repaired); `""` when it is NULL.
    @inline(__always)
    func text(at index: Int32) -> String {
        guard let text = sqlite3_column_text(handle, index) else { return "" }
        return String(cString: text)
    }

    /// Column `index` as text, `nil` when it is NULL.
    @inline(__always)
    func textOrNil(at index: Int32) -> String? {
        sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : text(at: index)
    }

    /// Calls `body` with the bytes of column `index` (text or blob; empty when NULL), valid only
    /// until the statement steps again.
    @inline(__always)
    func withBytes<T, E: Error>(at index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> T) throws(E) -> T {
        let start = sqlite3_column_blob(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        return try body(UnsafeBufferPointer(start: start?.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// Column `index`'s bytes, copied.
    @inline(__always)
    func bytes(at index: Int32) -> [UInt8] { withBytes(at: index) { [UInt8]($0) } }
}
