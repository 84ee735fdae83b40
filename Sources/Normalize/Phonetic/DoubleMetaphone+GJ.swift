/// Double Metaphone rules for `G` (hard, soft, silent in `GH` and `GN`) and `J` (English,
/// Spanish and Germanic readings).
extension DoubleMetaphone.Encoder {
    mutating func letterG() {
        let next = letter(current + 1)
        if next == UInt8(ascii: "H") {
            letterGH()
            return
        }
        if next == UInt8(ascii: "N") {
            if current == 1, isVowel(0), !slavoGermanic {
                add("KN", "N")
            } else if !matches(current + 2, "EY"), !slavoGermanic {  // but `Cagney`
                add("N", "KN")
            } else {
                add("KN")
            }
            current &+= 2
            return
        }
        if matches(current + 1, "LI"), !slavoGermanic {  // `Tagliaro`
            add("KL", "L")
            current &+= 2
            return
        }
        // `-GES-`, `-GEP-`, `-GEL-`, `-GIE-`, … at the start.
        if current == 0,
            next == UInt8(ascii: "Y") || matchesAny(current + 1, "ES|EP|EB|EL|EY|IB|IL|IN|IE|EI|ER")
        {
            add("K", "J")
            current &+= 2
            return
        }
        // `-GER-`, `-GY-`, but not `danger`, `ranger`, `manger`, `-EGER-`, `-IGY-`, `-RGY-`, `-OGY-`.
        if matches(current + 1, "ER") || next == UInt8(ascii: "Y"),
            !matchesAny(0, "DANGER|RANGER|MANGER"),
            !matchesAny(current - 1, "E|I"), !matchesAny(current - 1, "RGY|OGY")
        {
            add("K", "J")
            current &+= 2
            return
        }
        // Soft before `E`, `I`, `Y`, and Italian `-AGGI-`, `-OGGI-` (`Biaggi`).
        if matchesAny(current + 1, "E|I|Y") || matchesAny(current - 1, "AGGI|OGGI") {
            if matchesAny(0, "VAN |VON ") || matches(0, "SCH") || matches(current + 1, "ET") {
                add("K")  // obviously Germanic
            } else if matches(current + 1, "IER ") {
                add("J")  // always soft in a French ending
            } else {
                add("J", "K")
            }
            current &+= 2
            return
        }
        add("K")
        current &+= next == UInt8(ascii: "G") ? 2 : 1
    }

    /// `GH`: `K` after a consonant or at the start (`J` in `Ghislaine`), silent in `hugh`,
    /// `bough`, `broughton`, `F` in `laugh`, `cough`, `tough`.
    private mutating func letterGH() {
        defer { current &+= 2 }
        if current > 0, !isVowel(current - 1) {
            add("K")
            return
        }
        if current == 0 {
            add(letter(current + 2) == UInt8(ascii: "I") ? "J" : "K")
            return
        }
        // Parker's rule: silent after `B`, `H`, `D` two or three letters back, `B`, `H` four back.
        if (current > 1 && matchesAny(current - 2, "B|H|D"))
            || (current > 2 && matchesAny(current - 3, "B|H|D"))
            || (current > 3 && matchesAny(current - 4, "B|H"))
        {
            return
        }
        if current > 2, letter(current - 1) == UInt8(ascii: "U"), matchesAny(current - 3, "C|G|L|R|T") {
            add("F")
        } else if letter(current - 1) != UInt8(ascii: "I") {
            add("K")
        }
    }

    mutating func letterJ() {
        // Obviously Spanish: `Jose`, `San Jacinto`.
        if matches(current, "JOSE") || matches(0, "SAN ") {
            if (current == 0 && letter(current + 4) == ASCII.space) || matches(0, "SAN ") {
                add("H")
            } else {
                add("J", "H")
            }
            current &+= 1
            return
        }
        if current == 0 {
            add("J", "A")  // `Yankelovich` / `Jankelowicz`
        } else if isVowel(current - 1), !slavoGermanic,
            letter(current + 1) == UInt8(ascii: "A") || letter(current + 1) == UInt8(ascii: "O")
        {
            add("J", "H")  // Spanish `bajador`
        } else if current == last {
            add("J", "")
        } else if !matchesAny(current + 1, "L|T|K|S|N|M|B|Z"), !matchesAny(current - 1, "S|K|L") {
            add("J")
        }
        current &+= letter(current + 1) == UInt8(ascii: "J") ? 2 : 1
    }
}
