/// The valid offers of the offer bank, in file order, looked up by id or by the day they are
/// valid on.
///
/// Built row by row while the loader reads the CSV: each row is parsed and checked, a duplicate
/// id is refused (the first row with the id is kept), and the loader quarantines whatever
/// ``add(_:)`` refuses.
///
/// ```swift
/// var bank = OfferBank()
/// for row in rows {
///     if case .failure(let problem) = bank.add(row) { quarantined.append(problem) }
/// }
/// let today = bank.offers(validOn: asOf)
/// ```
public struct OfferBank: Hashable, Sendable {
    /// Every accepted offer, in the order added.
    public private(set) var offers: [Offer] = []
    /// The line each offer came from (0 for offers added as values).
    public private(set) var lines: [Int] = []
    private var positions: [String: Int] = [:]

    public init() {}

    /// A bank of offers given as values; a repeated id is dropped (the first one stays).
    public init(offers: some Sequence<Offer>) {
        for offer in offers where positions[offer.id] == nil {
            append(offer, line: 0)
        }
    }

    /// Parses `row` and adds its offer; returns the problem instead when the row is bad or its
    /// id was seen before.
    @discardableResult
    public mutating func add(_ row: KeyedRow) -> Result<Offer, OfferRowProblem> {
        let parsed = OfferBankRow.parse(row)
        guard case .success(let offer) = parsed else { return parsed }
        if let first = positions[offer.id] {
            return .failure(OfferRowProblem(line: row.line, field: "offer_id", reason: .duplicateID, firstLine: lines[first]))
        }
        append(offer, line: row.line)
        return parsed
    }

    /// The offer with this id, if the bank has it.
    /// - Complexity: O(1) on average.
    public func offer(id: String) -> Offer? { positions[id].map { offers[$0] } }

    /// The offers valid on `day` (between their first and last valid day, inclusive), in bank order.
    /// - Complexity: O(*n*).
    public func offers(validOn day: Day) -> [Offer] { offers.filter { $0.isValid(on: day) } }

    private mutating func append(_ offer: Offer, line: Int) {
        positions[offer.id] = offers.count
        offers.append(offer)
        lines.append(line)
    }
}

extension Offer {
    /// Whether `day` falls between ``validFrom`` and ``validTo``, inclusive.
    public func isValid(on day: Day) -> Bool { validFrom <= day && day <= validTo }
}
