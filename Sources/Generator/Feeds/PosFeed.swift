/// The POS feed: `feeds/pos/pos_NNN.csv`, Windows-1252, `;`-separated, CRLF, one row per
/// receipt line. A receipt (`STORE_ID|TILL|RECEIPT_NO`) is one source record; its customer
/// columns repeat on every line.
final class PosFeed {
    static let header = "STORE_ID;TILL;RECEIPT_NO;LINE_NO;TXN_TS;TXN_TYPE;SKU;DEPT;QTY;AMOUNT;"
        + "CUST_NAME;CUST_PHONE;CUST_POSTCODE;LOYALTY_CARD\r\n"
    private static let storesPerCity = 10
    private static let tills = 6

    /// One receipt, rendered but for its day and type, which the customer's story may change.
    struct Receipt {
        let entity: String
        let store: Int
        let till: Int
        /// Days since 1970-01-01 (local).
        var day: Int64
        /// Minutes after local midnight.
        let minute: Int
        var refund: Bool
        /// Each line's product and quantity.
        let items: [(product: Int, quantity: Int)]
        /// The customer columns from `CUST_NAME` on, with the line break, already encoded.
        let customer: [UInt8]
    }

    private let output: PartedOutput
    private let truth: TruthFile
    private var window: ShuffleWindow<Receipt>
    private var receiptNumbers: [Int]
    private let cityIndex: [String: Int]
    private(set) var records = 0

    init(root: String, options: FeedGenerator.Options, seed: UInt64, truth: TruthFile) throws {
        output = try PartedOutput(
            root: root, relativeDirectory: "feeds/pos", stem: "pos", fileExtension: "csv", gzipLevel: nil,
            header: Array(Self.header.utf8), footer: [], rowLimit: options.partSize, holdBack: options.holdBack)
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

    /// Renders one receipt for `context`; ``push(_:)`` queues it once its story has dated it.
    func render(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) -> Receipt {
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
        var items: [(product: Int, quantity: Int)] = []
        for _ in 1...lineCount {
            let product = Catalogue.drawProduct(&generator)
            items.append((product, generator.chance(0.8) ? 1 : generator.int(in: 2...5)))
        }
        return Receipt(
            entity: person.entityID, store: store, till: till, day: context.record.day, minute: minute,
            refund: refund, items: items, customer: customer)
    }

    /// Queues a rendered receipt.
    func push(_ receipt: Receipt) throws {
        if let released = window.push(receipt) { try emit(released) }
    }

    /// Writes what the shuffle window still holds and closes the last part.
    func finish() throws {
        for receipt in window.drain() { try emit(receipt) }
        try output.close()
    }

    private func emit(_ receipt: Receipt) throws {
        let counter = receipt.store * Self.tills + receipt.till - 1
        receiptNumbers[counter] += 1
        let storeID = padded(receipt.store, 4)
        let tillID = padded(receipt.till, 2)
        let number = padded(receiptNumbers[counter], 6)
        var prefix: [UInt8] = []
        prefix.append(storeID)
        prefix.append(UInt8(ascii: ";"))
        prefix.append(tillID)
        prefix.append(UInt8(ascii: ";"))
        prefix.append(number)
        let local = receipt.day * 86_400 + Int64(receipt.minute * 60)
        try output.beginRecord(rows: receipt.items.count)
        for (index, item) in receipt.items.enumerated() {
            var line = prefix
            line.append(UInt8(ascii: ";"))
            line.append(decimal: index + 1)
            line.append(UInt8(ascii: ";"))
            line.appendDayMonthYearTime(local: local)
            line.append(receipt.refund ? ";REFUND;" : ";SALE;")
            line.append(Catalogue.sku(item.product))
            line.append(UInt8(ascii: ";"))
            line.append(Catalogue.departments[Catalogue.department(item.product)])
            line.append(UInt8(ascii: ";"))
            line.append(decimal: item.quantity)
            line.append(UInt8(ascii: ";"))
            let amount = Catalogue.price(item.product) * item.quantity
            line.append(cents: receipt.refund ? -amount : amount, separator: UInt8(ascii: ","))
            line.append(UInt8(ascii: ";"))
            line.append(contentsOf: receipt.customer)
            try output.write(line)
        }
        try truth.add(.pos, key: storeID + "|" + tillID + "|" + number, entity: receipt.entity)
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
