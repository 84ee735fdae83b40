import Testing

@testable import Normalize

/// The nickname table: diminutives and spelling variants to canonical given names.
@Suite("Nicknames")
struct NicknameTests {
    @Test(arguments: [
        ("bob", ["robert"]),
        ("rob", ["robert"]),
        ("bobby", ["robert"]),
        ("robbie", ["robert", "roberta"]),
        ("liz", ["elizabeth"]),
        ("lizzie", ["elizabeth"]),
        ("beth", ["elizabeth"]),
        ("betty", ["elizabeth"]),
        ("bess", ["elizabeth"]),
        ("eliza", ["elizabeth"]),
        ("elsie", ["elizabeth"]),
        ("peggy", ["margaret"]),
        ("maggie", ["margaret"]),
        ("meg", ["margaret", "megan"]),
        ("jack", ["jack", "john"]),
        ("johnny", ["john", "jonathan"]),
        ("bill", ["william"]),
        ("will", ["william"]),
        ("billy", ["william"]),
        ("liam", ["william"]),
        ("dick", ["richard"]),
        ("rick", ["richard", "roderick"]),
        ("ted", ["edmund", "edward", "theodore"]),
        ("ned", ["edgar", "edmund", "edward", "edwin"]),
        ("sandy", ["alexander", "alexandra", "cassandra", "sandra"]),
        ("chuck", ["charles"]),
        ("hank", ["henry"]),
        ("patty", ["martha", "patricia"]),
        ("patsy", ["patricia"]),
        ("pat", ["patricia", "patrick"]),
        ("trish", ["patricia"]),
        ("babs", ["barbara"]),
        ("alex", ["alejandro", "alessandro", "alexander", "alexandra", "alexandre", "alexis"]),
        ("steve", ["stephen"]),
        ("kathy", ["catherine", "kathleen"]),
        ("chabela", ["isabel"]),
        ("hannes", ["johannes"]),
        ("hans", ["hans", "johannes"]),
        ("jo", ["joachim", "joanna", "joanne", "johanna", "johannes", "joseph", "josephine"]),
        ("sepp", ["josef"]),
        ("beppo", ["giuseppe", "josef"]),
        ("uschi", ["ursula"]),
        ("gitte", ["brigitte"]),
        ("kathi", ["katharina"]),
        ("andi", ["andreas"]),
        ("steffi", ["stephanie"]),
        ("lutz", ["ludwig"]),
        ("jeannot", ["jean"]),
        ("manu", ["emanuele", "emmanuel", "manuel"]),
        ("margot", ["margaret", "margaux", "marguerite"]),
        ("nico", ["nicholas", "nicola"]),
        ("toinette", ["antoinette"]),
        ("paco", ["francisco"]),
        ("pancho", ["francisco"]),
        ("curro", ["francisco"]),
        ("pepe", ["jose"]),
        ("chema", ["jose maria"]),
        ("lola", ["dolores"]),
        ("concha", ["concepcion"]),
        ("nacho", ["ignacio"]),
        ("charo", ["rosario"]),
        ("lupe", ["guadalupe"]),
        ("chelo", ["consuelo"]),
        ("maite", ["maria teresa", "teresa"]),
        ("juanjo", ["juan jose"]),
        ("ze", ["jose"]),
        ("chico", ["francisco"]),
        ("kees", ["cornelis"]),
        ("jaap", ["jacob", "jacobus"]),
        ("henk", ["hendrik"]),
        ("gianni", ["giovanni"]),
        ("beppe", ["giuseppe"]),
        ("toto", ["antonio", "salvatore"]),
        ("robert", ["robert"]),
        ("jose maria", ["jose maria"]),
        ("maria teresa", ["maria teresa"]),
        ("steven", ["stephen"]),
        ("katherine", ["catherine"]),
        ("kathryn", ["catherine"]),
        ("stefanie", ["stephanie"]),
        ("sara", ["sarah"]),
        ("ana", ["anna"]),
        ("rory", ["rory"]),
        ("jean pierre", ["jean pierre"]),
        ("max", ["massimo", "max", "maxime", "maximilian", "maxine", "maxwell"]),
        ("harry", ["harold", "henry"]),
        ("jan", ["jan", "janet", "janice", "johannes"]),
    ] as [(String, [String])])
    func canonicals(key: String, expected: [String]) {
        #expect(Nicknames.canonicals(ofKey: key) == expected)
    }

    @Test(arguments: ["", "xyzzy", "Bob", "bob ", " bob", "roberto garcia", "b"])
    func unknownKeys(key: String) {
        #expect(Nicknames.canonicals(ofKey: key).isEmpty)
    }

    @Test func holdsAThousandEntries() {
        #expect(Nicknames.entryCount >= 1_000)
        #expect(Nicknames.count > Nicknames.canonicalKeys.count)
        #expect(Nicknames.canonicalKeys.count >= 500)
    }

    @Test func everyCanonicalMapsToItself() {
        for canonical in Nicknames.canonicalKeys {
            #expect(Nicknames.canonicals(ofKey: canonical).contains(canonical), "\(canonical)")
        }
    }

    /// Every name in the table is written as its own comparison key, and every answer is sorted,
    /// deduplicated and made of canonicals only.
    @Test func keysAreComparisonKeys() {
        let canonicals = Set(Nicknames.canonicalKeys)
        for canonical in Nicknames.canonicalKeys {
            #expect(ComparisonKey.make(canonical) == canonical)
        }
        for key in ["jo", "alex", "bert", "beto", "lena", "chris", "sandy"] {
            let answer = Nicknames.canonicals(ofKey: key)
            #expect(answer == Array(Set(answer)).sorted())
            #expect(answer.allSatisfy(canonicals.contains))
            #expect(ComparisonKey.make(key) == key)
        }
    }

    /// Each of the generator's nicknames maps to the canonical of the given name it stands for:
    /// the given name itself when it is a canonical, else the one canonical it is a variant of.
    @Test(arguments: GeneratorNicknames.lines)
    func generatorNickname(line: String) throws {
        let parts = line.split(separator: ":", maxSplits: 1)
        try #require(parts.count == 2)
        let given = ComparisonKey.make(parts[0])
        let givenCanonicals = Nicknames.canonicals(ofKey: given)
        let canonical = try #require(
            givenCanonicals.contains(given) ? given : givenCanonicals.first, "\(given) is unknown")
        #expect(givenCanonicals.contains(given) || givenCanonicals.count == 1, "\(given)")
        for nickname in parts[1].split(separator: ",") {
            let key = ComparisonKey.make(nickname)
            #expect(Nicknames.canonicals(ofKey: key).contains(canonical), "\(key) → \(given)")
        }
    }
}
