import CGoldenXML
import GoldenCore

/// Reads the records of an XML feed one at a time, in constant memory, refusing unsafe input.
///
/// A record is an element named `record` at any depth that is not inside another record;
/// everything outside records is skipped. Only one record's tree is held at a time, whatever
/// the size of the file.
///
/// ```swift
/// let reader = try XMLRecordReader(source: source, file: "members.xml",
///                                  record: XMLName(localName: "member"))
/// let given = try XMLPath(parsing: "name/given", namespaces: [:])
/// while let record = try reader.next() {
///     print(record.line, record.values(at: given))
/// }
/// ```
///
/// ## Safety
/// The reader never expands entities, never loads a DTD or an external entity, never touches
/// the network, and keeps libxml2's default size limits. It refuses, with
/// `GoldenError(.unsafeInput, …)` and the line of the `<!DOCTYPE`:
/// - a DOCTYPE whose internal subset declares any entity (general or parameter): this covers
///   XXE (`<!ENTITY x SYSTEM "file:///etc/passwd">`), billion laughs and quadratic blowup;
/// - a DOCTYPE with a SYSTEM or PUBLIC identifier (an external DTD, which is never fetched);
/// - any entity reference that would need a declaration, and libxml2's own entity-loop and
///   amplification errors.
///
/// A plain DOCTYPE (`<!DOCTYPE members>`), even with element or attribute declarations, is
/// allowed. A reference to an undeclared entity is a `.parse` error. The checks run as libxml2's
/// SAX parser reaches each declaration: it stops at the first entity declaration (which is never
/// registered, so nothing can expand) or at the external identifier.
///
/// ## Errors
/// A broken document ends reading with a file-level `.parse` error that carries a line and
/// column; records returned before stay valid, and every record whose end tag comes before the
/// error is returned. Encoding errors — bytes that are not valid UTF-8 in a UTF-8 document, or
/// not valid in the declared encoding — are also file-level: libxml2 stops decoding at the first
/// bad byte. Messages name elements and entities, never values; libxml2 never prints to stderr.
///
/// An input of zero bytes has no records (and no error).
public final class XMLRecordReader {
    /// All the state; a struct, so that the per-node loop pays no dynamic exclusivity checks.
    private var cursor: XMLRecordCursor
    private var isDone = false

    /// Opens a reader over `source`.
    ///
    /// - Parameters:
    ///   - source: the document's bytes (a file, a gzip stream…); read as needed.
    ///   - file: the name errors and records report.
    ///   - record: the element that makes one record. A `nil` namespace matches any namespace;
    ///     an empty one matches elements in no namespace.
    /// - Throws: `GoldenError(.io)` if the reader cannot be set up or the first read fails.
    public init(source: any ByteSource, file: String, record: XMLName) throws(GoldenError) {
        let input = XMLByteInput(source: source)
        let context = Unmanaged.passUnretained(input).toOpaque()
        guard let reader = golden_xml_reader_create(XMLByteInput.readCallback, context) else {
            if let failure = input.failure { throw XMLRecordCursor.inputError(failure, file: file) }
            throw GoldenError(.io, "could not start the XML reader", at: SourceLocation(file: file))
        }
        cursor = XMLRecordCursor(reader: reader, input: input, file: file, record: record)
    }

    deinit {
        // The C reader reads through `cursor.input`, which the cursor keeps alive until here.
        golden_xml_reader_free(cursor.reader)
    }

    /// The next record, or `nil` at the end of the document.
    ///
    /// - Throws: a file-level `GoldenError` (`.parse` or `.unsafeInput`, with a line) when the
    ///   document is broken or unsafe, or the source's error when reading fails. After a throw,
    ///   `next()` returns `nil`.
    /// - Complexity: O(*n*) in the size of the document up to the end of the record.
    public func next() throws(GoldenError) -> XMLRecord? {
        guard !isDone else { return nil }
        do {
            guard let record = try cursor.next() else {
                isDone = true
                return nil
            }
            return record
        } catch {
            isDone = true
            throw error
        }
    }
}
