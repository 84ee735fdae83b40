import GoldenCore

/// What one scalar means to the name tokenizer.
private enum ScalarRole {
    /// A letter: its case, and its ASCII folding (0, 0 when it has none).
    case letter(upper: Bool, lower: Bool, fold: (UInt8, UInt8))
    case digit, handle, apostrophe, hyphen, period, comma, conjunction
    /// Part of the word but no letter: combining marks, joiners.
    case mark
    /// Opens a quotation or a parenthesis, whose content (a nickname) is skipped.
    case open(UInt32, UInt32)
    /// Ends a word: spaces, other punctuation and symbols.
    case separator
}

extension NameWorkspace {
    /// Splits the segment's bytes into tokens.
    ///
    /// Words are runs of letters, digits, apostrophes, hyphens and periods; a period followed by a
    /// letter ends its word (`J.R.` is `J.` and `R.`); leading and trailing hyphens and apostrophes
    /// are not part of a word. Commas and semicolons are remembered on the word before them; `&`
    /// and `+` become conjunction tokens; quoted or bracketed text (`SMITH, JOHN "JOHNNY"`) is
    /// skipped.
    mutating func tokenize(_ segment: inout Segment) {
        let all = UnsafeBufferPointer(bytes)
        let limit = segment.byteRange.upperBound
        var word = WordState(field: segment.field)
        var position = segment.byteRange.lowerBound
        while position < limit {
            let byte = all[position]
            // Fast path: runs of ASCII letters, most of every name.
            if ASCII.isLetter(byte) {
                if !word.inToken || word.afterPeriod { startWord(&word, at: position, &segment) }
                repeat {
                    word.addASCIILetter(all[position], &segment)
                    position += 1
                } while position < limit && ASCII.isLetter(all[position])
                word.token.end = position
                continue
            }
            var scalars = UTF8Scalars(UnsafeBufferPointer(rebasing: all[0..<limit]))
            scalars.position = position
            let scalar = scalars.next()!
            let end = scalars.position
            let role = Self.role(of: scalar)
            switch role {
            case .letter(let upper, let lower, let fold):
                if !word.inToken || word.afterPeriod { startWord(&word, at: position, &segment) }
                word.addLetter(scalar, upper: upper, lower: lower, fold: fold, &segment)
                word.token.end = end
            case .digit, .handle:
                if !word.inToken || word.afterPeriod { startWord(&word, at: position, &segment) }
                word.afterPeriod = false
                word.onlyLowerSoFar = false
                word.token.flags.insert(role.isDigit ? .digit : .handle)
                word.token.end = end
            case .apostrophe, .hyphen:
                if word.inToken { word.token.flags.insert(role.isHyphen ? .hyphen : .apostrophe) }
                word.onlyLowerSoFar = false
            case .period:
                if word.inToken {
                    word.token.flags.insert(.period)
                    word.afterPeriod = true
                    word.token.end = end
                }
            case .mark:
                if word.inToken { word.token.end = end }
            case .comma:
                finishWord(&word, &segment)
                if let last = segment.tokens.last { tokens[last].flags.insert(.commaAfter) }
            case .conjunction:
                finishWord(&word, &segment)
                append(
                    NameToken(start: position, end: end, field: segment.field, flags: .conjunction, letters: 0, word: .none),
                    to: &segment)
            case .open(let closer, let other):
                finishWord(&word, &segment)
                var probe = scalars
                while let next = probe.next() {
                    if next == closer || next == other {
                        scalars = probe
                        break
                    }
                }
            case .separator:
                finishWord(&word, &segment)
            }
            position = scalars.position
        }
        finishWord(&word, &segment)
    }

    /// Ends the word being read, if any, and starts one at `position`.
    @inline(__always)
    private mutating func startWord(_ word: inout WordState, at position: Int, _ segment: inout Segment) {
        if word.inToken { finishWord(&word, &segment) }
        word.begin(at: position)
    }

    /// Ends the word being read: keeps it when it has a letter or a digit, and looks it up.
    private mutating func finishWord(_ word: inout WordState, _ segment: inout Segment) {
        guard word.inToken else { return }
        word.inToken = false
        var token = word.token
        if token.flags.contains(.digit) { Self.readOrdinal(&token, UnsafeBufferPointer(bytes)) }
        guard token.letters > 0 || token.flags.contains(.digit) || token.flags.contains(.handle) else { return }
        if word.codeLetters > 0 && word.codeLetters <= NameWordCode.maxLetters && token.word.kinds.isEmpty
            && !token.flags.contains(.hyphen) && !token.flags.contains(.digit)
        {
            token.word = NameWords.word(code: word.code)
        }
        append(token, to: &segment)
    }

    private mutating func append(_ token: NameToken, to segment: inout Segment) {
        guard tokenCount < Self.tokenCapacity else { return }
        tokens[tokenCount] = token
        segment.tokens.insert(tokenCount)
        tokenCount += 1
    }

    /// `2nd`, `3rd`, `4th` (the only words with digits a name may have) become suffixes.
    private static func readOrdinal(_ token: inout NameToken, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard token.end - token.start == 3 else { return }
        let ending = (UInt16(ASCII.lower(bytes[token.start + 1])) << 8) | UInt16(ASCII.lower(bytes[token.start + 2]))
        let key: String
        switch (bytes[token.start], ending) {
        case (UInt8(ascii: "2"), 0x6E64): key = "ii"  // nd
        case (UInt8(ascii: "3"), 0x7264): key = "iii"  // rd
        case (UInt8(ascii: "4"), 0x7468): key = "iv"  // th
        default: return
        }
        token.flags.remove(.digit)
        token.letters = 2
        token.word = NameWords.word(code: NameWordCode.make(key))
    }

    /// Lower-case beginnings that are not handles when a capital follows (`macDonald`, `vanDyke`).
    fileprivate static let camelPrefixes: Set<UInt64> = Set(
        ["mac", "van", "von", "del", "della", "dos", "das", "des", "den", "der", "ten", "ter"].map(NameWordCode.make))

    private static func role(of scalar: UInt32) -> ScalarRole {
        if scalar < 0x80 {
            let byte = UInt8(scalar)
            if ASCII.isUpper(byte) { return .letter(upper: true, lower: false, fold: (byte, 0)) }
            if ASCII.isLower(byte) { return .letter(upper: false, lower: true, fold: (byte, 0)) }
            if ASCII.isDigit(byte) { return .digit }
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "@"): return .handle
            case UInt8(ascii: "'"), UInt8(ascii: "`"): return .apostrophe
            case UInt8(ascii: "-"): return .hyphen
            case UInt8(ascii: "."): return .period
            case UInt8(ascii: ","), UInt8(ascii: ";"): return .comma
            case UInt8(ascii: "&"), UInt8(ascii: "+"): return .conjunction
            case UInt8(ascii: "\""): return .open(0x22, 0x22)
            case UInt8(ascii: "("): return .open(0x29, 0x29)
            case UInt8(ascii: "["): return .open(0x5D, 0x5D)
            case UInt8(ascii: "{"): return .open(0x7D, 0x7D)
            default: return .separator
            }
        }
        switch scalar {
        case 0x2018, 0x2019, 0x02BC, 0x2032, 0x00B4: return .apostrophe
        case 0x2010...0x2015, 0x2212: return .hyphen
        case 0x201C: return .open(0x201D, 0x201C)
        case 0x201E: return .open(0x201C, 0x201D)
        case 0x00AB: return .open(0x00BB, 0x00BB)
        case 0x00BB: return .open(0x00AB, 0x00AB)
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
            0x00AD, 0x200C, 0x200D:
            return .mark
        case 0x00C0...0x00DE where scalar != 0xD7:
            return .letter(upper: true, lower: false, fold: LatinFold.ascii(scalar) ?? (0, 0))
        case 0x00DF...0x00FF where scalar != 0xF7:
            return .letter(upper: false, lower: true, fold: LatinFold.ascii(scalar) ?? (0, 0))
        default:
            if DisplayText.isWhitespace(scalar) { return .separator }
            guard let value = Unicode.Scalar(scalar) else { return .separator }
            let properties = value.properties
            guard properties.isAlphabetic else { return .separator }
            return .letter(
                upper: properties.isUppercase, lower: properties.isLowercase,
                fold: LatinFold.ascii(scalar) ?? (0, 0))
        }
    }
}

/// The word the tokenizer is reading.
private struct WordState {
    var token: NameToken
    var inToken = false
    /// ``NameWordCode`` of its first letters; `codeLetters` past the maximum when it has none.
    var code: UInt64 = 0
    var codeLetters = 0
    var afterPeriod = false
    /// Whether every letter so far was a small ASCII letter (for `johnS`).
    var onlyLowerSoFar = true

    init(field: NameField) {
        token = NameToken(start: 0, end: 0, field: field, flags: [], letters: 0, word: .none)
    }

    @inline(__always)
    mutating func begin(at position: Int) {
        token = NameToken(start: position, end: position, field: token.field, flags: [], letters: 0, word: .none)
        inToken = true
        code = 0
        codeLetters = 0
        afterPeriod = false
        onlyLowerSoFar = true
    }

    @inline(__always)
    mutating func addASCIILetter(_ byte: UInt8, _ segment: inout NameWorkspace.Segment) {
        afterPeriod = false
        if token.letters < 255 { token.letters += 1 }
        if ASCII.isUpper(byte) {
            token.flags.insert(.upper)
            segment.hasUpper = true
            if onlyLowerSoFar && codeLetters >= 3 && !NameWorkspace.camelPrefixes.contains(code) {
                token.flags.insert(.handle)
            }
            onlyLowerSoFar = false
        } else {
            token.flags.insert(.lower)
            segment.hasLower = true
        }
        addFolded(byte, &segment)
        segment.letterCount += 1
    }

    mutating func addLetter(
        _ scalar: UInt32, upper: Bool, lower: Bool, fold: (UInt8, UInt8), _ segment: inout NameWorkspace.Segment
    ) {
        afterPeriod = false
        onlyLowerSoFar = false
        if token.letters < 255 { token.letters += 1 }
        token.flags.insert(.nonASCII)
        if upper {
            token.flags.insert(.upper)
            segment.hasUpper = true
        }
        if lower {
            token.flags.insert(.lower)
            segment.hasLower = true
        }
        switch scalar {
        case 0xC4, 0xD6, 0xDC, 0xE4, 0xF6, 0xFC: token.flags.insert(.umlaut)
        default: break
        }
        if fold.0 != 0 {
            addFolded(fold.0, &segment)
            if fold.1 != 0 { addFolded(fold.1, &segment) }
        } else {
            segment.hasOtherScripts = true
            codeLetters = NameWordCode.maxLetters + 1
        }
        segment.letterCount += 1
    }

    /// Adds an ASCII letter to the word's code and to the segment's letter hash.
    @inline(__always)
    private mutating func addFolded(_ byte: UInt8, _ segment: inout NameWorkspace.Segment) {
        let letter = ASCII.lower(byte)
        if codeLetters < NameWordCode.maxLetters { code = NameWordCode.appending(letter, to: code) }
        codeLetters += 1
        segment.letterHash = LetterHash.appending(letter, to: segment.letterHash)
        segment.sameLetter = segment.sameLetter == 0 || segment.sameLetter == letter ? letter : 0xFF
    }
}

extension ScalarRole {
    var isDigit: Bool { if case .digit = self { true } else { false } }
    var isHyphen: Bool { if case .hyphen = self { true } else { false } }
}
