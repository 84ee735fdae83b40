/// One record element of an XML feed, with everything below it, read by `XMLRecordReader`.
///
/// A record holds a small tree of its elements, attributes and text; it does not refer back to
/// the reader or the document, so it may outlive both and cross threads.
public struct XMLRecord: Sendable {
    /// The line where the record element's start tag is (where it ends, if it spans lines).
    public var line: Int
    /// The names of the record element's ancestors, then its own name with its 1-based index
    /// among the records of the file: `/members/member[42]`. Names are written as in the document
    /// (with their prefixes).
    public var elementPath: String
    /// Read-only; shared with the reader, which reuses it only once no record holds it.
    let tree: XMLTree

    init(line: Int, elementPath: String, tree: XMLTree) {
        self.line = line
        self.elementPath = elementPath
        self.tree = tree
    }

    /// The record as XML, at most 4096 bytes (cut at a character boundary), for quarantine.
    ///
    /// It is re-serialized from the record's tree, so it is equivalent to the input, not a copy
    /// of its bytes: namespace declarations are written where first needed, CDATA is written as
    /// escaped text, layout whitespace and comments are gone.
    ///
    /// - Complexity: O(*n*) in the size of the record, computed on each access.
    public var raw: [UInt8] { withView { $0.serialized(limit: Self.rawLimit) } }

    /// The size cap of `raw`.
    public static let rawLimit = 4096

    /// All values at `path`, in document order.
    ///
    /// - An element's value is its own text: its text and CDATA children concatenated, entities and
    ///   character references decoded, untrimmed. Text inside its child elements is not included,
    ///   and blank text around child elements (indentation) is dropped unless the element mixes
    ///   text and children.
    /// - An element with `xsi:nil="true"` (or `"1"`) yields no value at all.
    /// - An attribute's value is its normalized value, as XML defines it.
    ///
    /// - Complexity: O(*n*) in the number of elements visited along the path.
    public func values(at path: XMLPath) -> [String] {
        var values: [String] = []
        forEachValue(at: path) { bytes in
            values.append(String(decoding: bytes, as: UTF8.self))
            return true
        }
        return values
    }

    /// Calls `body` with the UTF-8 of each value of ``values(at:)``, in order, until it returns
    /// false; builds no string. The bytes are valid only inside `body`.
    func forEachValue(at path: XMLPath, _ body: (UnsafeRawBufferPointer) -> Bool) {
        withView { $0.forEachValue(at: path, body) }
    }
}
