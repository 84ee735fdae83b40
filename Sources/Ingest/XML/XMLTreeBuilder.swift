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
                name: name, localKey: name.localKey, parent: parent, firstAttribute: tree.attributes.count,
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
        tree.attributes.append(
            XMLTree.Attribute(name: name, localKey: name.localKey, valueStart: start, valueEnd: tree.bytes.count))
        tree.elements[index].attributeCount += 1
        // The element moved past its text start: keep its (empty) text range at the end.
        tree.elements[index].textStart = tree.bytes.count
        tree.elements[index].textEnd = tree.bytes.count
        if isNilMarker, Self.isTrue(value) { tree.elements[index].isNil = true }
    }

    /// Appends text or CDATA to the innermost open element.
    ///
    /// Blank text after a child element is layout, not content, and is dropped — unless the
    /// element also holds other text after a child (mixed content), where blanks matter. Blank
    /// text before the first child is dropped when the element ends, if nothing else came.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        guard let index = open.last, !text.isEmpty else { return }
        if tree.elements[index].firstChild >= 0, !tree.elements[index].hasTextAfterChild {
            if Self.isBlank(text) { return }
            tree.elements[index].hasTextAfterChild = true
        }
        let start = tree.elements[index].textStart
        let end = tree.elements[index].textEnd
        if end != tree.bytes.count {
            // A child wrote bytes since this element's text: move the text to the end first.
            let moved = Array(tree.bytes[start..<end])
            tree.elements[index].textStart = tree.bytes.count
            tree.bytes.append(contentsOf: moved)
        }
        tree.bytes.append(contentsOf: text)
        tree.elements[index].textEnd = tree.bytes.count
    }

    /// Closes the innermost open element.
    mutating func endElement() {
        guard let index = open.popLast() else { return }
        let start = tree.elements[index].textStart
        let end = tree.elements[index].textEnd
        guard tree.elements[index].firstChild >= 0, !tree.elements[index].hasTextAfterChild, start != end
        else { return }
        // Only indentation before the first child: no text at all.
        let blank = tree.bytes.withUnsafeBufferPointer { Self.isBlank(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        if blank { tree.elements[index].textEnd = start }
    }

    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
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
