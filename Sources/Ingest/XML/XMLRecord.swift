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
    var tree: XMLTree

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
    public var raw: [UInt8] { tree.serialized(limit: Self.rawLimit) }

    /// The size cap of `raw`.
    public static let rawLimit = 4096

    /// All values at `path`, in document order.
    ///
    /// - An element's value is its own text: its text and CDATA children concatenated, entities and
    ///   character references decoded, untrimmed. Text inside its child elements is not included.
    /// - An element with `xsi:nil="true"` (or `"1"`) yields no value at all.
    /// - An attribute's value is its normalized value, as XML defines it.
    ///
    /// - Complexity: O(*n*) in the number of elements visited along the path.
    public func values(at path: XMLPath) -> [String] {
        var values: [String] = []
        guard !tree.elements.isEmpty else { return values }
        collect(element: 0, step: 0, of: path, into: &values)
        return values
    }

    /// Depth first, children in order: the values come out in document order.
    private func collect(element index: Int, step: Int, of path: XMLPath, into values: inout [String]) {
        if step == path.elements.count {
            let element = tree.elements[index]
            if let attribute = path.attribute {
                let end = element.firstAttribute + element.attributeCount
                for candidate in tree.attributes[element.firstAttribute..<end]
                where candidate.name.matches(attribute) {
                    values.append(tree.string(candidate.valueStart, candidate.valueEnd))
                }
            } else if !element.isNil {
                values.append(tree.string(element.textStart, element.textEnd))
            }
            return
        }
        let name = path.elements[step]
        var child = tree.elements[index].firstChild
        while child >= 0 {
            if tree.elements[child].name.matches(name) {
                collect(element: child, step: step + 1, of: path, into: &values)
            }
            child = tree.elements[child].nextSibling
        }
    }
}
