/// City names: for display, in title case when the feed shouted or whispered them; for
/// comparison, as a key with `Saint`, `Fort` and `Mount` in one form and a few exonyms merged.
enum CityName {
    /// `text` trimmed, in title case when it was all upper or all lower case: `SOUTHAMPTON` →
    /// `Southampton`, `köln` → `Köln`, `saint-étienne` → `Saint-Étienne`, `NEWCASTLE UPON TYNE`
    /// → `Newcastle upon Tyne`, `O'FALLON` → `O'Fallon`, `MCALLEN` → `McAllen`. Mixed case is kept
    /// as written (`DeKalb`). Linking words after the first word stay lower case (``smallWords``).
    static func display(_ text: String) -> String {
        let asWritten = text.withUTF8Bytes { bytes -> String? in
            // The usual case: ASCII, already trimmed with single spaces. Nothing to allocate
            // unless the case changes.
            var hasUpper = false
            var hasLower = false
            var previousSpace = true
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if ASCII.isSpace(byte) {
                    guard byte == ASCII.space, !previousSpace else { return nil }
                    previousSpace = true
                    continue
                }
                previousSpace = false
                if ASCII.isUpper(byte) { hasUpper = true } else if ASCII.isLower(byte) { hasLower = true }
            }
            guard !previousSpace || bytes.isEmpty else { return nil }
            return hasUpper && hasLower || !(hasUpper || hasLower) ? text : titleCased(bytes)
        }
        if let asWritten { return asWritten }
        let cleaned = DisplayText.clean(text)
        return cleaned.withUTF8Bytes { bytes in
            var hasUpper = false
            var hasLower = false
            var scalars = UTF8Scalars(bytes)
            while let scalar = scalars.next() {
                if LetterCase.isUpper(scalar) { hasUpper = true } else if LetterCase.isLower(scalar) { hasLower = true }
                if hasUpper && hasLower { return cleaned }
            }
            guard hasUpper || hasLower else { return cleaned }
            return titleCased(bytes)
        }
    }

    /// The comparison key of a city (display or raw text): `St. Albans`, `Saint Albans` → `st albans`;
    /// `Ft Worth` → `ft worth`; `Mt. Vernon` → `mt vernon`; `Cologne`, `Koeln` → `koln`.
    static func key(_ text: String) -> String? {
        text.withUTF8Bytes { bytes in
            let ascii = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { buffer -> String?? in
                guard let count = ComparisonKey.writeLatin(bytes, into: buffer) else { return .none }
                return .some(standardKey(UnsafeBufferPointer(rebasing: buffer[..<count])))
            }
            if let ascii { return ascii }
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count + 4)
            ComparisonKey.append(bytes, to: &key)
            return key.withUnsafeBufferPointer(standardKey)
        }
    }

    /// `key` with its first word standardized, or its city's own name for an exonym.
    private static func standardKey(_ key: UnsafeBufferPointer<UInt8>) -> String? {
        guard !key.isEmpty else { return nil }
        let firstEnd = key.firstIndex(of: ASCII.space) ?? key.count
        var standard: (UInt8, UInt8)?
        if firstEnd < key.count, let word = PackedWord(key, 0..<firstEnd) { standard = firstWords[word] }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count + 2) { buffer in
            var count = 0
            var rest = 0
            if let (a, b) = standard {
                (buffer[0], buffer[1]) = (a, b)
                count = 2
                rest = firstEnd
            }
            for byte in key[rest...] {
                buffer[count] = byte
                count += 1
            }
            let result = UnsafeBufferPointer(rebasing: buffer[..<count])
            if let word = PackedWord(result), let own = exonyms[word] { return own }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Title case of `bytes`: each part after a space, hyphen, slash, bracket or period starts
    /// with a capital, except linking words that are not first.
    private static func titleCased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return titleCasedUnicode(bytes) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = ASCII.lower(byte) }
            forEachPart(UnsafeBufferPointer(buffer)) { start, end, first in
                let (a, b) = capitals(UnsafeBufferPointer(rebasing: buffer[start..<end]), first: first)
                if let a { buffer[start + a] = ASCII.upper(buffer[start + a]) }
                if let b { buffer[start + b] = ASCII.upper(buffer[start + b]) }
            }
            return bytes.count
        }
    }

    /// ``titleCased(_:)`` for text with letters beyond ASCII.
    private static func titleCasedUnicode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lowered: [UInt8] = []
        lowered.reserveCapacity(bytes.count)
        var scalars = UTF8Scalars(bytes)
        while let scalar = scalars.next() { lowered.appendUTF8(LetterCase.lower(scalar)) }
        var output: [UInt8] = []
        output.reserveCapacity(lowered.count + 2)
        lowered.withUnsafeBufferPointer { lowered in
            var copied = 0
            forEachPart(lowered) { start, end, first in
                output.append(contentsOf: lowered[copied..<start])
                let (a, b) = capitals(UnsafeBufferPointer(rebasing: lowered[start..<end]), first: first)
                var index = start
                while index < end {
                    guard index - start == a || index - start == b else {
                        output.append(lowered[index])
                        index += 1
                        continue
                    }
                    var decoder = UTF8Scalars(UnsafeBufferPointer(rebasing: lowered[index..<end]))
                    output.appendUTF8(LetterCase.upper(decoder.next() ?? 0xFFFD))
                    index += decoder.position
                }
                copied = end
            }
            output.append(contentsOf: lowered[copied...])
        }
        return String(utf8Bytes: output)
    }

    /// Calls `body` with the bounds of each part of `text` (between boundaries) and whether it is
    /// the first.
    private static func forEachPart(_ text: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Bool) -> Void) {
        var start = 0
        var first = true
        while start < text.count {
            var end = start
            while end < text.count, !isBoundary(text[end]) { end += 1 }
            if end > start {
                body(start, end, first)
                first = false
            }
            start = end + 1
        }
    }

    /// The offsets in `part` (lower case) of the letters to capitalize: the first, and the one
    /// after an elided article (`O'Fallon`, `L'Isle`; in the middle of a name the article stays
    /// lower: `d'Ascq`) or after `Mc` (`McAllen`). None for a linking word that is not first.
    private static func capitals(_ part: UnsafeBufferPointer<UInt8>, first: Bool) -> (Int?, Int?) {
        if !first, let word = PackedWord(part), smallWords.contains(word) { return (nil, nil) }
        if part.count > 2, part[1] == ASCII.apostrophe {
            return (first || part[0] == UInt8(ascii: "o") ? 0 : nil, 2)
        }
        if part.count > 3, part[0] == UInt8(ascii: "m"), part[1] == UInt8(ascii: "c") { return (0, 2) }
        return (0, nil)
    }

    @inline(__always)
    private static func isBoundary(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.hyphen || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: ")") || byte == ASCII.period
    }

    /// Linking words kept in lower case inside a name: `upon`, `on`, `sur`, `am`, `de`, `del` …
    private static let smallWords = PackedWordTable(
        set: [
            "upon", "on", "of", "the", "and", "super", "under", "in", "by", "at",
            "am", "an", "der", "die", "das", "dem", "den", "im", "ob", "bei", "vor", "unter", "zu", "zum", "zur",
            "de", "du", "des", "la", "le", "les", "en", "sur", "sous", "aux", "au", "lès", "lez", "et", "à",
            "del", "los", "las", "y", "di", "della", "da", "do", "dos", "aan", "op", "bij",
        ])

    /// First words standardized in keys: `saint`, `sainte`, `ste` → `st`; `fort` → `ft`;
    /// `mount` → `mt` (all two letters).
    private static let firstWords = PackedWordTable<(UInt8, UInt8)>(
        [("saint", "st"), ("sainte", "st"), ("ste", "st"), ("fort", "ft"), ("mount", "mt")].map { word, standard in
            let bytes = Array(standard.utf8)
            return (PackedWord(word), (bytes[0], bytes[1]))
        })

    /// Exonyms and transliterations of big European cities, keyed to the city's own name.
    private static let exonyms: PackedWordTable<String> = {
        let groups: [(String, [String])] = [
            ("koln", ["cologne", "koeln"]), ("munchen", ["munich", "muenchen"]),
            ("nurnberg", ["nuremberg", "nuernberg"]), ("dusseldorf", ["duesseldorf"]),
            ("wien", ["vienna", "vienne"]), ("praha", ["prague", "prag"]), ("firenze", ["florence", "florenz"]),
            ("milano", ["milan", "mailand"]), ("napoli", ["naples", "neapel"]), ("roma", ["rome", "rom"]),
            ("torino", ["turin"]), ("venezia", ["venice", "venedig", "venise"]), ("genova", ["genoa", "genua"]),
            ("lisboa", ["lisbon", "lissabon", "lisbonne"]), ("bruxelles", ["brussels", "brussel"]),
            ("antwerpen", ["antwerp", "anvers"]), ("gent", ["ghent", "gand"]), ("brugge", ["bruges", "brugge"]),
            ("geneve", ["geneva", "genf", "ginevra"]), ("zurich", ["zuerich"]),
            ("den haag", ["the hague", "s gravenhage", "la haye"]), ("warszawa", ["warsaw", "warschau", "varsovie"]),
            ("krakow", ["cracow", "krakau", "cracovie"]), ("sevilla", ["seville", "sevilla"]),
            ("zaragoza", ["saragossa"]), ("a coruna", ["la coruna", "corunna"]), ("moskva", ["moscow", "moskau", "moscou"]),
            ("kobenhavn", ["copenhagen", "kopenhagen", "copenhague"]), ("goteborg", ["gothenburg"]),
            ("athina", ["athens", "athen", "athenes"]), ("bucuresti", ["bucharest", "bukarest"]),
            ("beograd", ["belgrade", "belgrad"]), ("kyiv", ["kiev", "kiew"]), ("hannover", ["hanover"]),
            ("frankfurt am main", ["frankfurt am", "frankfurt a m", "frankfurt main"]),
        ]
        return PackedWordTable(groups.flatMap { own, others in others.map { (PackedWord($0), own) } })
    }()
}
