extension StreetWords {
    /// Takes the units out of the line: each becomes `designator identifier` in `units` (standard
    /// designator, identifier as written: `apt 19`, `flat 2`, `ste 300`, `fl 3`) and its words
    /// leave the street key.
    ///
    /// - A designator takes the next word as its identifier when that has a digit or is one
    ///   letter and no comma comes between (`Apt 19`, `Flat B`, `Suite 300`); `Ste Catherine` is
    ///   not a unit.
    /// - A floor may have its number before it: `3rd Floor`, `3. Etage`, `2ème étage` → `fl 3`.
    /// - `#12` is `apt 12` (`#` stands for whatever unit it is; apartments are the usual case);
    ///   a `#` at the start of the first line marks the house number instead.
    /// - Spanish floor and door: `3º B`, `2º izda` → `fl 3 pta b`.
    /// - Stand-alone designators (`bajo`, `rear`, `basement`) count only after a comma, at the end
    ///   of the line or in the second line, so that `12 Front St` keeps its street.
    mutating func extractUnits(into units: inout [String], secondLine: Bool) {
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard isKept(index) else { continue }
            let word = words[index]
            switch word.entry?.role {
            case .unit?, .floor?:
                let entry = word.entry!
                let floor = entry.role == .floor
                if index + 1 < words.count, !words[index + 1].afterComma, isIdentifier(index + 1) {
                    let identifier = floor ? ordinalNumber(index + 1, plain: true).map(String.init) : nil
                    units.append(entry.standardText + " " + (identifier ?? text(index + 1)))
                    words[index].output = .drop
                    words[index + 1].output = .drop
                    index += 1
                } else if floor, index > 0, isKept(index - 1), let number = floorNumber(before: index) {
                    var unit = "fl " + String(number)
                    words[index - 1].output = .drop
                    words[index].output = .drop
                    // "Ground Floor Flat", "First Floor Apartment": the flat is the floor's.
                    if index + 1 < words.count, !words[index + 1].afterComma, words[index + 1].entry?.role == .unit,
                        index + 2 == words.count || words[index + 2].afterComma || !isIdentifier(index + 2)
                    {
                        unit += " " + words[index + 1].entry!.standardText
                        words[index + 1].output = .drop
                        index += 1
                    }
                    units.append(unit)
                }
            case .standaloneUnit?:
                if secondLine || word.afterComma || (index == words.count - 1 && index > 0) {
                    units.append(word.entry!.standardText)
                    words[index].output = .drop
                }
            default:
                if word.afterHash, index > 0 || secondLine {
                    units.append("apt " + text(index))
                    words[index].output = .drop
                } else if index > 0 || secondLine, let floor = spanishFloor(index) {
                    var unit = "fl " + String(floor)
                    words[index].output = .drop
                    if index + 1 < words.count, isDoor(index + 1) {
                        unit += " pta " + text(index + 1)
                        words[index + 1].output = .drop
                        index += 1
                    }
                    units.append(unit)
                }
            }
        }
    }

    /// The floor named by the word before the floor designator at `index`: `3rd`, `3.` after a
    /// comma, `third`, `ground` (0).
    private func floorNumber(before index: Int) -> Int? {
        let previous = index - 1
        if let entry = words[previous].entry, entry.role == .ordinal { return Int(entry.number) }
        if packed(previous) == Self.ground { return 0 }
        return ordinalNumber(previous, plain: words[previous].afterComma)
    }

    private static let ground = PackedWord("ground")

    /// Whether word `index` can identify a unit: it has a digit, or is a single letter.
    private func isIdentifier(_ index: Int) -> Bool {
        hasDigit(index) || isLetter(index)
    }

    /// The floor of a Spanish `3º`, `1ª`: digits and an ordinal indicator.
    private func spanishFloor(_ index: Int) -> Int? {
        let word = slice(index)
        guard word.count >= 3, let first = word.first, ASCII.isDigit(first),
            word[word.endIndex - 2] == 0xC2, word.last == 0xBA || word.last == 0xAA
        else { return nil }
        return ordinalNumber(index)
    }

    /// A door after a Spanish floor: one letter or digit, or left/right/centre.
    private func isDoor(_ index: Int) -> Bool {
        if length(index) == 1 { return ASCII.isAlphanumeric(bytes[words[index].start]) }
        guard let word = packed(index) else { return false }
        return Self.doors.contains(word)
    }

    private static let doors = PackedWordTable(
        set: ["izq", "izda", "izquierda", "dcha", "dch", "dcho", "derecha", "ctro", "centro"])
}
