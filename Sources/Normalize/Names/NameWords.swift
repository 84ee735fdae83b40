/// The words of names the parser must know, in English, German, French and Spanish.
///
/// Spellings are folded and lower-cased the way tokens are coded (`Doña` → `dona`, `Fräulein` →
/// `fraulein`) and keep no periods (`Sra.` → `sra`). Lists are small on purpose: a word missing
/// here is read as a name, which costs less than a name read as a title.
enum NameWords {
    /// The word coded `code` (see ``NameWordCode``), or ``NameWord/none``.
    @inline(__always)
    static func word(code: UInt64) -> NameWord {
        code == 0 ? .none : table.word(code)
    }

    /// Whether the letters of a whole name (see ``LetterHash``) are a placeholder phrase.
    @inline(__always)
    static func isPlaceholderPhrase(_ hash: UInt64) -> Bool {
        placeholderPhrases.word(hash | 1) != .none
    }

    /// Canonical title keys and their spellings.
    static let titles: [(key: String, spellings: [String])] = [
        ("mr", ["mr", "mister"]),
        ("mrs", ["mrs", "missus"]),
        ("ms", ["ms"]),
        ("miss", ["miss"]),
        ("mx", ["mx"]),
        ("master", ["master", "mstr"]),
        ("dr", ["dr", "doctor", "doktor", "dra"]),
        ("prof", ["prof", "professor"]),
        ("sir", ["sir"]),
        ("dame", ["dame"]),
        ("lord", ["lord"]),
        ("lady", ["lady"]),
        ("rev", ["rev", "revd", "reverend"]),
        ("hon", ["hon"]),
        ("herr", ["herr", "hr"]),
        ("frau", ["frau", "fr"]),
        ("frl", ["frl", "fraulein"]),
        ("m", ["m", "monsieur"]),
        ("mme", ["mme", "madame"]),
        ("mlle", ["mlle", "mademoiselle"]),
        ("sr", ["sr", "senor"]),
        ("sra", ["sra", "senora"]),
        ("srta", ["srta", "senorita"]),
        ("don", ["don"]),
        ("dona", ["dona"]),
    ]

    /// Titles that are also given names or initials: titles only before two more name words.
    static let ambiguousTitles: Set<String> = ["m", "don", "dona"]

    /// Canonical suffix keys and their spellings. `V` is left out (it is more often an initial),
    /// and so are `MA` and `BA` (family names as well as degrees).
    static let suffixes: [(key: String, spellings: [String])] = [
        ("jr", ["jr", "jnr", "junior"]),
        ("sr", ["sr", "snr", "senior"]),
        ("ii", ["ii"]),
        ("iii", ["iii"]),
        ("iv", ["iv"]),
        ("phd", ["phd", "dphil"]),
        ("md", ["md"]),
        ("dds", ["dds"]),
        ("dmd", ["dmd"]),
        ("esq", ["esq", "esquire"]),
        ("mba", ["mba"]),
        ("cpa", ["cpa"]),
        ("rn", ["rn"]),
        ("obe", ["obe"]),
        ("mbe", ["mbe"]),
        ("cbe", ["cbe"]),
        ("kbe", ["kbe"]),
        ("dbe", ["dbe"]),
        ("qc", ["qc"]),
        ("kc", ["kc"]),
        ("jp", ["jp"]),
        ("mp", ["mp"]),
        ("bsc", ["bsc"]),
        ("msc", ["msc"]),
    ]

    /// Particles that stay with the family name that follows them; all but the saints are left
    /// out in the family name's alternative key.
    static let particles = [
        "van", "von", "vom", "zu", "zum", "zur", "der", "den", "ten", "ter", "te", "de", "del",
        "della", "delle", "dei", "degli", "di", "da", "das", "dos", "du", "des", "le", "la", "bin",
        "binti", "bint", "ibn", "al", "el",
    ]
    static let keptParticles = ["st", "ste", "saint", "sainte", "san", "santa"]

    static let conjunctions = ["and", "und", "et"]

    /// Words that stand for no name; a name made only of them (and titles) is a placeholder.
    static let placeholders = [
        "test", "tester", "testing", "unknown", "unkown", "unbekannt", "inconnu", "desconocido",
        "customer", "kunde", "client", "cliente", "guest", "gast", "none", "null", "nil", "nobody",
        "noname", "anonymous", "anon", "user", "name", "no", "dummy", "sample", "fake", "asdf",
        "qwerty", "tbc", "tba", "tbd", "first", "last", "firstname", "lastname", "surname", "fname",
        "lname", "mustermann", "musterfrau",
    ]

    /// Whole names that are placeholders, by their letters (`N/A` → `na`).
    static let phrases = [
        "na", "nn", "notapplicable", "notprovided", "notgiven", "notknown", "nameunknown",
        "johndoe", "janedoe", "maxmustermann", "erikamustermann", "cashcustomer", "cashsale",
        "walkin", "walkincustomer", "asdfasdf", "abc", "xyz", "mickeymouse", "donaldduck",
    ]

    static let titleKeys = titles.map(\.key)
    static let suffixKeys = suffixes.map(\.key)

    static let table: NameWordTable = {
        var words: [UInt64: NameWord] = [:]
        func add(_ spelling: String, _ update: (inout NameWord) -> Void) {
            let code = NameWordCode.make(spelling)
            var word = words[code] ?? .none
            update(&word)
            words[code] = word
        }
        for (index, title) in titles.enumerated() {
            for spelling in title.spellings {
                add(spelling) { word in
                    word.kinds.insert(.title)
                    if ambiguousTitles.contains(title.key) { word.kinds.insert(.ambiguousTitle) }
                    if spelling == "m" { word.kinds.insert(.titleNeedsPeriod) }
                    word.titleIndex = UInt8(index + 1)
                }
            }
        }
        for (index, suffix) in suffixes.enumerated() {
            for spelling in suffix.spellings {
                add(spelling) { word in
                    word.kinds.insert(.suffix)
                    word.suffixIndex = UInt8(index + 1)
                }
            }
        }
        for particle in particles { add(particle) { $0.kinds.formUnion([.particle, .droppable]) } }
        for particle in keptParticles { add(particle) { $0.kinds.insert(.particle) } }
        for conjunction in conjunctions { add(conjunction) { $0.kinds.insert(.conjunction) } }
        for placeholder in placeholders { add(placeholder) { $0.kinds.insert(.placeholder) } }
        return NameWordTable(words)
    }()

    /// The hashes of ``phrases`` (odd, so never 0), as words with the placeholder kind.
    static let placeholderPhrases = NameWordTable(
        Dictionary(uniqueKeysWithValues: phrases.map {
            (LetterHash.make($0) | 1, NameWord(kinds: .placeholder, titleIndex: 0, suffixIndex: 0))
        }))
}
