/// An element or attribute name as one document spells it, shared by every node that has it.
///
/// A reader interns these (see `XMLNameTable`), so building a record allocates no name strings.
final class XMLQualifiedName: Sendable {
    let localName: String
    /// `nil` when the node is in no namespace.
    let namespaceURI: String?
    /// `nil` when the document wrote no prefix.
    let prefix: String?
    /// `prefix:localName`, or `localName`.
    let qualifiedName: String

    init(localName: String, namespaceURI: String?, prefix: String?) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        qualifiedName = prefix.map { "\($0):\(localName)" } ?? localName
    }

    /// Whether an element path step (`nil` namespace: any) names this node.
    func matches(_ name: XMLName) -> Bool {
        localName == name.localName && (name.namespaceURI == nil || name.namespaceURI == namespaceURI)
    }

    /// Whether an attribute path step (`nil` namespace: none) names this node.
    func matches(_ name: XMLAttributeName) -> Bool {
        localName == name.localName && namespaceURI == name.namespaceURI
    }
}

/// The elements of one record, flattened in document order, with their attributes and text.
///
/// Element 0 is the record element. Children are linked (`firstChild`, `nextSibling`), so a path
/// step visits only the children of the elements matched so far. Attribute values and element
/// text live in one byte buffer, as UTF-8.
struct XMLTree: Sendable {
    struct Element: Sendable {
        var name: XMLQualifiedName
        var parent: Int
        var firstChild = -1
        var lastChild = -1
        var nextSibling = -1
        /// The element's attributes are `attributes[firstAttribute ..< firstAttribute + attributeCount]`.
        var firstAttribute: Int
        var attributeCount = 0
        /// The element's own text (its text and CDATA children, concatenated) is `bytes[textStart ..< textEnd]`.
        var textStart: Int
        var textEnd: Int
        /// Some text child holds more than whitespace (mixed content keeps its blanks).
        var hasNonWhitespaceText = false
        /// `xsi:nil="true"`: the element yields no value.
        var isNil = false
    }

    struct Attribute: Sendable {
        var name: XMLQualifiedName
        var valueStart: Int
        var valueEnd: Int
    }

    var elements: [Element] = []
    var attributes: [Attribute] = []
    var bytes: [UInt8] = []

    /// The UTF-8 in `bytes[start ..< end]` as a string.
    func string(_ start: Int, _ end: Int) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }
}
