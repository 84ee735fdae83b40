import GoldenCore

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
    /// `key(localName)`: unequal keys rule a match out without comparing strings.
    let localKey: UInt64

    init(localName: String, namespaceURI: String?, prefix: String?) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        qualifiedName = prefix.map { "\($0):\(localName)" } ?? localName
        localKey = Self.key(localName)
    }

    /// Whether an element path step (`nil` namespace: any) names this node.
    func matches(_ name: XMLName) -> Bool {
        localName == name.localName && (name.namespaceURI == nil || name.namespaceURI == namespaceURI)
    }

    /// Whether an attribute path step (`nil` namespace: none) names this node.
    func matches(_ name: XMLAttributeName) -> Bool {
        localName == name.localName && namespaceURI == name.namespaceURI
    }

    /// FNV-1a of the UTF-8 bytes: a cheap, stable prefilter for name comparisons.
    static func key(_ name: String) -> UInt64 {
        FNV1a.hash(name.utf8)
    }
}

/// The elements of one record, flattened in document order, with their attributes and text.
///
/// Element 0 is the record element. Children are linked (`firstChild`, `nextSibling`), so a path
/// step visits only the children of the elements matched so far. Attribute values and element
/// text live in one byte buffer, as UTF-8. Elements and attributes refer to their names unretained
/// (`names` and `unnumberedNames` keep them alive), so the arrays hold plain values in manually
/// managed memory: building, reusing and dropping a tree costs no reference counting per node.
///
/// Only `XMLTreeBuilder` writes a tree, and only while no record holds it (it checks that the
/// tree is uniquely referenced before reusing it); afterwards a tree is read-only, so it may
/// cross threads.
final class XMLTree: @unchecked Sendable {
    struct Element: BitwiseCopyable {
        /// Owned by the tree's `names` (or `unnumberedNames`).
        var nameReference: Unmanaged<XMLQualifiedName>
        /// `name.localKey`, kept here so that a mismatch costs no pointer chase.
        var localKey: UInt64
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
        /// Non-blank text came after a child element: mixed content, whose blanks are kept.
        var hasTextAfterChild = false
        /// `xsi:nil="true"`: the element yields no value.
        var isNil = false

        var name: XMLQualifiedName { nameReference.takeUnretainedValue() }
    }

    struct Attribute: BitwiseCopyable {
        /// Owned by the tree's `names` (or `unnumberedNames`).
        var nameReference: Unmanaged<XMLQualifiedName>
        var localKey: UInt64
        var valueStart: Int
        var valueEnd: Int

        var name: XMLQualifiedName { nameReference.takeUnretainedValue() }
    }

    var elements: XMLRawArray<Element>
    var attributes: XMLRawArray<Attribute>
    var bytes: XMLRawArray<UInt8>
    /// Keep the names of `elements` and `attributes` alive: the reader's numbered names, and the
    /// few past its limit that this record uses.
    var names: XMLNameStore?
    var unnumberedNames: [XMLQualifiedName] = []

    /// An empty tree with room for as much as `sized` holds (the previous record, so that the
    /// arrays rarely grow while being filled), or a little.
    init(sized: XMLTree? = nil) {
        elements = XMLRawArray(capacity: max(16, sized?.elements.count ?? 0))
        attributes = XMLRawArray(capacity: max(4, sized?.attributes.count ?? 0))
        bytes = XMLRawArray(capacity: max(256, sized?.bytes.count ?? 0))
    }

    deinit {
        elements.deallocate()
        attributes.deallocate()
        bytes.deallocate()
    }
}
