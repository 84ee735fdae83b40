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

    /// One account, rendered but for its dates and order statuses, which the customer's story
    /// may change, and with the messages and service cases the story gives it.
    struct Account {
        let entity: String
        /// The account row from the comma after `account_id` through `country`.
        let identity: [UInt8]
        let zone: Zone
        /// Seconds since 1970-01-01 UTC.
        var created: Int64
        var lastLogin: Int64
        var orders: [Order]
        var messages: [MessageSend] = []
        var cases: [ServiceCase] = []
    }

    /// One order of an account.
    struct Order {
        /// Seconds since 1970-01-01 UTC.
        var time: Int64
        /// `completed`, `returned` or `cancelled`.
        var status: String
        /// The row from `total` on, with the line break.
        let tail: [UInt8]
    }

    private let accounts: PartedOutput
    private let orders: PartedOutput
    private let truth: TruthFile
    private let keys: Keys
    private var window: ShuffleWindow<Account>
    private var accountCounter = 0
    private var orderCounter = 0
    private(set) var records = 0

    private let messaging: Messaging
    private let cases: ServiceCases

    init(
        root: String, options: FeedGenerator.Options, seed: UInt64, keys: Keys, truth: TruthFile,
        messaging: Messaging, cases: ServiceCases
    ) throws {
        let level = options.compressionLevel
        accounts = try PartedOutput(
            root: root, relativeDirectory: "feeds/ecommerce", stem: "accounts", fileExtension: "csv.gz",
            gzipLevel: level, header: Array(Self.accountsHeader.utf8), footer: [], rowLimit: options.partSize, holdBack: options.holdBack)
        orders = try PartedOutput(
            root: root, relativeDirectory: "feeds/ecommerce", stem: "orders", fileExtension: "csv.gz",
            gzipLevel: level, header: Array(Self.ordersHeader.utf8), footer: [], rowLimit: options.partSize, holdBack: options.holdBack)
        self.truth = truth
        self.keys = keys
        self.messaging = messaging
        self.cases = cases
        window = ShuffleWindow(
            capacity: options.shuffleWindow, generator: SplitMix64(seed: seed, stream: .shuffle, index: 2))
    }

    var files: [String] { accounts.files + orders.files }
    var accountRows: Int { accounts.rows }
    var orderRows: Int { orders.rows }

    /// Renders one account, with its orders, for `context`; ``push(_:)`` queues it once its story
    /// has dated it.
    func render(_ context: RecordContext, _ generator: inout SplitMix64, _ tally: inout TroubleTally) -> Account {
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

        // Orders between sign-up and last login.
        let currency = person.country == .gb ? "GBP" : person.country == .us ? "USD" : "EUR"
        let orderCount = generator.chance(0.25) ? 0 : Int(generator.unit() * generator.unit() * 12) + 1
        var orders: [Order] = []
        for _ in 0..<orderCount {
            let time = created + Int64(generator.below(Int(max(1, lastLogin - created))))
            let u = generator.unit()
            let status = u < 0.85 ? "completed" : u < 0.93 ? "returned" : "cancelled"
            let items = generator.int(in: 1...5)
            var total = 0
            var skus: [String] = []
            for _ in 0..<items {
                let product = Catalogue.drawProduct(&generator)
                total += Catalogue.price(product)
                skus.append(Catalogue.sku(product))
            }
            var tail: [UInt8] = []
            tail.append(cents: total, separator: UInt8(ascii: "."))
            tail.append("," + currency + ",")
            tail.append(decimal: items)
            tail.append(comma)
            tail.appendCSVField(skus.joined(separator: "|"), delimiter: comma)
            tail.append(UInt8(ascii: "\n"))
            orders.append(Order(time: time, status: status, tail: tail))
        }
        return Account(
            entity: person.entityID, identity: body, zone: view.address.zone, created: created,
            lastLogin: lastLogin, orders: orders)
    }

    /// Queues a rendered account.
    func push(_ account: Account) throws {
        if let released = window.push(account) { try emit(released) }
    }

    /// Writes what the shuffle window still holds and closes the last parts.
    func finish() throws {
        for account in window.drain() { try emit(account) }
        try accounts.close()
        try orders.close()
    }

    private func emit(_ account: Account) throws {
        let id = keys.account(accountCounter)
        accountCounter += 1
        var row = Array(id.utf8)
        row.append(contentsOf: account.identity)
        row.append(UInt8(ascii: ","))
        row.appendISO8601(account.created, in: account.zone)
        row.append(UInt8(ascii: ","))
        row.append(decimal: Int(account.lastLogin))
        row.append(UInt8(ascii: "\n"))
        try accounts.beginRecord(rows: 1)
        try accounts.write(row)
        for order in account.orders {
            orderCounter += 1
            var line = Array(("O" + padded(orderCounter, 9) + "," + id + ",").utf8)
            line.appendISO8601UTC(order.time)
            line.append("," + order.status + ",")
            line.append(contentsOf: order.tail)
            try orders.beginRecord(rows: 1)
            try orders.write(line)
        }
        try messaging.write(account.messages, account: id)
        try cases.write(account.cases, subject: id, in: .accounts)
        try truth.add(.ecommerceAccounts, key: id, entity: account.entity)
        records += 1
    }
}
