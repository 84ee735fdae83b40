/// Builds the tree of one record from the reader's nodes, then hands it over and starts afresh.
///
/// Memory is bounded by one record: each record gets new arrays, sized from the previous record
/// so that they rarely grow while being filled.
struct XMLTreeBuilder {
    private var tree = XMLTree()
    /// Indices of the elements open inside the record, innermost last.
    private var open: [Int] = []
    private var elementCapacity = 16
    private var attributeCapacity = 4
    private var byteCapacity = 256

    /// Whether a record is being built.
    var isBuilding: Bool { !open.isEmpty }

    /// Starts a new record with its record element.
    mutating func begin(_ name: XMLQualifiedName) {
        tree = XMLTree()
        tree.elements.reserveCapacity(elementCapacity)
        tree.attributes.reserveCapacity(attributeCapacity)
        tree.bytes.reserveCapacity(byteCapacity)
        open.removeAll(keepingCapacity: true)
        startElement(name)
    }

    /// Opens an element inside the record, as the last child of the innermost open element.
    mutating func startElement(_ name: XMLQualifiedName) {
        let index = tree.elements.count
        let parent = open.last ?? -1
        let end = tree.bytes.count
        tree.elements.append(
            XMLTree.Element(
                name: name, parent: parent, firstAttribute: tree.attributes.count,
                textStart: end, textEnd: end))
        if parent >= 0 {
            let previous = tree.elements[parent].lastChild
            if previous >= 0 {
                tree.elements[previous].nextSibling = index
            } else {
                tree.elements[parent].firstChild = index
            }
            tree.elements[parent].lastChild = index
        }
        open.append(index)
    }

    /// Adds an attribute to the element just opened (attributes come before any child or text).
    mutating func addAttribute(
        _ name: XMLQualifiedName, value: UnsafeBufferPointer<UInt8>, isNilMarker: Bool
    ) {
        guard let index = open.last else { return }
        let start = tree.bytes.count
        tree.bytes.append(contentsOf: value)
        tree.attributes.append(XMLTree.Attribute(name: name, valueStart: start, valueEnd: tree.bytes.count))
        tree.elements[index].attributeCount += 1
        // The element moved past its text start: keep its (empty) text range at the end.
        tree.elements[index].textStart = tree.bytes.count
        tree.elements[index].textEnd = tree.bytes.count
        if isNilMarker, Self.isTrue(value) { tree.elements[index].isNil = true }
    }

    /// Appends text or CDATA to the innermost open element.
    ///
    /// Whitespace-only text that follows a child element is layout, not content, and is dropped —
    /// unless the element already holds other text (mixed content), where blanks matter.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, isWhitespace: Bool) {
        guard let index = open.last, !text.isEmpty else { return }
        let element = tree.elements[index]
        if isWhitespace, element.firstChild >= 0, !element.hasNonWhitespaceText { return }
        if element.textEnd != tree.bytes.count {
            // A child wrote bytes since this element's text: move the text to the end first.
            let moved = Array(tree.bytes[element.textStart..<element.textEnd])
            tree.elements[index].textStart = tree.bytes.count
            tree.bytes.append(contentsOf: moved)
        }
        tree.bytes.append(contentsOf: text)
        tree.elements[index].textEnd = tree.bytes.count
        if !isWhitespace { tree.elements[index].hasNonWhitespaceText = true }
    }

    /// Closes the innermost open element.
    mutating func endElement() {
        guard let index = open.popLast() else { return }
        let element = tree.elements[index]
        if element.firstChild >= 0, !element.hasNonWhitespaceText {
            // Only indentation before the first child: no text at all.
            tree.elements[index].textEnd = element.textStart
        }
    }

    /// Closes the record element and hands the finished tree over.
    mutating func finish() -> XMLTree {
        while !open.isEmpty { endElement() }
        elementCapacity = max(16, tree.elements.count)
        attributeCapacity = max(4, tree.attributes.count)
        byteCapacity = max(256, tree.bytes.count)
        defer { tree = XMLTree() }
        return tree
    }

    /// `xsi:nil` is an xs:boolean: "true" or "1", surrounding whitespace allowed.
    private static func isTrue(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        func isContent(_ byte: UInt8) -> Bool { byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D }
        guard let first = value.firstIndex(where: isContent), let last = value.lastIndex(where: isContent)
        else { return false }
        let word = value[first...last]
        return word.elementsEqual("true".utf8) || word.elementsEqual("1".utf8)
    }
}
