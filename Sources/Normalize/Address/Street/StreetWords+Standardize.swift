extension StreetWords {
    /// Standardizes the kept words for the street key and returns the index of the house number.
    mutating func standardize(country: String?) -> Int? {
        let poBox = markPOBox()
        dropNumberMarkers()
        let house = poBox ? nil : houseNumber()
        standardizeStreetWords(country: country, houseNumber: house)
        return house
    }

    /// Finds a post-office box (`PO Box`, `P.O. Box`, `Post Office Box`, `POB`, `Postfach`) and
    /// writes it `po box`. Returns whether there was one.
    private mutating func markPOBox() -> Bool {
        for index in words.indices where isKept(index) {
            if words[index].entry?.role == .poBox {
                words[index].output = .standard(Self.poBox.standard)
                return true
            }
            guard bytes[words[index].start] == UInt8(ascii: "p"), let word = packed(index) else { continue }
            var sequence: [PackedWord] = []
            switch word {
            case Self.po: sequence = [Self.box]
            case Self.p: sequence = [Self.o, Self.box]
            case Self.post: sequence = next(index) == Self.office ? [Self.office, Self.box] : [Self.box]
            default: continue
            }
            var last = index
            for expected in sequence {
                guard let next = nextKept(after: last), packed(next) == expected else { break }
                last = next
            }
            guard last != index, packed(last) == Self.box else { continue }
            words[index].output = .standard(Self.poBox.standard)
            for other in (index + 1)...last { words[other].output = .drop }
            return true
        }
        return false
    }

    /// The packed key of the kept word after `index`.
    private func next(_ index: Int) -> PackedWord? { nextKept(after: index).flatMap(packed) }

    private static let poBox = StreetVocabulary.entry(PackedWord("po box"))!
    private static let po = PackedWord("po")
    private static let p = PackedWord("p")
    private static let o = PackedWord("o")
    private static let box = PackedWord("box")
    private static let post = PackedWord("post")
    private static let office = PackedWord("office")

    /// Drops `No.`, `Nº`, `Nr.` before a house number (`Calle Mayor nº 12` → `calle mayor 12`);
    /// `n` only when it does not follow a number (in `1200 N 300 W` it is north). `nº12` becomes `12`.
    private mutating func dropNumberMarkers() {
        for index in words.indices where isKept(index) {
            let word = words[index]
            if word.end - word.start > 3, bytes[word.start] == UInt8(ascii: "n"), bytes[word.start + 1] == 0xC2,
                bytes[word.start + 2] == 0xBA, Self.isHouseNumber(UnsafeBufferPointer(rebasing: bytes[(word.start + 3)..<word.end]))
            {
                words[index].output = .bytes(word.start + 3, word.end)
                continue
            }
            guard let role = word.entry?.role, role == .numberMarker || (role == .directional && isLetter(index, 0x6E)),
                let next = nextKept(after: index), isHouseNumber(next)
            else { continue }
            if role == .directional, let previous = previousKept(before: index), isHouseNumber(previous) { continue }
            words[index].output = .drop
        }
    }

    /// The index of the house number: the first word when it is a number (`12 rue …`,
    /// `155 London Road`), or the first word of a later part of the line (`Rose Court, 12 High
    /// Street`), else the last (`Hauptstraße 5`, `Calle Mayor 12`), unless it numbers a road
    /// (`Highway 101`, `Route 66`). A trailing letter is joined to the number before it
    /// (`Hauptstr. 5 a` → `5a`).
    private mutating func houseNumber() -> Int? {
        guard let first = words.indices.first(where: isKept) else { return nil }
        if isHouseNumber(first) { return first }
        if let part = words.indices.first(where: { isKept($0) && words[$0].afterComma && isHouseNumber($0) }) {
            return part
        }
        guard let last = words.indices.last(where: isKept), last != first,
            let before = previousKept(before: last)
        else { return nil }
        if isLetter(last), !"nsew".utf8.contains(bytes[words[last].start]), isDigits(before),
            case .keep = words[before].output, before != first,
            words[before].end == words[last].start, !numbersRoad(previousKept(before: before)!)
        {
            words[before].output = .bytes(words[before].start, words[last].end)
            words[last].output = .drop
            return before
        }
        guard isHouseNumber(last), !numbersRoad(before) else { return nil }
        return last
    }

    /// Whether word `index` names a road whose number is the road's, not the house's.
    private func numbersRoad(_ index: Int) -> Bool {
        if let entry = words[index].entry {
            guard entry.role == .streetType else { return false }
            switch entry.standardText {
            case "hwy", "rte", "fwy", "expy", "pkwy", "ctra": return true
            default: return false
            }
        }
        return packed(index).map(Self.roadNumbered.contains) ?? false
    }

    private static let roadNumbered = PackedWordTable(
        set: ["interstate", "i", "us", "sr", "cr", "fm", "state", "county", "box", "a", "b", "m", "bundesstrasse"])

    /// Standardizes the words of the street (the house number at `houseNumber`, if any): street
    /// types, directionals, ordinal words, `saint` at the start of the name, German `…straße`.
    private mutating func standardizeStreetWords(country: String?, houseNumber: Int?) {
        var nameWords = 0
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard index != houseNumber, case .keep = words[index].output else { continue }
            guard let entry = words[index].entry else {
                nameWords += 1
                replaceStrasse(index)
                continue
            }
            switch entry.role {
            case .streetType:
                let spanish = entry.standard == Self.close.standard && country.map(Self.spanishSpeaking.contains) == true
                words[index].output = .standard(spanish ? Self.calle.standard : entry.standard)
            case .directional:
                if length(index) > 1, let next = nextKept(after: index), let pair = directionalPair(entry, next) {
                    words[index].output = .standard(pair.standard)
                    words[index].spelledOut = pair.full
                    words[next].output = .drop
                    index = next
                } else {
                    words[index].output = .standard(entry.standard)
                    words[index].spelledOut = entry.full
                }
            case .ordinal:
                nameWords += 1
                words[index].output = .ordinal(entry.number)
            case .tens:
                nameWords += 1
                if let next = nextKept(after: index), let following = words[next].entry,
                    following.role == .ordinal, following.number < 10
                {
                    words[index].output = .ordinal(entry.number + following.number)
                    words[next].output = .drop
                    index = next
                }
            case .saint:
                if nameWords == 0 { words[index].output = .standard(entry.standard) }
                nameWords += 1
            case .unit, .floor, .standaloneUnit, .numberMarker, .poBox:
                nameWords += 1
            }
        }
        guard nameWords == 0 else { return }
        for index in words.indices {
            if let full = words[index].spelledOut { words[index].output = .standard(full) }
        }
    }

    /// `north` `east` → `ne`, `south west` → `sw` (full words only).
    private func directionalPair(_ first: StreetVocabulary.Entry, _ next: Int) -> StreetVocabulary.Entry? {
        guard let second = words[next].entry, second.role == .directional, length(next) > 1 else { return nil }
        let standard = first.standardText + second.standardText
        guard standard == "ne" || standard == "nw" || standard == "se" || standard == "sw" else { return nil }
        return StreetVocabulary.entry(PackedWord(standard))
    }

    /// German compounds: `hauptstrasse` → `hauptstr`.
    private mutating func replaceStrasse(_ index: Int) {
        let word = slice(index)
        guard word.count > 7, word.suffix(7).elementsEqual("strasse".utf8) else { return }
        words[index].output = .bytes(words[index].start, words[index].end - 4)
    }

    private static let close = StreetVocabulary.entry(PackedWord("close"))!
    private static let calle = StreetVocabulary.entry(PackedWord("calle"))!

    private static let spanishSpeaking: Set<String> = [
        "ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI",
        "CR", "PA", "UY", "PR",
    ]
}
