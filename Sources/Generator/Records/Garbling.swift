/// The small corruptions people and systems make: keyboard slips and e-mail variants.
enum Garbling {
    /// QWERTY neighbours of each lowercase letter.
    private static let neighbours: [Character: String] = [
        "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
        "o": "ipl", "p": "ol", "a": "qsz", "s": "adwx", "d": "sfec", "f": "dgrv", "g": "fhtb",
        "h": "gjyn", "j": "hkum", "k": "jli", "l": "ko", "z": "xa", "x": "zcs", "c": "xvd",
        "v": "cbf", "b": "vng", "n": "bmh", "m": "nj",
    ]

    /// `text` with one keyboard slip: a neighbouring key inserted or substituted, a letter
    /// dropped, or two letters swapped. The first letter is kept (people rarely get it wrong);
    /// accented letters are left alone. Returns `text` unchanged when it has no room for a slip.
    static func typo(_ text: String, _ generator: inout SplitMix64) -> String {
        var characters = Array(text)
        let candidates = characters.indices.dropFirst().filter {
            characters[$0].isASCII && characters[$0].isLetter
        }
        guard !candidates.isEmpty else { return text }
        let position = generator.pick(Array(candidates))
        let original = characters[position]
        let lower = Character(original.lowercased())
        let neighbour: Character = {
            guard let keys = neighbours[lower] else { return lower }
            let key = generator.pick(Array(keys))
            return original.isUppercase ? Character(key.uppercased()) : key
        }()
        switch generator.below(4) {
        case 0:
            characters.insert(neighbour, at: position)
        case 1 where characters.count > 3:
            characters.remove(at: position)
        case 2 where position + 1 < characters.count && characters[position + 1] != original:
            characters.swapAt(position, position + 1)
        default:
            characters[position] = neighbour == original ? "x" : neighbour
        }
        return String(characters)
    }

    private static let typoDomains: [String: [String]] = [
        "gmail.com": ["gmial.com", "gmail.con", "gmai.com", "gmail.co"],
        "hotmail.com": ["hotmial.com", "hotmail.con", "hotmal.com"],
        "hotmail.co.uk": ["hotmail.co", "hotmial.co.uk"],
        "yahoo.com": ["yaho.com", "yahoo.con"],
        "yahoo.co.uk": ["yahoo.co", "yaho.co.uk"],
        "outlook.com": ["outlok.com", "outlook.con"],
        "icloud.com": ["iclod.com", "icloud.con"],
        "btinternet.com": ["btinternet.co", "btinterent.com"],
        "gmx.de": ["gmx.dee", "gmx.com"],
        "web.de": ["wed.de", "web.d"],
        "orange.fr": ["oragne.fr", "orange.com"],
    ]

    /// `email` written differently but meaning the same mailbox (gmail dots, `+tags`,
    /// `googlemail.com`, case) — or, now and then, with a mistyped domain.
    static func emailVariant(_ email: String, _ generator: inout SplitMix64) -> String {
        guard let at = email.lastIndex(of: "@") else { return email }
        var local = String(email[..<at])
        var domain = String(email[email.index(after: at)...])
        var choices = [0, 1, 2]
        if domain == "gmail.com" { choices += [3, 4, 5, 3] }
        if typoDomains[domain] != nil { choices.append(6) }
        switch generator.pick(choices) {
        case 0:
            return email.uppercased()
        case 1:
            local = local.split(separator: ".").map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: ".")
            domain = domain.prefix(1).uppercased() + domain.dropFirst()
        case 2:
            local += "+" + generator.pick(["shop", "news", "retail", "deals", "2019", "x"])
        case 3:
            local = local.contains(".") ? local.split(separator: ".").joined() : dotted(local, &generator)
        case 4:
            domain = "googlemail.com"
        case 5:
            local += "+" + generator.pick(["golden", "loyalty", "spam"])
            domain = generator.chance(0.5) ? "googlemail.com" : domain
        default:
            domain = generator.pick(typoDomains[domain]!)
        }
        return local + "@" + domain
    }

    /// `local` with a dot inserted somewhere inside (gmail ignores dots).
    private static func dotted(_ local: String, _ generator: inout SplitMix64) -> String {
        guard local.count > 2 else { return local }
        var characters = Array(local)
        characters.insert(".", at: generator.int(in: 1...(characters.count - 2)))
        return String(characters)
    }
}
