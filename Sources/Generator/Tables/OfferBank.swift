import GoldenCore

/// The retailer's bank of offers that loyalty members redeem: category offers (on one of the
/// ``Catalogue`` departments) and SKU offers (on popular products), valid around the default
/// as-of date 2026-06-30, some limited in quantity or budget.
///
/// `Fixtures/retail/Mappings/offers.csv` is ``csv`` followed by deliberately bad rows; a test
/// keeps the two in step.
enum OfferBank {
    struct Offer {
        let id: String
        /// A ``Catalogue`` department, for a category offer.
        let category: String?
        /// A ``Catalogue`` product, for a SKU offer.
        let product: Int?
        /// What one redemption costs the retailer, in minor units.
        let cost: Int
        let validFrom: CivilDate
        let validTo: CivilDate
        let quantity: Int?
        /// In minor units.
        let budget: Int?

        /// Loyalty points a member spends on it: one per penny of cost.
        var points: Int { cost }

        func isValid(on day: Int64) -> Bool {
            (validFrom.daysSinceEpoch...validTo.daysSinceEpoch).contains(day)
        }
    }

    static let header = "offer_id,category,sku,cost,valid_from,valid_to,quantity,budget\n"

    static let offers: [Offer] = [
        offer("OF001", category: "GROCERY", 150, "2024-01-01", "2026-12-31"),
        offer("OF002", category: "HOME", 500, "2025-01-01", "2026-12-31", budget: 200_000),
        offer("OF003", category: "CLOTHING", 800, "2026-03-01", "2026-08-31", quantity: 500),
        offer("OF004", category: "ELECTRONICS", 1500, "2026-05-01", "2026-09-30", quantity: 100, budget: 150_000),
        offer("OF005", category: "BEAUTY", 400, "2024-01-01", "2026-12-31"),
        offer("OF006", category: "TOYS", 600, "2026-06-01", "2026-12-24", quantity: 300),
        offer("OF007", category: "GARDEN", 500, "2026-03-01", "2026-07-31", budget: 80_000),
        offer("OF008", category: "FOOD & DRINK", 250, "2024-01-01", "2026-12-31"),
        // The holiday offer has ended; the summer one starts the day after as-of.
        offer("OF009", category: "HOME", 1000, "2025-11-01", "2026-01-15"),
        offer("OF010", category: "CLOTHING", 1200, "2026-07-01", "2026-08-31", quantity: 200),
        offer("OF011", product: 0, 300, "2026-01-01", "2026-12-31"),
        offer("OF012", product: 1, 200, "2026-04-01", "2026-09-30", quantity: 400),
        offer("OF013", product: 2, 450, "2026-06-01", "2026-07-15", budget: 50_000),
        offer("OF014", product: 3, 750, "2025-06-01", "2026-12-31", quantity: 150),
        offer("OF015", product: 4, 100, "2024-06-01", "2026-12-31"),
        offer("OF016", product: 5, 600, "2026-05-15", "2026-07-31", quantity: 80),
        offer("OF017", product: 6, 900, "2026-06-15", "2026-10-31", budget: 90_000),
        offer("OF018", product: 9, 250, "2025-09-01", "2026-06-30"),
        offer("OF019", product: 12, 550, "2026-06-01", "2026-12-31", quantity: 250, budget: 100_000),
        offer("OF020", product: 15, 350, "2026-02-01", "2026-08-31"),
    ]

    /// The offers valid on `day`.
    static func valid(on day: Int64) -> [Offer] {
        offers.filter { $0.isValid(on: day) }
    }

    /// The bank as CSV: the header and one row per offer, `cost` and `budget` with a decimal
    /// point, dates ISO.
    static var csv: String {
        var bytes = Array(header.utf8)
        for offer in offers {
            bytes.append(offer.id + "," + (offer.category ?? "") + ",")
            if let product = offer.product { bytes.append(Catalogue.sku(product)) }
            bytes.append(UInt8(ascii: ","))
            bytes.append(cents: offer.cost, separator: UInt8(ascii: "."))
            bytes.append(UInt8(ascii: ","))
            bytes.appendISODate(offer.validFrom)
            bytes.append(UInt8(ascii: ","))
            bytes.appendISODate(offer.validTo)
            bytes.append(UInt8(ascii: ","))
            if let quantity = offer.quantity { bytes.append(decimal: quantity) }
            bytes.append(UInt8(ascii: ","))
            if let budget = offer.budget { bytes.append(cents: budget, separator: UInt8(ascii: ".")) }
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func offer(
        _ id: String, category: String? = nil, product: Int? = nil, _ cost: Int, _ from: String, _ to: String,
        quantity: Int? = nil, budget: Int? = nil
    ) -> Offer {
        Offer(
            id: id, category: category, product: product, cost: cost, validFrom: date(from), validTo: date(to),
            quantity: quantity, budget: budget)
    }

    private static func date(_ text: String) -> CivilDate {
        let parts = text.split(separator: "-").map { Int($0)! }
        return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
    }
}
