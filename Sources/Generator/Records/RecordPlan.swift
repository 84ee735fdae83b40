import GoldenCore

/// The identity sources the generator writes, named as `truth.csv` and the mappings name them.
public enum GeneratedSource: String, Sendable, Hashable, CaseIterable {
    /// One POS receipt with a customer identity (key `STORE_ID|TILL|RECEIPT_NO`).
    case pos
    /// One loyalty membership (key: the member `id`).
    case loyalty
    /// One web shop account (key: `account_id`).
    case ecommerceAccounts = "ecommerce_accounts"
    /// One forum profile (key: `uid`).
    case communityProfiles = "community_profiles"
}

extension GeneratedSource {
    /// Position in `allCases`.
    var index: Int {
        switch self {
        case .pos: 0
        case .loyalty: 1
        case .ecommerceAccounts: 2
        case .communityProfiles: 3
        }
    }
}

/// One source record a customer will appear in: which source, and the day it was observed.
struct PlannedRecord {
    let source: GeneratedSource
    /// Days since 1970-01-01.
    var day: Int64
    /// Which of the customer's records in this source it is (0 for the first).
    let ordinal: Int
}

/// Decides which records a customer appears in and when: most customers are in one or two
/// feeds, some in all four; a few have two records in one feed; shoppers have a Zipf-like
/// number of receipts. Customers who moved or married get records on both sides of the date.
enum RecordPlanner {
    /// Receipts per POS shopper: 1 most often, up to 12.
    private static let receiptCounts = WeightedIndex(weights: (1...12).map { 1 / Double($0 * $0) })

    static func plan(
        _ person: Person, options: FeedGenerator.Options, _ generator: inout SplitMix64,
        _ tally: inout TroubleTally
    ) -> [PlannedRecord] {
        let rates = options.rates
        let asOf = options.asOf.daysSinceEpoch
        // Records per source, in `GeneratedSource.allCases` order.
        var counts = [0, 0, 0, 0]
        let reach: [(GeneratedSource, Double)] = [
            (.pos, person.country == .gb ? 0.55 : 0.06),
            (.loyalty, person.country == .gb ? 0.45 : person.country == .us ? 0.35 : 0.3),
            (.ecommerceAccounts, person.country == .us ? 0.6 : 0.5),
            (.communityProfiles, 0.18),
        ]
        for (source, share) in reach where generator.chance(share) {
            if source == .pos {
                counts[source.index] = receiptCounts.draw(&generator) + 1
            } else {
                counts[source.index] = tally.draw(.duplicateInFeed, rate: rates.duplicateInFeed, &generator) ? 2 : 1
            }
        }
        if counts == [0, 0, 0, 0] {
            let fallback: GeneratedSource = person.country == .gb && generator.chance(0.5) ? .pos : .ecommerceAccounts
            counts[fallback.index] = 1
            if fallback != .pos { tally.record(.duplicateInFeed, applied: false) }
        }
        // Someone who moved or married needs a record from before and one from after.
        let events = [person.movedOn, person.marriedOn].compactMap { $0?.daysSinceEpoch }
        if !events.isEmpty, counts.reduce(0, +) < 2 {
            if counts[GeneratedSource.pos.index] > 0 {
                counts[GeneratedSource.pos.index] += 1
            } else {
                let extra = GeneratedSource.allCases.first { counts[$0.index] == 0 && $0 != .pos }!
                counts[extra.index] = 1
            }
        }

        // Days: recent records within three years; old ones 3 to 12 years back; never before
        // the customer turned 16.
        let earliest = person.dateOfBirth.daysSinceEpoch + 16 * 365
        var records: [PlannedRecord] = []
        for source in GeneratedSource.allCases {
            for ordinal in 0..<counts[source.index] {
                var day = asOf - 1 - Int64(generator.below(3 * 365))
                let old = generator.chance(rates.oldRecord)
                if old {
                    let candidate = asOf - 3 * 365 - 1 - Int64(generator.below(9 * 365))
                    if candidate >= earliest { day = candidate }
                }
                tally.record(.oldRecord, applied: day < asOf - 3 * 365)
                records.append(PlannedRecord(source: source, day: max(day, min(earliest, asOf - 1)), ordinal: ordinal))
            }
        }
        // Put a record on each side of every move or marriage.
        for (number, event) in events.enumerated() where records.count >= 2 {
            let before = (number * 2) % records.count
            let after = (number * 2 + 1) % records.count
            if records[before].day >= event {
                records[before].day = max(earliest, event - 1 - Int64(generator.below(900)))
            }
            if records[after].day < event {
                records[after].day = min(asOf - 1, event + Int64(generator.below(Int(max(1, asOf - event)))))
            }
        }
        return records
    }
}
