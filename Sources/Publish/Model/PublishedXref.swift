/// One source record's golden id, as published: `source, record_key → golden_id`.
public struct PublishedXref: Hashable, Sendable {
    public var source: String
    public var recordKey: String
    public var goldenID: String

    public init(source: String, recordKey: String, goldenID: String) {
        self.source = source
        self.recordKey = recordKey
        self.goldenID = goldenID
    }
}
