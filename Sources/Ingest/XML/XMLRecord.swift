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
        guard !tree.elements.isEmpty else { return values }
        let steps = path.steps
        tree.elements.withUnsafeBufferPointer { elements in
            tree.attributes.withUnsafeBufferPointer { attributes in
                tree.bytes.withUnsafeBufferPointer { bytes in
                    let walk = XMLPathWalk(
                        steps: steps, elements: elements, attributes: attributes, bytes: bytes)
                    walk.collect(element: 0, step: 0, into: &values)
                }
            }
        }
        return values
    }
}

/// Walks a path over a record's tree: depth first, children in order, so values come out in
/// document order. Names are compared by key first; strings only when the keys agree.
private struct XMLPathWalk {
    let steps: XMLPathSteps
    let elements: UnsafeBufferPointer<XMLTree.Element>
    let attributes: UnsafeBufferPointer<XMLTree.Attribute>
    let bytes: UnsafeBufferPointer<UInt8>

    func collect(element index: Int, step: Int, into values: inout [String]) {
        if step == steps.elementKeys.count {
            if let attribute = steps.attribute {
                let first = elements[index].firstAttribute
                for candidate in attributes[first..<first + elements[index].attributeCount]
                where candidate.localKey == steps.attributeKey && candidate.name.matches(attribute) {
                    values.append(string(candidate.valueStart, candidate.valueEnd))
                }
            } else if !elements[index].isNil {
                values.append(string(elements[index].textStart, elements[index].textEnd))
            }
            return
        }
        let key = steps.elementKeys[step]
        var child = elements[index].firstChild
        while child >= 0 {
            if elements[child].localKey == key, elements[child].name.matches(steps.elements[step]) {
                collect(element: child, step: step + 1, into: &values)
            }
            child = elements[child].nextSibling
        }
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
