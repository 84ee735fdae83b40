/// Builds the tree of one record from the reader's nodes, then hands it over and starts afresh.
///
/// Memory is bounded by one record. The builder keeps the tree it handed over: when the caller
/// has dropped that record by the time the next one begins, its memory is reused as is;
/// otherwise the next record gets a new tree of about the same size.
///
/// While a record is built the builder works on its own copies of the tree's arrays (plain
/// values: a pointer and two counts), and writes them back to the tree whenever their memory
/// moves and when the record is finished, so the tree always owns the memory it must free.
struct XMLTreeBuilder {
    private var tree = XMLTree()
    private var elements: XMLRawArray<XMLTree.Element>
    private var attributes: XMLRawArray<XMLTree.Attribute>
    private var bytes: XMLRawArray<UInt8>
    /// Indices of the elements open inside the record, innermost last.
    private var open: [Int] = []

    init() {
        elements = tree.elements
        attributes = tree.attributes
        bytes = tree.bytes
    }

    /// Whether a record is being built (its element is open).
    var isBuilding: Bool { !open.isEmpty }

    /// Starts a new, empty record whose names live in `names`; `startElement` opens its element.
    mutating func begin(names: XMLNameStore) {
        if !isKnownUniquelyReferenced(&tree) { tree = XMLTree(sized: tree) }
        tree.names = names
        if !tree.unnumberedNames.isEmpty { tree.unnumberedNames.removeAll(keepingCapacity: true) }
        elements = tree.elements
        attributes = tree.attributes
        bytes = tree.bytes
        elements.count = 0
        attributes.count = 0
        bytes.count = 0
        open.removeAll(keepingCapacity: true)
    }

    /// Keeps `name`, which the reader's store does not hold, alive as long as the record.
    mutating func keep(_ name: XMLQualifiedName) -> Unmanaged<XMLQualifiedName> {
        tree.unnumberedNames.append(name)
        return Unmanaged.passUnretained(name)
    }

    /// Opens an element inside the record, as the last child of the innermost open element.
    mutating func startElement(_ name: Unmanaged<XMLQualifiedName>) {
        let index = elements.count
        let parent = open.last ?? -1
        let end = bytes.count
        let element = XMLTree.Element(
            nameReference: name, localKey: name._withUnsafeGuaranteedRef { $0.localKey }, parent: parent,
            firstAttribute: attributes.count, textStart: end, textEnd: end)
        if elements.append(element) { tree.elements = elements }
        if parent >= 0 {
            let previous = elements.base[parent].lastChild
            if previous >= 0 {
                elements.base[previous].nextSibling = index
            } else {
                elements.base[parent].firstChild = index
            }
            elements.base[parent].lastChild = index
        }
        open.append(index)
    }

    /// Adds an attribute to the element just opened (attributes come before any child or text).
    mutating func addAttribute(
        _ name: Unmanaged<XMLQualifiedName>, value: UnsafeBufferPointer<UInt8>, isNilMarker: Bool
    ) {
        guard let index = open.last else { return }
        let start = bytes.count
        if bytes.append(contentsOf: value) { tree.bytes = bytes }
        let attribute = XMLTree.Attribute(
            nameReference: name, localKey: name._withUnsafeGuaranteedRef { $0.localKey }, valueStart: start,
            valueEnd: bytes.count)
        if attributes.append(attribute) { tree.attributes = attributes }
        let element = elements.base + index
        element.pointee.attributeCount += 1
        // The element moved past its text start: keep its (empty) text range at the end.
        element.pointee.textStart = bytes.count
        element.pointee.textEnd = bytes.count
        if isNilMarker, Self.isTrue(value) { element.pointee.isNil = true }
    }

    /// Appends text or CDATA to the innermost open element.
    ///
    /// Blank text after a child element is layout, not content, and is dropped — unless the
    /// element also holds other text after a child (mixed content), where blanks matter. Blank
    /// text before the first child is dropped when the element ends, if nothing else came.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        guard let index = open.last, !text.isEmpty else { return }
        let element = elements.base + index
        if element.pointee.firstChild >= 0, !element.pointee.hasTextAfterChild {
            if Self.isBlank(text) { return }
            element.pointee.hasTextAfterChild = true
        }
        if element.pointee.textEnd != bytes.count {
            // A child wrote bytes since this element's text: move the text to the end first.
            let start = bytes.count
            if bytes.appendCopy(of: element.pointee.textStart..<element.pointee.textEnd) { tree.bytes = bytes }
            element.pointee.textStart = start
        }
        if bytes.append(contentsOf: text) { tree.bytes = bytes }
        element.pointee.textEnd = bytes.count
    }

    /// Closes the innermost open element.
    mutating func endElement() {
        guard let index = open.popLast() else { return }
        let element = elements.base + index
        let start = element.pointee.textStart
        guard element.pointee.firstChild >= 0, !element.pointee.hasTextAfterChild, start != element.pointee.textEnd
        else { return }
        // Only indentation before the first child: no text at all.
        let text = UnsafeBufferPointer(start: bytes.base + start, count: element.pointee.textEnd - start)
        if Self.isBlank(text) { element.pointee.textEnd = start }
    }

    /// Closes the record element and hands the finished tree over (keeping it, see above).
    mutating func finish() -> XMLTree {
        while !open.isEmpty { endElement() }
        tree.elements = elements
        tree.attributes = attributes
        tree.bytes = bytes
        return tree
    }

    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
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
