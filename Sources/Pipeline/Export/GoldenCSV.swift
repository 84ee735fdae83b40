import GoldenCore
import Merge

/// One golden record as the flat row of `golden export golden --format csv`
/// (``GoldenExport/goldenColumns``): the preferred value of each attribute, every value of the
/// multi-valued ones joined with `|`, and the history's headline figures. The Merge stage stores
/// the attribute columns of each record it writes, encoded (``fragment(record:history:)``), so
/// that the export reads no JSON.
enum GoldenCSV {
    /// The layout of ``fragment(record:history:)``, stored beside each fragment: a change to
    /// the columns or their rendering must bump it, so that stored fragments of the old layout
    /// are rendered anew from the records instead of being published.
    static let version = 1

    /// The columns between the member count and `updated_at`: everything the record and its
    /// history decide.
    static func attributes(record: GoldenRecord, history: HistorySummary) -> [String?] {
        let name = record.name?.value
        let address = record.address?.value
        return [
            record.displayName, name?.given, name?.family,
            record.dateOfBirth.map { date(of: $0.value) }, record.gender?.value.rawValue,
            record.emails.first.map(email), joined(record.emails.map(email)),
            record.phones.first.map(phone), joined(record.phones.map(phone)),
            address.flatMap(street), address?.city, address?.postcode, address?.country,
            joined(record.loyaltyCards.map(\.value)), joined(record.accountIds.map(\.value)),
            joined(record.usernames.map(\.value)),
            String(history.purchases), history.firstPurchaseAt?.iso8601, history.lastPurchaseAt?.iso8601,
            joined(history.spend.map(money)), String(history.returns), joined(history.channels),
        ]
    }

    /// ``attributes(record:history:)`` encoded as the middle of a CSV line: what the Merge stage
    /// stores with each record it writes (``GoldenExportFragment``).
    static func fragment(record: GoldenRecord, history: HistorySummary) -> String {
        CSVLine.join(attributes(record: record, history: history).map { $0 ?? "" })
    }

    /// The CSV line (without its line break) of a golden record whose attribute columns are
    /// the stored `fragment`: the same bytes as joining the golden id, the member count,
    /// ``attributes(record:history:)`` and `updatedAt` as one CSV line.
    static func line(goldenID: String, recordCount: Int, fragment: String, updatedAt: Timestamp) -> String {
        CSVLine.join([goldenID, String(recordCount)]) + "," + fragment + "," + CSVLine.join([updatedAt.iso8601])
    }

    /// `1980-03-04`, `--03-04` without a year, or the raw text when it has no month and day.
    static func date(of date: BirthDate) -> String {
        guard let month = date.month, let day = date.day else { return date.raw }
        let monthDay = two(month) + "-" + two(day)
        guard let year = date.year else { return "--" + monthDay }
        return String(year) + "-" + monthDay
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

    private static func email(_ value: GoldenValue<EmailAddress>) -> String { value.value.normalized ?? value.key }

    private static func phone(_ value: GoldenValue<PhoneNumber>) -> String {
        value.value.e164 ?? value.value.localDigits ?? value.key
    }

    /// The first street line as the source wrote it (the normalized key drops case and expands
    /// nothing back), else the key.
    private static func street(_ address: PostalAddress) -> String? {
        if let line = address.raw.first, !line.isEmpty { return line }
        return address.streetKey
    }

    /// `GBP 123.45`.
    private static func money(_ money: Money) -> String { money.currency + " " + money.amount.description }

    /// Values joined with `|`; `nil` for none.
    private static func joined(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: "|") }
}
