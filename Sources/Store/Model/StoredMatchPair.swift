import GRDB

/// A scored candidate pair of the latest Match stage, by record ids (`source_records.id`).
public struct StoredMatchPair: Hashable, Sendable {
    /// The smaller record id.
    public var recordA: Int64
    /// The larger record id.
    public var recordB: Int64
    public var probability: Double
    public var weight: Double
    /// The packed comparison levels (`ComparisonVector.raw`, its bits as a signed integer).
    public var vector: Int64
    /// `match`, `review` or `non_match`.
    public var band: String

    /// A pair of two different records, in either order: the store keeps the smaller id first.
    public init(recordA: Int64, recordB: Int64, probability: Double, weight: Double, vector: Int64, band: String) {
        self.recordA = min(recordA, recordB)
        self.recordB = max(recordA, recordB)
        self.probability = probability
        self.weight = weight
        self.vector = vector
        self.band = band
    }
}

extension StoredMatchPair: FetchableRecord {
    /// Decodes a row of the `match_pairs` table.
    public init(row: Row) throws {
        recordA = try row.decode(Int64.self, forColumn: "record_a")
        recordB = try row.decode(Int64.self, forColumn: "record_b")
        probability = try row.decode(Double.self, forColumn: "probability")
        weight = try row.decode(Double.self, forColumn: "weight")
        vector = try row.decode(Int64.self, forColumn: "vector")
        band = try row.decode(String.self, forColumn: "band")
    }
}
