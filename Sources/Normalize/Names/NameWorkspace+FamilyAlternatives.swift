extension NameWorkspace {
    /// The other keys a family name is written as (sorted, without the key itself):
    /// - the German-style key when it has umlauts (`müller` → `mueller`);
    /// - the key without its leading particles (`van der Berg` → `berg`; not `St.`, `Saint`);
    /// - each surname of a double or hyphenated name (`García López` → `garcia`, `lopez`;
    ///   `Wilson-McKenzie` → `wilson`, `mckenzie`), a particle staying with the surname after it;
    /// - the other spelling of `Mc`/`Mac` (`mcdonald` ↔ `macdonald`; `Mac` only before a
    ///   consonant other than `h` and at least three letters, so not `Mack`, `Macy`, `Machado`);
    /// - the name without `D'` (`D'Souza` → `souza`).
    ///
    /// Plain one-word names (most) return at once, without allocating.
    func familyAlternatives(
        _ tokens: TokenSet, display: String, key: String, _ scratch: inout [UInt8]
    ) -> [String] {
        let hasUmlaut = tokens.contains { self[$0].flags.contains(.umlaut) }
        let isElided = tokens.count == 1 && hasElidedDe(tokens.first!)
        guard hasUmlaut || isElided || key.withUTF8Bytes(Self.mayHaveAlternatives) else { return [] }

        var alternatives: [String] = []
        key.withUTF8Bytes { Self.addAlternatives(of: $0, to: &alternatives) }
        if hasUmlaut {
            let start = scratch.count
            for index in tokens {
                if scratch.count > start { scratch.append(ASCII.space) }
                ComparisonKey.append(bytes(of: index), to: &scratch, germanStyle: true)
            }
            let german = String(scratch, from: start)
            if german != key {
                alternatives.append(german)
                german.withUTF8Bytes { Self.addAlternatives(of: $0, to: &alternatives) }
            }
        }
        if isElided { alternatives.append(String(utf8Bytes: key.utf8.dropFirst())) }
        for index in alternatives.indices {
            if let variant = alternatives[index].withUTF8Bytes(Self.mcVariant) { alternatives.append(variant) }
        }
        if let variant = key.withUTF8Bytes(Self.mcVariant) { alternatives.append(variant) }
        if alternatives.count <= 1 { return alternatives.first == key ? [] : alternatives }
        alternatives.sort()
        var unique: [String] = []
        unique.reserveCapacity(alternatives.count)
        for alternative in alternatives where alternative != key && alternative != unique.last {
            unique.append(alternative)
        }
        return unique
    }

    /// Whether the token starts with `D'` (`D'Souza`, `d’Artagnan`).
    private func hasElidedDe(_ index: Int) -> Bool {
        let text = bytes(of: index)
        guard text.count >= 4, text[0] | 0x20 == UInt8(ascii: "d") else { return false }
        return text[1] == ASCII.apostrophe || (text[1] == 0xE2 && text[2] == 0x80 && text[3] == 0x99)
    }

    /// Whether a key has more than one word or starts with `mc` or `mac`.
    private static func mayHaveAlternatives(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.contains(ASCII.space) || mayHaveMc(key)
    }

    /// Whether a word of `key` starts with `mc` or `mac` (a quick test before ``mcVariant(_:)``).
    private static func mayHaveMc(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 3 < key.count {
            if key[index] == UInt8(ascii: "m") && (index == 0 || key[index - 1] == ASCII.space)
                && (key[index + 1] == UInt8(ascii: "c")
                    || (key[index + 1] == UInt8(ascii: "a") && key[index + 2] == UInt8(ascii: "c")))
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// Appends the key without leading particles and, for a name of several surnames, each
    /// surname (with and without its particles).
    private static func addAlternatives(of key: UnsafeBufferPointer<UInt8>, to alternatives: inout [String]) {
        guard key.contains(ASCII.space) else { return }
        var words: [Range<Int>] = []
        var start = 0
        for index in 0...key.count where index == key.count || key[index] == ASCII.space {
            if index > start { words.append(start..<index) }
            start = index + 1
        }
        guard words.count > 1 else { return }
        func text(_ first: Int, _ last: Int) -> String {
            String(utf8Bytes: key[words[first].lowerBound..<words[last].upperBound])
        }
        func addWithoutParticles(_ first: Int, _ last: Int) {
            var from = first
            while from < last && word(key, words[from]).kinds.contains(.droppable) { from += 1 }
            if from > first { alternatives.append(text(from, last)) }
        }
        addWithoutParticles(0, words.count - 1)
        var groupStart = 0
        var groups: [(Int, Int)] = []
        for index in words.indices where index == words.count - 1 || !word(key, words[index]).kinds.contains(.particle) {
            groups.append((groupStart, index))
            groupStart = index + 1
        }
        guard groups.count > 1 else { return }
        for (first, last) in groups {
            alternatives.append(text(first, last))
            addWithoutParticles(first, last)
        }
    }

    /// The ``NameWord`` of one word of a key.
    private static func word(_ key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> NameWord {
        guard range.count <= NameWordCode.maxLetters else { return .none }
        var code: UInt64 = 0
        for index in range {
            guard ASCII.isLower(key[index]) else { return .none }
            code = NameWordCode.appending(key[index], to: code)
        }
        return NameWords.word(code: code)
    }

    /// The key with every `Mc`/`Mac` word spelled the other way (`mcdonald` → `macdonald`,
    /// `macdonald` → `mcdonald`), or `nil` when it has none.
    private static func mcVariant(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        guard mayHaveMc(key) else { return nil }
        var output: [UInt8] = []
        var changed = false
        var index = 0
        while index < key.count {
            let atWordStart = index == 0 || key[index - 1] == ASCII.space
            let rest = key.count - index
            if atWordStart && key[index] == UInt8(ascii: "m") {
                var end = index
                while end < key.count && key[end] != ASCII.space { end += 1 }
                let length = end - index
                if length >= 4 && key[index + 1] == UInt8(ascii: "c") && ASCII.isLower(key[index + 2]) {
                    output.append(contentsOf: "mac".utf8)
                    index += 2
                    changed = true
                    continue
                }
                if length >= 6 && rest >= 6 && key[index + 1] == UInt8(ascii: "a") && key[index + 2] == UInt8(ascii: "c")
                    && ASCII.isLower(key[index + 3]) && !isVowelOrH(key[index + 3])
                {
                    output.append(contentsOf: "mc".utf8)
                    index += 3
                    changed = true
                    continue
                }
            }
            output.append(key[index])
            index += 1
        }
        return changed ? String(utf8Bytes: output) : nil
    }

    @inline(__always)
    private static func isVowelOrH(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"), UInt8(ascii: "h"):
            true
        default: false
        }
    }
}
