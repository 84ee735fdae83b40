/// Double Metaphone rules for vowels and for the consonants with few special cases.
extension DoubleMetaphone.Encoder {
    /// A vowel counts only as the first letter, coded `A`.
    mutating func vowel() {
        if current == 0 { add("A") }
        current &+= 1
    }

    mutating func letterB() {
        add("P")
        current &+= letter(current + 1) == UInt8(ascii: "B") ? 2 : 1
    }

    mutating func letterD() {
        if matches(current, "DG") {
            if matchesAny(current + 2, "I|E|Y") {
                add("J")  // `edge`
                current &+= 3
            } else {
                add("TK")  // `edgar`
                current &+= 2
            }
            return
        }
        add("T")
        current &+= matchesAny(current, "DT|DD") ? 2 : 1
    }

    /// `H` sounds only at the start of the word or after a vowel, and before a vowel.
    mutating func letterH() {
        if (current == 0 || isVowel(current - 1)) && isVowel(current + 1) {
            add("H")
            current &+= 2
        } else {
            current &+= 1  // also skips `HH`
        }
    }

    mutating func letterL() {
        guard letter(current + 1) == UInt8(ascii: "L") else {
            add("L")
            current &+= 1
            return
        }
        // Spanish `LL` (`Cabrillo`, `Gallegos`) has no `L` in the alternate.
        let spanishEnding =
            current == length - 3 && matchesAny(current - 1, "ILLO|ILLA|ALLE")
        let spanishPlural =
            (matchesAny(last - 1, "AS|OS") || matchesAny(last, "A|O")) && matches(current - 1, "ALLE")
        if spanishEnding || spanishPlural {
            add("L", "")
        } else {
            add("L")
        }
        current &+= 2
    }

    /// `M`, swallowing a silent `B` in `-UMB` at the end or before `ER` (`dumb`, `thumber`).
    mutating func letterM() {
        let silentB =
            matches(current - 1, "UMB") && (current + 1 == last || matches(current + 2, "ER"))
        add("M")
        current &+= silentB || letter(current + 1) == UInt8(ascii: "M") ? 2 : 1
    }

    mutating func letterP() {
        if letter(current + 1) == UInt8(ascii: "H") {
            add("F")
            current &+= 2
            return
        }
        add("P")
        // `campbell`, `raspberry`
        current &+= matchesAny(current + 1, "P|B") ? 2 : 1
    }

    mutating func letterR() {
        // French final `-IER` (`Rogier`) is silent in the primary, but not after `ME`/`MA`
        // (`Hochmeier`).
        if current == last, !slavoGermanic, matches(current - 2, "IE"),
            !matchesAny(current - 4, "ME|MA")
        {
            add("", "R")
        } else {
            add("R")
        }
        current &+= letter(current + 1) == UInt8(ascii: "R") ? 2 : 1
    }

    mutating func letterT() {
        if matches(current, "TION") {
            add("X")
            current &+= 3
            return
        }
        if matchesAny(current, "TIA|TCH") {
            add("X")
            current &+= 3
            return
        }
        if matches(current, "TH") || matches(current, "TTH") {
            // `Thomas`, `Thames` and Germanic names say `T`; otherwise `0` (th) or `T`.
            if matchesAny(current + 2, "OM|AM") || matchesAny(0, "VAN |VON ") || matches(0, "SCH") {
                add("T")
            } else {
                add("0", "T")
            }
            current &+= 2
            return
        }
        add("T")
        current &+= matchesAny(current + 1, "T|D") ? 2 : 1
    }

    mutating func letterW() {
        if matches(current, "WR") {
            add("R")
            current &+= 2
            return
        }
        if current == 0 && (isVowel(current + 1) || matches(current, "WH")) {
            // `Wasserman` should match `Vasserman`; `Womo` should match `Uomo`.
            if isVowel(current + 1) {
                add("A", "F")
            } else {
                add("A")
            }
        }
        // `Arnow` should match `Arnoff`.
        if (current == last && isVowel(current - 1))
            || matchesAny(current - 1, "EWSKI|EWSKY|OWSKI|OWSKY") || matches(0, "SCH")
        {
            add("", "F")
            current &+= 1
            return
        }
        // Polish `-WICZ` (`Filipowicz`).
        if matchesAny(current, "WICZ|WITZ") {
            add("TS", "FX")
            current &+= 4
            return
        }
        current &+= 1
    }

    mutating func letterX() {
        // French final `X` is silent (`Breaux`).
        let silent =
            current == last && (matchesAny(current - 3, "IAU|EAU") || matchesAny(current - 2, "AU|OU"))
        if !silent { add("KS") }
        current &+= matchesAny(current + 1, "C|X") ? 2 : 1
    }
}
