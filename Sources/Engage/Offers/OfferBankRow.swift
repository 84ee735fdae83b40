import GoldenCore

/// Reads one row of the offer bank CSV into an ``Offer``, or says what is wrong with it.
///
/// Columns: `offer_id`, `category`, `sku` (at least one of the two), `cost`, `valid_from`,
/// `valid_to` (`YYYY-MM-DD`, inclusive), `quantity` and `budget` (blank: no limit). Money is
/// read like feed amounts (`12.50`, `£12.50`, `1,200.00`). Other columns are ignored. Checks run
/// in column order and the first problem is reported: one reason per quarantined row.
///
/// ```swift
/// let row = KeyedRow(line: 2, fields: [
///     "offer_id": "OF-10", "category": "running", "cost": "4.50",
///     "valid_from": "2026-06-01", "valid_to": "2026-06-30", "quantity": "500",
/// ])
/// switch OfferBankRow.parse(row) {
/// case .success(let offer): bank.append(offer)
/// case .failure(let problem): quarantine(problem)   // line, field, reason
/// }
/// ```
public enum OfferBankRow {
    /// Every column the bank reads, in file order.
    public static let columns = ["offer_id", "category", "sku", "cost", "valid_from", "valid_to", "quantity", "budget"]

    /// The columns a header must have: `offer_id`, `cost`, `valid_from`, `valid_to`, and
    /// `category` or `sku`. Returns those missing (`category|sku` when both are); empty when
    /// the header will do.
    public static func missingColumns(in header: some Sequence<String>) -> [String] {
        let present = Set(header.map(\.trimmingBlanks))
        var missing = ["offer_id", "cost", "valid_from", "valid_to"].filter { !present.contains($0) }
        if !present.contains("category"), !present.contains("sku") { missing.append("category|sku") }
        return missing
    }

    /// The offer in `row`, or the first problem with it. Duplicate ids are the bank's to find
    /// (``OfferBank/add(_:)``): one row alone cannot tell.
    public static func parse(_ row: KeyedRow) -> Result<Offer, OfferRowProblem> {
        func problem(_ field: String, _ reason: OfferRowProblem.Reason) -> Result<Offer, OfferRowProblem> {
            .failure(OfferRowProblem(line: row.line, field: field, reason: reason))
        }
        guard let id = row.value("offer_id") else { return problem("offer_id", .missingID) }
        let category = row.value("category")
        let sku = row.value("sku")
        guard category != nil || sku != nil else { return problem("category", .missingTarget) }

        guard let costText = row.value("cost") else { return problem("cost", .missingValue) }
        guard let cost = Amount(parsing: costText) else { return problem("cost", .badNumber) }
        guard cost.tenThousandths >= 0 else { return problem("cost", .negative) }

        guard let fromText = row.value("valid_from") else { return problem("valid_from", .missingValue) }
        guard let from = Day(iso: fromText) else { return problem("valid_from", .badDate) }
        guard let toText = row.value("valid_to") else { return problem("valid_to", .missingValue) }
        guard let to = Day(iso: toText) else { return problem("valid_to", .badDate) }
        guard from <= to else { return problem("valid_to", .endsBeforeStart) }

        var quantity: Int?
        if let text = row.value("quantity") {
            guard let number = Int(text) else { return problem("quantity", .badNumber) }
            guard number >= 0 else { return problem("quantity", .negative) }
            quantity = number
        }
        var budget: Amount?
        if let text = row.value("budget") {
            guard let amount = Amount(parsing: text) else { return problem("budget", .badNumber) }
            guard amount.tenThousandths >= 0 else { return problem("budget", .negative) }
            budget = amount
        }
        return .success(
            Offer(
                id: id, category: category, sku: sku, cost: cost.units, validFrom: from, validTo: to,
                quantity: quantity, budget: budget?.units))
    }
}

extension Amount {
    /// The amount in currency units.
    var units: Double { Double(tenThousandths) / 10_000 }
}
