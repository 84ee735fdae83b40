import GoldenCore

/// The web shop feeds: `feeds/ecommerce/accounts_NNN.csv.gz` (one identity record per account)
/// and `feeds/ecommerce/orders_NNN.csv.gz` (events keyed by `account_id`). UTF-8, `,`, LF,
/// RFC 4180 quoting.
final class EcommerceFeed {
    static let accountsHeader =
        "account_id,email,first_name,last_name,phone,birthday,street,apt,city,state,zip,country,created_at,last_login\n"
    static let ordersHeader = "order_id,account_id,ordered_at,status,total,currency,item_count,skus\n"

    /// How people fill in a free-text country box instead of picking the code.
    private static let countryNames: [Country: [String]] = [
        .gb: ["United Kingdom", "UK", "gb"], .us: ["USA", "United States", "us"],
        .de: ["Germany", "Deutschland"], .fr: ["France"], .es: ["Spain", "España"],
    ]

    private struct Pending {
        let entity: String
        /// The account row from the comma after `account_id`.
        let body: [UInt8]
        /// Each order row from `ordered_at` on.
        let orders: [[UInt8]]
    }

    private let accounts: PartedOutput
    private let orders: PartedOutput
    private let truth: TruthFile
    private let keys: Keys
    private var window: ShuffleWindow<Pending>
    private var accountCounter = 0
    private var orderCounter = 0
    private(set) var records = 0

    init(root: String, options: FeedGenerator.Options, seed: UInt64, keys: Keys, truth: TruthFile) throws {
        let level = options.compressionLevel
        accounts = try PartedOutput(
            root: root, relativeDirectory: "feeds/ecommerce", stem: "accounts", fileExtension: "csv.gz",
            gzipLevel: level, header: Array(Self.accountsHeader.utf8), footer: [], rowLimit: options.partSize)
        orders = try PartedOutput(
            root: root, relativeDirectory: "feeds/ecommerce", stem: "orders", fileExtension: "csv.gz",
            gzipLevel: level, header: Array(Self.ordersHeader.utf8), footer: [], rowLimit: options.partSize)
        self.truth = truth
        self.keys = keys
        window = ShuffleWindow(
            capacity: options.shuffleWindow, generator: SplitMix64(seed: seed, stream: .shuffle, index: 2))
    }

    var files: [String] { accounts.files + orders.files }
    var accountRows: Int { accounts.rows }
    var orderRows: Int { orders.rows }

    /// Renders one account, with its orders, for `context` and queues it.
    func add(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) throws {
        let person = context.person
        let rates = context.options.rates
        let asOf = context.options.asOf.daysSinceEpoch * 86_400
        let day = context.record.day
        let style: PhoneStyle = person.country == .us ? .national : .international
        var view = IdentityView(person, day: day, phoneStyle: style, rates: rates, &generator, &tally)
        view.dropMissing([.mobile, .dateOfBirth, .unit, .region], rate: rates.missingValue, &generator, &tally)
        view.placeholder([.email, .mobile, .dateOfBirth], rate: rates.placeholder, &generator, &tally)
        view.typo(rate: rates.typo, &generator, &tally)

        let comma = UInt8(ascii: ",")
        var body: [UInt8] = []
        func field(_ value: String?) {
            body.append(comma)
            body.appendCSVField(value ?? "", delimiter: comma)
        }
        field(view.email ?? view.workEmail ?? "")
        field(view.given)
        field(view.family)
        field(view.mobile ?? view.landline)
        body.append(comma)
        if let birthday = view.dateOfBirth, generator.chance(0.7) { body.appendUSDate(birthday) }
        field(view.line1)
        field(view.unit)
        field(view.city)
        field(view.country == .us || generator.chance(0.4) ? view.region : nil)
        field(view.postcode)
        field(generator.chance(0.06) ? generator.pick(Self.countryNames[view.country]!) : view.country.rawValue)
        let created = day * 86_400 + Int64(generator.below(86_400))
        let recentEnd = min(asOf - 1, created + 2 * 365 * 86_400)
        let lastLogin = created + Int64(generator.below(Int(max(1, recentEnd - created))))
        body.append(comma)
        body.appendISO8601(created, in: view.address.zone)
        body.append(comma)
        body.append(decimal: Int(lastLogin))
        body.append(UInt8(ascii: "\n"))

        // Orders between sign-up and last login.
        let currency = person.country == .gb ? "GBP" : person.country == .us ? "USD" : "EUR"
        let orderCount = generator.chance(0.25) ? 0 : Int(generator.unit() * generator.unit() * 12) + 1
        var orderRows: [[UInt8]] = []
        for _ in 0..<orderCount {
            var row: [UInt8] = [comma]
            row.appendISO8601UTC(created + Int64(generator.below(Int(max(1, lastLogin - created)))))
            let u = generator.unit()
            row.append(u < 0.85 ? ",completed," : u < 0.93 ? ",returned," : ",cancelled,")
            let items = generator.int(in: 1...5)
            var total = 0
            var skus: [String] = []
            for _ in 0..<items {
                let product = Catalogue.drawProduct(&generator)
                total += Catalogue.price(product)
                skus.append(Catalogue.sku(product))
            }
            row.append(cents: total, separator: UInt8(ascii: "."))
            row.append("," + currency + ",")
            row.append(decimal: items)
            row.append(comma)
            row.appendCSVField(skus.joined(separator: "|"), delimiter: comma)
            row.append(UInt8(ascii: "\n"))
            orderRows.append(row)
        }
        if let released = window.push(Pending(entity: person.entityID, body: body, orders: orderRows)) {
            try emit(released)
        }
    }

    /// Writes what the shuffle window still holds and closes the last parts.
    func finish() throws {
        for pending in window.drain() { try emit(pending) }
        try accounts.close()
        try orders.close()
    }

    private func emit(_ pending: Pending) throws {
        let id = keys.account(accountCounter)
        accountCounter += 1
        try accounts.beginRecord(rows: 1)
        try accounts.write(Array(id.utf8))
        try accounts.write(pending.body)
        for order in pending.orders {
            orderCounter += 1
            try orders.beginRecord(rows: 1)
            try orders.write(Array(("O" + padded(orderCounter, 9) + "," + id).utf8))
            try orders.write(order)
        }
        try truth.add(.ecommerceAccounts, key: id, entity: pending.entity)
        records += 1
    }
}
