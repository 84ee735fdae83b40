/// Identifiers that must be unique without anyone keeping a list of those handed out: each is a
/// keyed permutation of a counter, so distinct counters give distinct ids that look random.
struct Keys {
    private let cards: Permutation
    private let accounts: Permutation
    private static let base32 = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    init(seed: UInt64) {
        var generator = SplitMix64(seed: seed, stream: .keys, index: 0)
        cards = Permutation(domain: 1_000_000_000, key: generator.next())
        accounts = Permutation(domain: 1 << 30, key: generator.next())
    }

    /// Loyalty card `number` (0…3) of customer `index`: 13 digits, `600` + 9 digits + an EAN-13
    /// check digit.
    func card(customer index: Int, number: Int) -> String {
        let body = "600" + padded(Int(cards.apply(UInt64(index * 4 + number) % cards.domain)), 9)
        var sum = 0
        for (position, digit) in body.utf8.enumerated() {
            sum += Int(digit - 48) * (position % 2 == 0 ? 1 : 3)
        }
        return body + String((10 - sum % 10) % 10)
    }

    /// The web shop account id for the `counter`-th account written: `A-` and six Crockford
    /// base-32 characters, e.g. `A-7F3K9Q`.
    func account(_ counter: Int) -> String {
        var value = accounts.apply(UInt64(counter) % accounts.domain)
        var characters = [UInt8](repeating: 0, count: 6)
        for position in stride(from: 5, through: 0, by: -1) {
            characters[position] = Self.base32[Int(value & 31)]
            value >>= 5
        }
        return "A-" + String(decoding: characters, as: UTF8.self)
    }
}

/// What a feed needs to render one planned record.
struct RecordContext {
    let person: Person
    let record: PlannedRecord
    /// How many loyalty memberships the customer has (0 means no card to show at the till).
    let loyaltyMemberships: Int
    let options: FeedGenerator.Options
    let keys: Keys
}
