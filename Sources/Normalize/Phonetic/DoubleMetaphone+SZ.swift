/// Double Metaphone rules for the sibilants `S` and `Z`: `S`, `X` (*sh*), `SK`, `TS`, silent `S`
/// in `island` and French endings, `J` for Chinese `ZH`.
extension DoubleMetaphone.Encoder {
    mutating func letterS() {
        if matchesAny(current - 1, "ISL|YSL") {  // `island`, `isle`, `Carlisle`
            current &+= 1
            return
        }
        if current == 0, matches(current, "SUGAR") {
            add("X", "S")
            current &+= 1
            return
        }
        if matches(current, "SH") {
            // Germanic `-SHEIM`, `-SHOEK`, `-SHOLM`, `-SHOLZ` keep the `S`.
            if matchesAny(current + 1, "HEIM|HOEK|HOLM|HOLZ") {
                add("S")
            } else {
                add("X")
            }
            current &+= 2
            return
        }
        if matchesAny(current, "SIO|SIA") {  // Italian and Armenian (`-SIAN`)
            if slavoGermanic {
                add("S")
            } else {
                add("S", "X")
            }
            current &+= 3
            return
        }
        // German and anglicised `SM-`, `SN-`, `SL-`, `SW-` (`Smith` ~ `Schmidt`, `Snider` ~
        // `Schneider`), and Slavic `SZ`.
        if (current == 0 && matchesAny(current + 1, "M|N|L|W")) || letter(current + 1) == UInt8(ascii: "Z") {
            add("S", "X")
            current &+= letter(current + 1) == UInt8(ascii: "Z") ? 2 : 1
            return
        }
        if matches(current, "SC") {
            letterSC()
            return
        }
        // French final `-AIS`, `-OIS` (`Resnais`, `Artois`).
        if current == last, matchesAny(current - 2, "AI|OI") {
            add("", "S")
        } else {
            add("S")
        }
        current &+= matchesAny(current + 1, "S|Z") ? 2 : 1
    }

    /// `SC`: Schlesinger's rule for `SCH`; `S` before `E`, `I`, `Y`; `SK` otherwise.
    private mutating func letterSC() {
        defer { current &+= 3 }
        if letter(current + 2) == UInt8(ascii: "H") {
            if matchesAny(current + 3, "OO|ER|EN|UY|ED|EM") {
                // Dutch `school`, `schooner`; `Schermerhorn`, `Schenker` may say `X`.
                if matchesAny(current + 3, "ER|EN") {
                    add("X", "SK")
                } else {
                    add("SK")
                }
            } else if current == 0, !isVowel(3), letter(3) != UInt8(ascii: "W") {
                add("X", "S")  // `Schmidt`, `Schneider`
            } else {
                add("X")
            }
            return
        }
        if matchesAny(current + 2, "I|E|Y") {
            add("S")
        } else {
            add("SK")
        }
    }

    mutating func letterZ() {
        if letter(current + 1) == UInt8(ascii: "H") {  // Chinese pinyin `Zhao`
            add("J")
            current &+= 2
            return
        }
        if matchesAny(current + 1, "ZO|ZI|ZA")
            || (slavoGermanic && current > 0 && letter(current - 1) != UInt8(ascii: "T"))
        {
            add("S", "TS")
        } else {
            add("S")
        }
        current &+= letter(current + 1) == UInt8(ascii: "Z") ? 2 : 1
    }
}
