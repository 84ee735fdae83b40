/// What one publish wrote to one PostgreSQL target.
public struct PostgresPublishResult: Hashable, Sendable, Codable {
    /// The target's name in the configuration.
    public var target: String
    /// The server, as a URL without the password.
    public var endpoint: String
    public var schema: String
    /// `delta` (the changes since the target's last publish), `full` (every golden id, for a
    /// target not in step with the store) or `unchanged` (nothing was sent).
    public var mode = "unchanged"
    /// The publish applied; `nil` when nothing was.
    public var publish: Int64?
    /// Golden record rows inserted and updated (rows already holding the same values are not
    /// rewritten, and not counted).
    public var recordsInserted = 0
    public var recordsUpdated = 0
    /// Redirect rows inserted or updated, and deleted (ids active again).
    public var redirectsWritten = 0
    public var redirectsDeleted = 0
    /// Xref rows inserted or updated, and deleted (rows of retired ids).
    public var xrefWritten = 0
    public var xrefDeleted = 0

    enum CodingKeys: String, CodingKey {
        case target, endpoint, schema, mode, publish, recordsInserted = "records_inserted", recordsUpdated = "records_updated"
        case redirectsWritten = "redirects_written", redirectsDeleted = "redirects_deleted", xrefWritten = "xref_written"
        case xrefDeleted = "xref_deleted"
    }

    public init(target: String, endpoint: String, schema: String) {
        self.target = target
        self.endpoint = endpoint
        self.schema = schema
    }

    /// Every row written or deleted: 0 when the publish changed nothing in the target.
    public var rowsWritten: Int {
        recordsInserted + recordsUpdated + redirectsWritten + redirectsDeleted + xrefWritten + xrefDeleted
    }

    /// `warehouse (postgres://…/crm, schema golden): delta, records +3 ~2, redirects 1, xref 7`.
    public var text: String {
        var text = "\(target) (\(endpoint), schema \(schema)): \(mode)"
        if mode != "unchanged" {
            text += ", records +\(recordsInserted) ~\(recordsUpdated), redirects \(redirectsWritten)"
            if redirectsDeleted > 0 { text += " -\(redirectsDeleted)" }
            text += ", xref \(xrefWritten)"
            if xrefDeleted > 0 { text += " -\(xrefDeleted)" }
        }
        return text
    }
}
