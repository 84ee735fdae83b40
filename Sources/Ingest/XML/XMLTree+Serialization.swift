extension XMLRecordView {
    /// The tree as well-formed XML (until cut at `limit` bytes, on a UTF-8 character boundary).
    func serialized(limit: Int) -> [UInt8] {
        var writer = XMLTreeWriter(tree: self, limit: limit)
        if !elements.isEmpty { writer.write(element: 0) }
        return writer.finish()
    }
}

/// Writes elements, attributes and text, declaring each namespace where it is first needed.
private struct XMLTreeWriter {
    let tree: XMLRecordView
    let limit: Int
    var output: [UInt8] = []
    /// Namespace bindings in scope, innermost last; the prefix "" is the default namespace.
    var bindings: [(prefix: String, uri: String)] = [("xml", "http://www.w3.org/XML/1998/namespace")]

    init(tree: XMLRecordView, limit: Int) {
        self.tree = tree
        self.limit = limit
        output.reserveCapacity(min(limit + 64, tree.bytes.count * 2 + 64))
    }

    mutating func write(element index: Int) {
        guard output.count <= limit else { return }
        let element = tree.elements[index]
        let scope = bindings.count
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: element.name.qualifiedName.utf8)
        declare(prefix: element.name.prefix ?? "", uri: element.name.namespaceURI ?? "")
        for attribute in tree.attributes[element.firstAttribute..<element.firstAttribute + element.attributeCount] {
            if let uri = attribute.name.namespaceURI {
                declare(prefix: attribute.name.prefix ?? "ns\(bindings.count)", uri: uri)
            }
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name.qualifiedName.utf8)
            output.append(contentsOf: "=\"".utf8)
            escape(attribute.valueStart, attribute.valueEnd, inAttribute: true)
            output.append(UInt8(ascii: "\""))
        }
        if element.firstChild < 0, element.textStart == element.textEnd {
            output.append(contentsOf: "/>".utf8)
        } else {
            output.append(UInt8(ascii: ">"))
            escape(element.textStart, element.textEnd, inAttribute: false)
            var child = element.firstChild
            while child >= 0 {
                write(element: child)
                child = tree.elements[child].nextSibling
            }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: element.name.qualifiedName.utf8)
            output.append(UInt8(ascii: ">"))
        }
        bindings.removeLast(bindings.count - scope)
    }

    /// Emits `xmlns[:prefix]="uri"` unless that binding is already in scope.
    private mutating func declare(prefix: String, uri: String) {
        let current = bindings.last(where: { $0.prefix == prefix })?.uri ?? ""
        guard current != uri else { return }
        bindings.append((prefix, uri))
        output.append(contentsOf: (prefix.isEmpty ? " xmlns=\"" : " xmlns:\(prefix)=\"").utf8)
        output.append(contentsOf: XMLTreeWriter.escaped(Array(uri.utf8), inAttribute: true))
        output.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ start: Int, _ end: Int, inAttribute: Bool) {
        let bytes = UnsafeRawBufferPointer(rebasing: tree.bytes[start..<end])
        output.append(contentsOf: XMLTreeWriter.escaped(bytes, inAttribute: inAttribute))
    }

    /// Markup characters as entities; in attributes also quotes and the blanks that attribute
    /// value normalization would otherwise turn into spaces.
    static func escaped(_ bytes: some Collection<UInt8>, inAttribute: Bool) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case 0x0D: result.append(contentsOf: "&#13;".utf8)
            case UInt8(ascii: "\"") where inAttribute: result.append(contentsOf: "&quot;".utf8)
            case 0x09 where inAttribute: result.append(contentsOf: "&#9;".utf8)
            case 0x0A where inAttribute: result.append(contentsOf: "&#10;".utf8)
            default: result.append(byte)
            }
        }
        return result
    }

    /// The output, cut to `limit` bytes without splitting a UTF-8 sequence.
    mutating func finish() -> [UInt8] {
        guard output.count > limit else { return output }
        var cut = limit
        while cut > 0, output[cut] & 0xC0 == 0x80 { cut -= 1 }
        return Array(output[..<cut])
    }
}
