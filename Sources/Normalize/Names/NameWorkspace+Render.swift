import GoldenCore

extension NameWorkspace {
    /// The person named by `roles`: display values from the tokens, keys from the display values.
    ///
    /// The bytes of each value are built at the end of `scratch`, which only grows during a call.
    func render(_ roles: NameRoles, raw: String, _ scratch: inout [UInt8]) -> PersonName {
        var given: String? = nil
        var givenKey: String? = nil
        var givenIsInitial = false
        if let first = roles.given.first {
            let display = display(roles.given, isFamily: false, &scratch)
            given = display
            givenKey = key(roles.given, display, &scratch)
            givenIsInitial = self[first].isInitial
        }
        var middle: String? = nil
        var middleKey: String? = nil
        if !roles.middle.isEmpty {
            let display = display(roles.middle, isFamily: false, &scratch)
            middle = display
            middleKey = key(roles.middle, display, &scratch)
        }
        var family: String? = nil
        var familyKey: String? = nil
        var alternatives: [String] = []
        if !roles.family.isEmpty {
            let display = display(roles.family, isFamily: true, &scratch)
            family = display
            familyKey = key(roles.family, display, &scratch)
            if let familyKey { alternatives = familyAlternatives(roles.family, display: display, key: familyKey, &scratch) }
        }
        return PersonName(
            raw: raw, title: roles.title, given: given, givenKey: givenKey, givenIsInitial: givenIsInitial,
            middle: middle, middleKey: middleKey, family: family, familyKey: familyKey,
            familyAlternatives: alternatives, suffix: roles.suffix)
    }

    /// The comparison key of the words of `tokens`, or `nil` when they have no letters or digits.
    ///
    /// The key of their display value; made from the tokens' bytes when they are ASCII (the
    /// display value differs only in case then), from the display value otherwise (so that
    /// `ΠΑΠΑΔΟΠΟΥΛΟΣ` gets the final `ς` of its display value `Παπαδοπουλος`).
    func key(_ tokens: TokenSet, _ display: String, _ scratch: inout [UInt8]) -> String? {
        let start = scratch.count
        if tokens.contains(where: { self[$0].flags.contains(.nonASCII) }) {
            display.withUTF8Bytes { ComparisonKey.append($0, to: &scratch) }
            return scratch.count == start ? nil : String(scratch, from: start)
        }
        for index in tokens {
            if scratch.count > start { scratch.append(ASCII.space) }
            let mark = scratch.count
            ComparisonKey.append(bytes(of: index), to: &scratch)
            if scratch.count == mark && mark > start { scratch.removeLast() }
        }
        return scratch.count == start ? nil : String(scratch, from: start)
    }

    /// The words of `tokens` joined by single spaces, as written, except that words written all
    /// in capitals or all in small letters get title case (`SMITH` → `Smith`, `o'brien` →
    /// `O'Brien`, `mcdonald` → `McDonald`) and particles of a family name get small letters
    /// (`VAN DER BERG` → `van der Berg`).
    func display(_ tokens: TokenSet, isFamily: Bool, _ scratch: inout [UInt8]) -> String {
        let start = scratch.count
        let last = tokens.last
        for index in tokens {
            if scratch.count > start { scratch.append(ASCII.space) }
            let token = self[index]
            let text = bytes(of: index)
            if !token.isAllCaps && !token.isAllLower {
                scratch.append(contentsOf: text)
            } else if isFamily && token.isParticle && index != last {
                NameCasing.appendLowercased(text, to: &scratch)
            } else {
                NameCasing.appendTitleCased(text, to: &scratch)
            }
        }
        return String(scratch, from: start)
    }
}

extension String {
    /// A string from the bytes of `scratch` from `start` on, without an `ArraySlice` (which
    /// would retain the buffer).
    @inline(__always)
    init(_ scratch: [UInt8], from start: Int) {
        self = scratch.withUnsafeBufferPointer { String(utf8Bytes: UnsafeBufferPointer(rebasing: $0[start...])) }
    }
}
