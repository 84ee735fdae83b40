/// Making up e-mail addresses and user names from a person's name.
enum Contacts {
    private static let personalDomains: [Country: [(String, Int)]] = [
        .gb: [("gmail.com", 35), ("hotmail.co.uk", 15), ("yahoo.co.uk", 10), ("outlook.com", 10),
              ("btinternet.com", 8), ("icloud.com", 7), ("sky.com", 5), ("hotmail.com", 5), ("live.co.uk", 5)],
        .us: [("gmail.com", 45), ("yahoo.com", 15), ("icloud.com", 10), ("hotmail.com", 8), ("outlook.com", 8),
              ("aol.com", 6), ("comcast.net", 5), ("att.net", 3)],
        .de: [("gmx.de", 25), ("web.de", 25), ("gmail.com", 20), ("t-online.de", 15), ("outlook.de", 10),
              ("yahoo.de", 5)],
        .fr: [("gmail.com", 30), ("orange.fr", 25), ("free.fr", 15), ("laposte.net", 10), ("hotmail.fr", 10),
              ("sfr.fr", 10)],
        .es: [("gmail.com", 40), ("hotmail.es", 20), ("yahoo.es", 15), ("outlook.es", 15), ("telefonica.net", 10)],
    ]

    private static let workDomains = [
        "acme-corp.com", "initech.com", "globex.com", "contoso.com", "northwind.co.uk", "fabrikam.de",
        "tailspin-toys.fr", "wingtip.es", "umbrella-corp.com", "soylent.com", "hooli.com", "vandelay.com",
    ]

    /// A personal e-mail address. `unique` means the name is rare enough in the population that
    /// a plain `given.family` address would not clash with a namesake's.
    static func personal(
        given: String, family: String, birthYear: Int, country: Country, unique: Bool,
        _ generator: inout SplitMix64
    ) -> String {
        let first = TextFolding.emailPart(given)
        let last = TextFolding.emailPart(family.split(separator: " ").first.map(String.init) ?? family)
        let initial = String(first.prefix(1))
        var local: String
        switch generator.below(7) {
        case 0: local = first + "." + last
        case 1: local = first + last
        case 2: local = initial + last
        case 3: local = first + "_" + last
        case 4: local = last + "." + first
        case 5: local = initial + "." + last
        default: local = first + String(last.prefix(1))
        }
        if !unique {
            local += String(generator.int(in: 1...9999))
        } else if generator.chance(0.4) {
            local += generator.chance(0.5) ? padded(birthYear % 100, 2) : String(generator.int(in: 1...99))
        }
        return local + "@" + weighted(personalDomains[country]!, &generator)
    }

    /// A work address, `given.family@company`.
    static func work(given: String, family: String, _ generator: inout SplitMix64) -> String {
        let last = TextFolding.emailPart(family)
        let first = TextFolding.emailPart(given)
        let local = generator.chance(0.7) ? first + "." + last : String(first.prefix(1)) + last
        return local + "@" + generator.pick(workDomains)
    }

    /// A user name: `johnnyS`, `jsmith84`, `smithy_1980`, `john_smith`.
    static func handle(
        given: String, nickname: String?, family: String, birthYear: Int, unique: Bool,
        _ generator: inout SplitMix64
    ) -> String {
        let first = TextFolding.emailPart(nickname ?? given)
        let last = TextFolding.emailPart(family)
        let upperInitial = String(TextFolding.ascii(String(family.prefix(1))).uppercased().prefix(1))
        var handle: String
        switch generator.below(5) {
        case 0: handle = first + upperInitial
        case 1: handle = String(first.prefix(1)) + last
        case 2: handle = last + "y_"
        case 3: handle = first + "_" + last
        default: handle = first + last.prefix(3)
        }
        if !unique {
            handle += String(generator.int(in: 1...9999))
        } else if handle.hasSuffix("_") || generator.chance(0.5) {
            handle += generator.chance(0.5) ? String(birthYear) : String(generator.int(in: 1...999))
        }
        return handle
    }

    private static func weighted(_ choices: [(String, Int)], _ generator: inout SplitMix64) -> String {
        var pick = generator.below(choices.reduce(0) { $0 + $1.1 })
        for (value, weight) in choices {
            if pick < weight { return value }
            pick -= weight
        }
        return choices[0].0
    }
}
