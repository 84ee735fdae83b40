/// Maps the C reader's name ids to shared `XMLQualifiedName`s.
///
/// The reader numbers each distinct (local name, namespace URI, prefix) 0, 1, 2… as it first
/// appears, so a name is found by indexing an array — no hashing, no `String` built — and only a
/// name seen for the first time costs allocations. Past `GOLDEN_XML_NAME_ID_LIMIT` distinct names
/// the reader hands out no id and the caller builds the name each time (a hostile document cannot
/// grow the table without bound).
///
/// The names live in an `XMLNameStore`, which trees keep alive; they are handed out unretained.
struct XMLNameTable {
    private var byID: [Unmanaged<XMLQualifiedName>?] = []
    /// Where the names live; every tree of the reader holds it.
    let store = XMLNameStore()

    /// The shared name with this id, made from the pointers (UTF-8, NUL-terminated) the first time;
    /// `nil` for the id -1.
    mutating func name(
        id: Int32, local: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?, prefix: UnsafePointer<UInt8>?
    ) -> Unmanaged<XMLQualifiedName>? {
        guard id >= 0 else { return nil }
        let index = Int(id)
        if index < byID.count, let name = byID[index] { return name }
        if index >= byID.count { byID.append(contentsOf: repeatElement(nil, count: index + 1 - byID.count)) }
        let name = store.add(Self.make(local: local, namespace: namespace, prefix: prefix))
        byID[index] = name
        return name
    }

    /// A new name from the pointers, shared with no one.
    static func make(
        local: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?, prefix: UnsafePointer<UInt8>?
    ) -> XMLQualifiedName {
        XMLQualifiedName(
            localName: String(cString: local), namespaceURI: namespace.map { String(cString: $0) },
            prefix: prefix.map { String(cString: $0) })
    }
}

/// Owns the names of one `XMLNameTable`; trees refer to their names unretained and keep the
/// store alive instead, so building and dropping a tree does no reference counting per node.
///
/// Only the reader's thread appends; a tree never reads `names` (it reaches its names through
/// the unretained references, whose objects are immutable), so trees may cross threads.
final class XMLNameStore: @unchecked Sendable {
    private var names: [XMLQualifiedName] = []

    fileprivate func add(_ name: XMLQualifiedName) -> Unmanaged<XMLQualifiedName> {
        names.append(name)
        return Unmanaged.passUnretained(name)
    }
}
