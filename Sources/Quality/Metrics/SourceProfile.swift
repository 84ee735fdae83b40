import GoldenCore

/// The completeness and validity of one source's records, field by field, and its quarantine
/// rate: built record by record from normalized records and their findings.
///
/// ```swift
/// var profile = SourceProfile(source: "pos", fields: [.name, .phone, .postcode])
/// for record in normalizedRecordsOfPOS { profile.add(record) }
/// profile.rowsRead = 1200; profile.rowsQuarantined = 12
/// profile[.phone]?.validity      // share of given phone numbers that are usable
/// profile.quarantineRate         // 0.01
/// ```
public struct SourceProfile: Hashable, Sendable, Codable {
    public var source: String
    /// Normalized records measured.
    public var records = 0
    /// The fields measured: those the source's mapping fills, in ``QualityField/allCases`` order.
    public var fields: [QualityField]
    /// One entry per field of ``fields``, in the same order.
    public var counts: [FieldCounts]
    /// Rows its files held, and how many were quarantined (from the ingest batches).
    public var rowsRead = 0
    public var rowsQuarantined = 0
    /// The latest observed-at of its records: how recent the feed is.
    public var latestObservedAt: Timestamp?

    /// An empty profile of `source`, measuring `fields`.
    public init(source: String, fields: some Sequence<QualityField>) {
        self.source = source
        let set = Set(fields)
        self.fields = QualityField.allCases.filter(set.contains)
        counts = Array(repeating: FieldCounts(), count: self.fields.count)
    }

    /// The share of rows read that were quarantined; `nil` when no row was read.
    public var quarantineRate: Double? { FieldCounts.share(rowsQuarantined, of: rowsRead) }

    /// The counts of `field`, when it is measured.
    public subscript(field: QualityField) -> FieldCounts? {
        fields.firstIndex(of: field).map { counts[$0] }
    }

    /// Adds one normalized record of the source.
    ///
    /// - Complexity: O(*f* + *n*) in the fields measured and the record's findings.
    public mutating func add(_ record: NormalizedRecord) {
        records += 1
        if let observed = record.observedAt, latestObservedAt.map({ observed > $0 }) ?? true { latestObservedAt = observed }
        // Per field: bit 0 invalid, bit 1 placeholder, bit 2 corrected.
        var marks = [UInt8](repeating: 0, count: QualityField.allCases.count)
        for finding in record.findings {
            guard let field = QualityField(finding.attribute) else { continue }
            switch finding.kind {
            case .invalid: marks[field.index] |= 1
            case .placeholder: marks[field.index] |= 2
            case .corrected: marks[field.index] |= 4
            case .partial, .ambiguous: break
            }
        }
        for (position, field) in fields.enumerated() {
            let mark = marks[field.index]
            if field.hasUsableValue(record) {
                counts[position].valid += 1
                if mark & 4 != 0 { counts[position].corrected += 1 }
            } else if mark & 1 != 0 {
                counts[position].invalid += 1
            } else if mark & 2 != 0 {
                counts[position].placeholder += 1
            } else {
                counts[position].null += 1
            }
        }
    }

    /// Adds `other`'s records (a profile of the same source and fields).
    public mutating func merge(_ other: SourceProfile) {
        records += other.records
        for (position, field) in fields.enumerated() {
            if let counts = other[field] { self.counts[position].merge(counts) }
        }
        rowsRead += other.rowsRead
        rowsQuarantined += other.rowsQuarantined
        if let observed = other.latestObservedAt, latestObservedAt.map({ observed > $0 }) ?? true {
            latestObservedAt = observed
        }
    }
}
