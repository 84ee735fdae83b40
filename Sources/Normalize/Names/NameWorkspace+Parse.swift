/// Reading the structure of a full name: which words are title, given, middle, family, suffix.
///
/// The rules, in order:
/// 1. A comma (or semicolon) after the first words puts the family name first:
///    `SMITH, JOHN A.`, `van der Berg, Jan`, `Smith Jr., John`; a comma followed only by suffixes
///    does not (`John Smith, Jr.`); a lone name with a trailing comma is a family name (`SMITH,`).
/// 2. Titles are taken from the front (`Mr`, `Herr Dr.`: the first one is kept); `Don`, `Doña`
///    and `M.` only when two more name words follow. Suffixes are taken from the end while a name
///    word remains (`Sr` at the end is senior, at the front Señor); the first suffix is kept.
/// 3. One word left: the family name after a title (`Mrs Smith`) or when written in capitals
///    (`SMITH`), else the given name (`dennis`).
/// 4. Words in capitals before words in small letters are the family name (`DUPONT Jean`,
///    `GARCÍA LÓPEZ María`; not initials such as `JRR Tolkien`: a surname has three letters and
///    a vowel).
/// 5. Otherwise the first word is the given name and the last the family name, with the
///    particles before it (`Ludwig van Beethoven`, `Mary St. John`); the words between are middle
///    names. Exactly four words, none an initial or a particle, are read as the Spanish given
///    name, second given name and two surnames (`María José García López`: given María, middle
///    José, family García López). Only particles before the last word make a family name alone
///    when there are two of them (`VAN DER BERG`) or the first is in small letters among capitals
///    (`van Beethoven`; `Van Morrison` is a given name).
extension NameWorkspace {
    /// The roles of the words in `words`, one person.
    func parsePerson(_ words: TokenSet, _ reading: NameReading) -> NameRoles {
        if let (before, after) = commaSplit(words) {
            var roles = NameRoles()
            var family = before
            takeTitles(&family, &roles)
            takeSuffixes(&family, &roles)
            roles.family = family
            assignGivenSide(after, &roles)
            return roles
        }
        var roles = NameRoles()
        var rest = words
        takeTitles(&rest, &roles)
        takeSuffixes(&rest, &roles)
        guard let first = rest.first, let last = rest.last else { return roles }
        if first == last {
            let token = self[first]
            let isFamily = roles.title != nil
                || (reading.loneCapitalsAreFamily && token.isAllCaps && token.letters >= 2)
            if isFamily { roles.family = rest } else { roles.given = rest }
            return roles
        }
        if reading.mixedCase, let family = leadingCapitals(rest) {
            roles.family = family
            assignGivenSide(rest.subtracting(family), &roles)
            return roles
        }
        var others = rest.removing(first)
        if self[first].isParticle && others.removing(last).allSatisfy({ self[$0].isParticle })
            && ((reading.mixedCase && self[first].isAllLower) || rest.count >= 3)
        {
            roles.family = rest
            return roles
        }
        var family = TokenSet(bits: 0)
        family.insert(last)
        others.remove(last)
        while let particle = others.last, self[particle].isParticle {
            family.insert(particle)
            others.remove(particle)
        }
        if rest.count == 4 && family.count == 1 && rest.allSatisfy({ !self[$0].isInitial && !self[$0].isParticle }),
            let second = others.last
        {
            family.insert(second)
            others.remove(second)
        }
        roles.given.insert(first)
        roles.middle = others
        roles.family = family
        return roles
    }

    /// The words before and after the comma that puts the family name first, or `nil`.
    func commaSplit(_ words: TokenSet) -> (TokenSet, TokenSet)? {
        guard let last = words.last,
            let comma = words.first(where: { self[$0].flags.contains(.commaAfter) })
        else { return nil }
        if comma == last {
            let isOneName = words.removing(last).allSatisfy { self[$0].isParticle || self[$0].isTitle }
            return isOneName ? (words, .empty) : nil
        }
        let after = words.after(comma)
        guard after.contains(where: { !self[$0].isSuffix }) else { return nil }
        return (words.subtracting(after), after)
    }

    /// Given name and middle names from words that hold no family name (after the comma of
    /// `SMITH, JOHN A.`, or one side of `Smith, John & Mary`).
    func assignGivenSide(_ words: TokenSet, _ roles: inout NameRoles) {
        var rest = words
        takeTitles(&rest, &roles)
        takeSuffixes(&rest, &roles)
        guard let first = rest.first else { return }
        roles.given.insert(first)
        roles.middle = rest.removing(first)
    }

    /// Moves leading titles out of `words`; keeps the first title key.
    func takeTitles(_ words: inout TokenSet, _ roles: inout NameRoles) {
        while let index = words.first, self[index].isTitle {
            let remaining = words.removing(index)
            if self[index].word.kinds.contains(.ambiguousTitle) {
                let nameWords = remaining.count { !self[$0].isSuffix && !self[$0].isTitle }
                guard nameWords >= 2 else { return }
            }
            if roles.title == nil { roles.title = self[index].word.titleKey }
            words = remaining
        }
    }

    /// Moves trailing suffixes out of `words` while a name word remains; keeps the first suffix.
    func takeSuffixes(_ words: inout TokenSet, _ roles: inout NameRoles) {
        while let index = words.last, self[index].isSuffix {
            let remaining = words.removing(index)
            guard remaining.contains(where: { !self[$0].isTitle }) else { return }
            roles.suffix = self[index].word.suffixKey
            words = remaining
        }
    }

    /// The leading words in capitals that make a family name before a given name written in
    /// small letters (`DUPONT Jean`), or `nil`.
    func leadingCapitals(_ words: TokenSet) -> TokenSet? {
        guard let last = words.last, !self[last].isAllCaps else { return nil }
        var run = TokenSet.empty
        var hasSurname = false
        for index in words {
            let token = self[index]
            guard token.isAllCaps, token.isParticle || token.letters >= 2 else { break }
            run.insert(index)
            if !token.isParticle && token.letters >= 3 && hasVowel(index) { hasSurname = true }
        }
        return hasSurname && run != words ? run : nil
    }

    /// Whether the token has a vowel or a letter outside ASCII: `JRR` (initials written without
    /// periods) has none.
    private func hasVowel(_ index: Int) -> Bool {
        if self[index].flags.contains(.nonASCII) { return true }
        return bytes(of: index).contains { byte in
            switch byte | 0x20 {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"):
                true
            default: false
            }
        }
    }
}
