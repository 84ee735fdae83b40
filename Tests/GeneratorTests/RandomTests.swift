import Testing
@testable import Generator

/// The deterministic building blocks: random streams, permutations, garbling, name tables.
@Suite struct RandomTests {
    @Test(arguments: [1, 2, 3, 10, 97, 1_000, 4_096, 10_007])
    func permutationsAreBijections(domain: Int) {
        let permutation = Permutation(domain: UInt64(domain), key: 42)
        let images = Set((0..<domain).map { permutation.apply(UInt64($0)) })
        #expect(images.count == domain)
        #expect(images.allSatisfy { $0 < UInt64(domain) })
    }

    @Test func splitMixIsStableAcrossReleases() {
        // Reference values of SplitMix64 seeded with 0: the output must never change, or every
        // fixture generated from a seed would.
        var generator = SplitMix64(state: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func neighbouringCustomersGetUnrelatedStreams() {
        var a = SplitMix64(seed: 1, stream: .person, index: 0)
        var b = SplitMix64(seed: 1, stream: .person, index: 1)
        var c = SplitMix64(seed: 1, stream: .records, index: 0)
        let first = a.next()
        #expect(first != b.next() && first != c.next())
    }

    @Test func accountIdsAndCardsAreUnique() {
        let keys = Keys(seed: 9)
        let accounts = Set((0..<20_000).map { keys.account($0) })
        #expect(accounts.count == 20_000)
        let cards = (0..<5_000).map { keys.card(customer: $0 / 4, number: $0 % 4) }
        #expect(Set(cards).count == cards.count)
        for card in cards.prefix(100) {
            // EAN-13 check digit.
            let digits = card.utf8.map { Int($0 - 48) }
            let sum = digits.enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 1 : 3) }
            #expect(sum % 10 == 0)
        }
    }

    @Test(arguments: ["Robert", "Margaret", "O'Brien", "Müller", "Washington"])
    func typosChangeOneKeystroke(word: String) {
        var generator = SplitMix64(state: 7)
        for _ in 0..<50 {
            let typo = Garbling.typo(word, &generator)
            #expect(typo != word || word.count < 3)
            #expect(abs(typo.count - word.count) <= 1)
            #expect(typo.first == word.first)
        }
    }

    @Test func emailVariantsKeepTheMailboxRecognisable() {
        var generator = SplitMix64(state: 3)
        for _ in 0..<200 {
            let variant = Garbling.emailVariant("john.smith@gmail.com", &generator)
            #expect(variant != "john.smith@gmail.com")
            #expect(variant.lowercased().hasPrefix("john"))
            #expect(variant.contains("@"))
        }
    }

    @Test func nameTablesAreLargeEnough() {
        let tables = Tables.shared
        let given = tables.givenNames.flatMap { $0.flatMap { $0 } }
        #expect(given.count >= 300)
        #expect(given.filter { !$0.nicknames.isEmpty }.count >= 150)
        #expect(tables.familyNames.flatMap { $0 }.count >= 300)
        let nicknames = Dictionary(given.map { ($0.name, $0.nicknames) }, uniquingKeysWith: { $0 + $1 })
        #expect(nicknames["Robert"]?.contains("Bob") == true)
        #expect(nicknames["Elizabeth"]?.contains("Liz") == true)
        #expect(nicknames["William"]?.contains("Bill") == true)
        #expect(nicknames["Margaret"]?.contains("Peggy") == true)
        #expect(nicknames["Francisco"]?.contains("Paco") == true)
        #expect(nicknames["Johannes"]?.contains("Hannes") == true)
        let family = Set(tables.familyNames.flatMap { $0 })
        for name in ["van der Berg", "O'Brien", "McDonald", "Müller", "García", "Smith"] {
            #expect(family.contains(name), "\(name)")
        }
    }

    @Test func optionsAreValidated() {
        var options = FeedGenerator.Options()
        options.partSize = 0
        #expect(throws: (any Error).self) { try options.validate() }
        options = FeedGenerator.Options()
        options.rates.typo = 1.5
        #expect(throws: (any Error).self) { try options.validate() }
        options = FeedGenerator.Options()
        options.countryMix = [:]
        #expect(throws: (any Error).self) { try options.validate() }
        #expect(throws: Never.self) { try FeedGenerator.Options().validate() }
    }
}
