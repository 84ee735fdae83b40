import GoldenCore

/// The completeness and validity of one source's records, field by field, and its quarantine
/// rate: built record by record from normalized records and their findings, or from their
/// ``QualitySignature``s counted per source.
///
/// ```swift
/// var profile = SourceProfile(source: "pos", fields: [.name, .phone, .postcode])
/// for record in normalizedRecordsOfPOS { profile.add(record) }
/// profile.add(signature: stored, count: 250, latestObservedAt: latest)   // 250 records alike
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
    /// - Complexity: O(*f* + *n*) in the fields and the record's findings.
    public mutating func add(_ record: NormalizedRecord) {
        add(signature: QualitySignature(record), count: 1, latestObservedAt: record.observedAt)
    }

    /// Adds `count` records of the source that share `signature`, the latest of them observed at
    /// `latestObservedAt`: the same counts as adding each of them with ``add(_:)``.
    ///
    /// - Complexity: O(*f*) in the fields measured.
    public mutating func add(signature: QualitySignature, count: Int, latestObservedAt observed: Timestamp?) {
        records += count
        if let observed, latestObservedAt.map({ observed > $0 }) ?? true { latestObservedAt = observed }
        for (position, field) in fields.enumerated() { counts[position].add(signature[field], count: count) }
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
