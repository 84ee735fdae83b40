/// The words of address lines that have a standard form, by their comparison key: street types,
/// directionals, ordinal numbers, unit designators and house-number markers.
///
/// Standard forms follow USPS Publication 28 and Royal Mail where they agree (`street` → `st`,
/// `avenue` → `ave`, `boulevard` → `blvd`, `crescent` → `cres`, `gardens` → `gdns`), the French,
/// Spanish and German postal abbreviations otherwise (`chemin` → `ch`, `calle` → `c`,
/// `paseo` → `po`, `straße` → `str`). One concept has one form in every language, so that a key
/// never depends on which language the line was written in: `avenue`, `av`, `avenida` and `avda`
/// are all `ave`; `boulevard` and the French `bd` are `blvd`; `place`, `plaza` and `piazza` are
/// `pl`. `str` stays `str` (German `Straße`, far more common in feeds than an English `Str`).
enum StreetVocabulary {
    /// What a word is.
    enum Role: UInt8, Sendable {
        case streetType
        /// `n`, `sw`; spelled out (``Entry/full``) when the directional is the whole name.
        case directional
        /// `first` … `twentieth` → `1st` … `20th` (``Entry/number``).
        case ordinal
        /// `twenty` … `ninety` (``Entry/number``), before an ordinal: `twenty first` → `21st`.
        case tens
        /// A unit designator that needs an identifier after it: `apt 19`.
        case unit
        /// A floor designator: its identifier may also come before it (`3rd floor`).
        case floor
        /// A unit designator that stands alone: `bajo`, `rear`.
        case standaloneUnit
        /// `no`, `nº`, `nr` before a house number.
        case numberMarker
        /// `saint`, `sainte`: abbreviated at the start of a street name only.
        case saint
        /// `pob`, `postfach`, `apartado`: a post-office box.
        case poBox
    }

    /// A word's role and standard form. Plain data, so that words carry it without reference
    /// counting; the texts are in ``standards``.
    struct Entry: Sendable, Equatable {
        var role: Role
        /// The standard form, an index into ``standards``.
        var standard: UInt8
        /// A directional spelled out, an index into ``standards``.
        var full: UInt8 = 0
        /// The number of an ordinal or tens word.
        var number: UInt8 = 0

        /// The standard form's text.
        var standardText: String { StreetVocabulary.text(standard) }

        /// The spelled-out directional's text.
        var fullText: String { StreetVocabulary.text(full) }
    }

    /// The entry of a word (its comparison key).
    @inline(__always)
    static func entry(_ word: PackedWord) -> Entry? { built.table[word] }

    /// The text of a standard form (an ``Entry/standard`` or ``Entry/full``).
    @inline(__always)
    static func text(_ standard: UInt8) -> String { built.standards[Int(standard)] }

    /// `1st` … `99th` by number (index 0 unused).
    static let ordinalTexts: [String] = (0..<100).map { ordinalText($0) }

    private static let streetTypes: [(String, [String])] = [
        ("st", ["street", "st", "strt", "stre"]),
        ("str", ["strasse", "str", "strase"]),
        ("ave", ["avenue", "ave", "av", "avn", "aven", "avenu", "avnue", "avenida", "avda"]),
        ("rd", ["road", "rd"]),
        ("ln", ["lane", "ln"]),
        ("dr", ["drive", "dr", "drv"]),
        ("ct", ["court", "ct", "crt"]),
        ("pl", ["place", "pl", "plaza", "plz", "pza", "piazza"]),
        ("blvd", ["boulevard", "blvd", "boul", "boulv", "bd", "blv", "bld"]),
        ("ter", ["terrace", "ter", "terr"]),
        ("cres", ["crescent", "cres", "cresc", "crsnt"]),
        ("cl", ["close", "cl"]),
        ("sq", ["square", "sq", "sqr"]),
        ("pkwy", ["parkway", "pkwy", "pky", "parkwy"]),
        ("hwy", ["highway", "hwy", "hiway", "hway"]),
        ("gdns", ["gardens", "gdns"]),
        ("gr", ["grove", "gr", "grv"]),
        ("way", ["way", "wy"]),
        ("cir", ["circle", "cir", "circ", "crcl"]),
        ("aly", ["alley", "aly", "ally"]),
        ("trl", ["trail", "trl"]),
        ("expy", ["expressway", "expy"]),
        ("fwy", ["freeway", "fwy"]),
        ("ctr", ["center", "centre", "ctr"]),
        ("hts", ["heights", "hts"]),
        ("rte", ["route", "rte"]),
        ("esp", ["esplanade", "esp"]),
        ("pde", ["parade", "pde"]),
        ("cswy", ["causeway", "cswy"]),
        ("mt", ["mount", "mt"]),
        ("pt", ["point", "pt"]),
        // French
        ("rue", ["rue"]),
        ("ch", ["chemin", "ch", "chem"]),
        ("all", ["allee", "all"]),
        ("imp", ["impasse", "imp"]),
        ("quai", ["quai"]),
        ("crs", ["cours", "crs"]),
        ("fbg", ["faubourg", "fbg"]),
        // Spanish
        ("c", ["calle", "c", "cll"]),
        ("po", ["paseo", "po", "pso", "pº"]),
        ("ctra", ["carretera", "ctra", "crta"]),
        ("rda", ["ronda", "rda"]),
        ("trav", ["travesia", "trav", "trv"]),
        ("cno", ["camino", "cno"]),
        ("gta", ["glorieta", "gta"]),
    ]

    private static let directionals: [(String, String, [String])] = [
        ("n", "north", ["north", "n"]), ("s", "south", ["south", "s"]),
        ("e", "east", ["east", "e"]), ("w", "west", ["west", "w"]),
        ("ne", "northeast", ["northeast", "ne"]), ("nw", "northwest", ["northwest", "nw"]),
        ("se", "southeast", ["southeast", "se"]), ("sw", "southwest", ["southwest", "sw"]),
    ]

    private static let ordinals = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth",
    ]

    private static let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// Designators that take an identifier: standard form, the words, whether it is a floor.
    private static let identifiedUnits: [(String, [String], Bool)] = [
        ("apt", ["apartment", "apt", "appt", "app", "appartement", "apto", "apartamento", "dpto", "depto",
                 "departamento", "wohnung", "whg"], false),
        ("flat", ["flat", "flt"], false),
        ("ste", ["suite", "ste"], false),
        ("unit", ["unit", "unt"], false),
        ("rm", ["room", "rm"], false),
        ("bldg", ["building", "bldg"], false),
        ("pta", ["puerta", "pta"], false),
        ("fl", ["floor", "fl", "flr", "etage", "stock", "og", "piso", "planta"], true),
    ]

    /// Designators that stand alone (after a comma, at the end of a line, or as a whole line).
    private static let standaloneUnits: [(String, [String])] = [
        ("bajo", ["bajo"]), ("atico", ["atico"]), ("bsmt", ["basement", "bsmt"]),
        ("ph", ["penthouse", "ph"]), ("rear", ["rear"]), ("frnt", ["front", "frnt"]),
        ("lowr", ["lower", "lowr"]), ("uppr", ["upper", "uppr"]),
    ]

    /// The table, and the standard forms and spelled-out directionals its entries point to.
    private static let built: (table: PackedWordTable<Entry>, standards: [String]) = {
        var standardIndex: [String: UInt8] = [:]
        var texts: [String] = []
        func index(_ text: String) -> UInt8 {
            if let existing = standardIndex[text] { return existing }
            standardIndex[text] = UInt8(texts.count)
            texts.append(text)
            return UInt8(texts.count - 1)
        }
        var entries: [(PackedWord, Entry)] = []
        func add(_ word: String, _ role: Role, _ standard: String, full: String = "", number: Int = 0) {
            entries.append((PackedWord(word), Entry(role: role, standard: index(standard), full: index(full), number: UInt8(number))))
        }
        for (standard, words) in streetTypes {
            for word in words { add(word, .streetType, standard) }
        }
        for (standard, full, words) in directionals {
            for word in words { add(word, .directional, standard, full: full) }
        }
        for (index, word) in ordinals.enumerated() {
            add(word, .ordinal, ordinalText(index + 1), number: index + 1)
        }
        for (index, word) in tens.enumerated() {
            add(word, .tens, word, number: (index + 2) * 10)
        }
        for (standard, words, floor) in identifiedUnits {
            for word in words { add(word, floor ? .floor : .unit, standard) }
        }
        for (standard, words) in standaloneUnits {
            for word in words { add(word, .standaloneUnit, standard) }
        }
        for word in ["no", "nº", "nr", "nro", "num", "numero"] { add(word, .numberMarker, "") }
        add("saint", .saint, "st")
        add("sainte", .saint, "ste")
        for word in ["pob", "pobox", "postfach", "apartado", "apdo"] { add(word, .poBox, "po box") }
        add("po box", .poBox, "po box")
        return (PackedWordTable(entries), texts)
    }()

    /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
    static func ordinalText(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return String(number) + suffix
    }
}
