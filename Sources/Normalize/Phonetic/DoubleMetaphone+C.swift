/// Double Metaphone rules for `C`, the letter with the most readings: `K`, `S`, `X` (*ch*/*sh*),
/// `KS`, and Germanic, Greek, Italian and Slavic exceptions.
extension DoubleMetaphone.Encoder {
    mutating func letterC() {
        // Germanic `-ACH-` (`Bacher`, `Macher`, `Bach`), but not `-ACHI-`/`-ACHE-`.
        if current > 1, !isVowel(current - 2), matches(current - 1, "ACH"),
            letter(current + 2) != UInt8(ascii: "I"),
            letter(current + 2) != UInt8(ascii: "E") || matchesAny(current - 2, "BACHER|MACHER")
        {
            add("K")
            current &+= 2
            return
        }
        if current == 0, matches(current, "CAESAR") {
            add("S")
            current &+= 2
            return
        }
        if matches(current, "CHIA") {  // Italian `Chianti`
            add("K")
            current &+= 2
            return
        }
        if matches(current, "CH") {
            letterCH()
            return
        }
        if matches(current, "CZ"), !matches(current - 2, "WICZ") {  // `Czerny`
            add("S", "X")
            current &+= 2
            return
        }
        if matches(current + 1, "CIA") {  // `Focaccia`
            add("X")
            current &+= 3
            return
        }
        // Double `C`, but not `McClellan`.
        if matches(current, "CC"), !(current == 1 && letter(0) == UInt8(ascii: "M")) {
            letterCC()
            return
        }
        if matchesAny(current, "CK|CG|CQ") {
            add("K")
            current &+= 2
            return
        }
        if matchesAny(current, "CI|CE|CY") {
            // Italian `-CIO-`, `-CIE-`, `-CIA-` may say `X`.
            if matchesAny(current, "CIO|CIE|CIA") {
                add("S", "X")
            } else {
                add("S")
            }
            current &+= 2
            return
        }
        add("K")
        if matchesAny(current + 1, " C| Q| G") {
            current &+= 3  // `Mac Caffrey`, `Mac Gregor`
        } else if matchesAny(current + 1, "C|K|Q"), !matchesAny(current + 1, "CE|CI") {
            current &+= 2
        } else {
            current &+= 1
        }
    }

    /// `CH`: `K` in Greek and Germanic words (`chorus`, `Achtung`), `X` (*ch*) otherwise, with
    /// `K` as the alternate inside a word.
    private mutating func letterCH() {
        defer { current &+= 2 }
        if current > 0, matches(current, "CHAE") {  // `Michael`
            add("K", "X")
            return
        }
        // Greek roots at the start (`chemistry`, `chorus`, `character`), but not `chore`.
        if current == 0,
            matchesAny(current + 1, "HARAC|HARIS") || matchesAny(current + 1, "HOR|HYM|HIA|HEM"),
            !matches(0, "CHORE")
        {
            add("K")
            return
        }
        let germanic = matchesAny(0, "VAN |VON ") || matches(0, "SCH")
        let greek = matchesAny(current - 2, "ORCHES|ARCHIT|ORCHID")  // but not `arch`
        let beforeConsonant =
            matchesAny(current + 2, "T|S")
            || ((matchesAny(current - 1, "A|O|U|E") || current == 0)
                && matchesAny(current + 2, "L|R|N|M|B|H|F|V|W| "))  // `Wachtler`, `Wechsler`
        if germanic || greek || beforeConsonant {
            add("K")
        } else if current > 0 {
            if matches(0, "MC") {
                add("K")  // `McHugh`
            } else {
                add("X", "K")
            }
        } else {
            add("X")
        }
    }

    /// `CC`: `KS` in `accident`, `succeed`; `X` in Italian `Bellocchio`, `Bacci`; else `K`.
    private mutating func letterCC() {
        if matchesAny(current + 2, "I|E|H"), !matches(current + 2, "HU") {
            if (current == 1 && letter(current - 1) == UInt8(ascii: "A"))
                || matchesAny(current - 1, "UCCEE|UCCES")
            {
                add("KS")
            } else {
                add("X")
            }
            current &+= 3
        } else {
            add("K")  // Pierce's rule: `Bacchus`
            current &+= 2
        }
    }
}
