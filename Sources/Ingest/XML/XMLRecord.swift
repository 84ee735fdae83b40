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
        guard !tree.elements.isEmpty else { return }
        let steps = path.steps
        tree.elements.withUnsafeBufferPointer { elements in
            tree.attributes.withUnsafeBufferPointer { attributes in
                tree.bytes.withUnsafeBytes { bytes in
                    let walk = XMLPathWalk(
                        steps: steps, elements: elements, attributes: attributes, bytes: bytes)
                    _ = walk.visit(element: 0, step: 0, body)
                }
            }
        }
    }
}

/// Walks a path over a record's tree: depth first, children in order, so values come out in
/// document order. Names are compared by key first; strings only when the keys agree.
private struct XMLPathWalk {
    let steps: XMLPathSteps
    let elements: UnsafeBufferPointer<XMLTree.Element>
    let attributes: UnsafeBufferPointer<XMLTree.Attribute>
    let bytes: UnsafeRawBufferPointer

    /// False once `body` has stopped the walk.
    func visit(element index: Int, step: Int, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        if step == steps.elementKeys.count {
            if let attribute = steps.attribute {
                let first = elements[index].firstAttribute
                for candidate in attributes[first..<first + elements[index].attributeCount]
                where candidate.localKey == steps.attributeKey && candidate.name.matches(attribute) {
                    guard body(UnsafeRawBufferPointer(rebasing: bytes[candidate.valueStart..<candidate.valueEnd]))
                    else { return false }
                }
            } else if !elements[index].isNil {
                return body(UnsafeRawBufferPointer(rebasing: bytes[elements[index].textStart..<elements[index].textEnd]))
            }
            return true
        }
        let key = steps.elementKeys[step]
        var child = elements[index].firstChild
        while child >= 0 {
            if elements[child].localKey == key, elements[child].name.matches(steps.elements[step]) {
                guard visit(element: child, step: step + 1, body) else { return false }
            }
            child = elements[child].nextSibling
        }
        return true
    }
}
