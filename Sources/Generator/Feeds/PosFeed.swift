/// The POS feed: `feeds/pos/pos_NNN.csv`, Windows-1252, `;`-separated, CRLF, one row per
/// receipt line. A receipt (`STORE_ID|TILL|RECEIPT_NO`) is one source record; its customer
/// columns repeat on every line.
final class PosFeed {
    static let header = "STORE_ID;TILL;RECEIPT_NO;LINE_NO;TXN_TS;TXN_TYPE;SKU;DEPT;QTY;AMOUNT;"
        + "CUST_NAME;CUST_PHONE;CUST_POSTCODE;LOYALTY_CARD\r\n"
    private static let storesPerCity = 10
    private static let tills = 6

    private struct Pending {
        let entity: String
        let store: Int
        let till: Int
        /// Each line from `;LINE_NO` on, already encoded.
        let lines: [[UInt8]]
    }

    private let output: PartedOutput
    private let truth: TruthFile
    private var window: ShuffleWindow<Pending>
    private var receiptNumbers: [Int]
    private let cityIndex: [String: Int]
    private(set) var records = 0

    init(root: String, options: FeedGenerator.Options, seed: UInt64, truth: TruthFile) throws {
        output = try PartedOutput(
            root: root, relativeDirectory: "feeds/pos", stem: "pos", fileExtension: "csv", gzipLevel: nil,
            header: Array(Self.header.utf8), footer: [], rowLimit: options.partSize)
        self.truth = truth
        window = ShuffleWindow(
            capacity: options.shuffleWindow, generator: SplitMix64(seed: seed, stream: .shuffle, index: 0))
        let cities = Tables.shared.cities(in: .gb)
        // Tills have been running for years: receipt numbers start at a random point per till.
        var start = SplitMix64(seed: seed, stream: .keys, index: 1)
        receiptNumbers = (0..<cities.count * Self.storesPerCity * Self.tills).map { _ in start.int(in: 1000...400_000) }
        cityIndex = Dictionary(uniqueKeysWithValues: cities.enumerated().map { ($1.name, $0) })
    }

    var files: [String] { output.files }
    var rows: Int { output.rows }

    /// Renders one receipt for `context` and queues it.
    func add(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) throws {
        let person = context.person
        let rates = context.options.rates
        let showsPhone = generator.chance(0.35)
        var view = IdentityView(
            person, day: context.record.day, showsEmails: false, showsPhones: showsPhone,
            phoneStyle: generator.chance(0.6) ? .digits : .national, rates: rates, &generator, &tally)
        if showsPhone { view.placeholder([.mobile], rate: rates.placeholder, &generator, &tally) }
        view.typo(rate: rates.typo, &generator, &tally)

        var name = generator.chance(0.85) ? Self.tillName(view, &generator) : ""
        let phone = view.mobile ?? view.landline ?? ""
        let postcode = generator.chance(0.45) ? view.postcode ?? "" : ""
        var card = ""
        if context.loyaltyMemberships > 0, generator.chance(0.7) {
            card = context.keys.card(customer: person.index, number: 0)
        }
        if name.isEmpty, phone.isEmpty, card.isEmpty { name = Self.tillName(view, &generator) }

        // Where and when: a store in the customer's city (visitors shop in London), opening hours.
        let city = view.country == .gb ? cityIndex[view.address.city] ?? 0 : 0
        let storeCount = city == 0 ? Self.storesPerCity - 1 : 3
        let store = city * Self.storesPerCity + 1 + generator.below(storeCount)
        let till = 1 + generator.below(Self.tills)
        let minute = 8 * 60 + generator.below(13 * 60)
        let local = context.record.day * 86_400 + Int64(minute * 60)
        let refund = generator.chance(0.06)

        var customer: [UInt8] = []
        customer.appendCSVField(name, delimiter: UInt8(ascii: ";"), windows1252: true)
        customer.append(UInt8(ascii: ";"))
        customer.appendCSVField(phone, delimiter: UInt8(ascii: ";"), windows1252: true)
        customer.append(UInt8(ascii: ";"))
        customer.appendCSVField(postcode, delimiter: UInt8(ascii: ";"), windows1252: true)
        customer.append(UInt8(ascii: ";"))
        customer.append(card)
        customer.append("\r\n")

        let lineCount = [1, 1, 1, 2, 2, 2, 3, 3, 4][generator.below(9)]
        var lines: [[UInt8]] = []
        for number in 1...lineCount {
            let product = Catalogue.drawProduct(&generator)
            let quantity = generator.chance(0.8) ? 1 : generator.int(in: 2...5)
            var line: [UInt8] = [UInt8(ascii: ";")]
            line.append(decimal: number)
            line.append(UInt8(ascii: ";"))
            line.appendDayMonthYearTime(local: local)
            line.append(refund ? ";REFUND;" : ";SALE;")
            line.append(Catalogue.sku(product))
            line.append(UInt8(ascii: ";"))
            line.append(Catalogue.departments[Catalogue.department(product)])
            line.append(UInt8(ascii: ";"))
            line.append(decimal: quantity)
            line.append(UInt8(ascii: ";"))
            let amount = Catalogue.price(product) * quantity
            line.append(cents: refund ? -amount : amount, separator: UInt8(ascii: ","))
            line.append(UInt8(ascii: ";"))
            line.append(contentsOf: customer)
            lines.append(line)
        }
        if let released = window.push(Pending(entity: person.entityID, store: store, till: till, lines: lines)) {
            try emit(released)
        }
    }

    /// Writes what the shuffle window still holds and closes the last part.
    func finish() throws {
        for pending in window.drain() { try emit(pending) }
        try output.close()
    }

    private func emit(_ pending: Pending) throws {
        let counter = pending.store * Self.tills + pending.till - 1
        receiptNumbers[counter] += 1
        let storeID = padded(pending.store, 4)
        let tillID = padded(pending.till, 2)
        let receipt = padded(receiptNumbers[counter], 6)
        var prefix: [UInt8] = []
        prefix.append(storeID)
        prefix.append(UInt8(ascii: ";"))
        prefix.append(tillID)
        prefix.append(UInt8(ascii: ";"))
        prefix.append(receipt)
        try output.beginRecord(rows: pending.lines.count)
        for line in pending.lines {
            try output.write(prefix)
            try output.write(line)
        }
        try truth.add(.pos, key: storeID + "|" + tillID + "|" + receipt, entity: pending.entity)
        records += 1
    }

    /// The customer name as a till operator types it: mostly `SMITH, JOHN`, sometimes
    /// `John Smith` or just `SMITH`; now and then with a `;` slip or a quoted nickname.
    private static func tillName(_ view: IdentityView, _ generator: inout SplitMix64) -> String {
        let family = view.family ?? ""
        let given = view.given ?? ""
        let u = generator.unit()
        if given.isEmpty || u < 0.10 { return family.uppercased() }
        if u < 0.30 { return given + " " + family }
        if u < 0.31 { return family.uppercased() + "; " + given.uppercased() }
        if u < 0.33, view.usedNickname {
            return family.uppercased() + ", " + view.trueGiven.uppercased() + " \"" + given.uppercased() + "\""
        }
        return family.uppercased() + ", " + given.uppercased()
    }
}
