/// Maps libxml2's interned name pointers to shared `XMLQualifiedName`s.
///
/// libxml2 interns names in its parser dictionary: equal names have equal pointers, and a
/// dictionary pointer stays valid (and is never reused) for the reader's lifetime. So a name is
/// looked up by the bits of its (local name, namespace URI, prefix) pointers — no hashing of
/// bytes, no `String` built — and only a name seen for the first time costs allocations.
///
/// Only pointers the dictionary owns are cached (a freed pointer could come back holding another
/// name); the caller's `isInterned` says which ones are.
struct XMLNameTable {
    private struct Slot {
        var local: UInt = 0
        var namespace: UInt = 0
        var prefix: UInt = 0
        var name: XMLQualifiedName?
    }

    /// Names beyond this many are built each time instead of cached (a hostile document cannot
    /// grow the table without bound; libxml2 caps its dictionary too).
    static let maximumCount = 1 << 16

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var shift = 64 - 6
    private(set) var count = 0

    /// The shared name for these pointers (all UTF-8, NUL-terminated; `local` never `nil`).
    mutating func name(
        local: UnsafePointer<UInt8>, namespace: UnsafePointer<UInt8>?, prefix: UnsafePointer<UInt8>?,
        isInterned: (UnsafePointer<UInt8>) -> Bool
    ) -> XMLQualifiedName {
        let key = (UInt(bitPattern: local), UInt(bitPattern: namespace), UInt(bitPattern: prefix))
        var index = slotIndex(key)
        while let existing = slots[index].name {
            if slots[index].local == key.0, slots[index].namespace == key.1, slots[index].prefix == key.2 {
                return existing
            }
            index = (index + 1) & (slots.count - 1)
        }
        let name = XMLQualifiedName(
            localName: String(cString: local), namespaceURI: namespace.map { String(cString: $0) },
            prefix: prefix.map { String(cString: $0) })
        let cacheable =
            count < Self.maximumCount && isInterned(local) && (namespace.map(isInterned) ?? true)
            && (prefix.map(isInterned) ?? true)
        if cacheable {
            slots[index] = Slot(local: key.0, namespace: key.1, prefix: key.2, name: name)
            count += 1
            if count * 2 > slots.count { grow() }
        }
        return name
    }

    /// Fibonacci hashing of the three pointers; the top bits pick the slot.
    private func slotIndex(_ key: (UInt, UInt, UInt)) -> Int {
        let mixed = (key.0 &* 0x9E37_79B9_7F4A_7C15) ^ (key.1 &* 0xC2B2_AE3D_27D4_EB4F)
            ^ (key.2 &* 0x1656_67B1_9E37_79F9)
        let spread = (mixed ^ (mixed >> 29)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: spread >> UInt(shift))
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        for slot in old where slot.name != nil {
            var index = slotIndex((slot.local, slot.namespace, slot.prefix))
            while slots[index].name != nil { index = (index + 1) & (slots.count - 1) }
            slots[index] = slot
        }
    }
}
