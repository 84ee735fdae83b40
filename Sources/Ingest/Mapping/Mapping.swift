import GoldenCore

/// A source's mapping file, parsed and checked: how to read the feed and how its rows become
/// source records and events.
public struct Mapping: Sendable {
    /// The mapping file's path, for messages.
    public var file: String
    public var format: FeedFormat
    public var references = FieldReferences()
    public var record: RecordMapping?
    public var events: [EventMapping] = []
    /// How the Normalize stage reads this source's values (the `normalize:` section).
    public var normalize = NormalizeOptions()

    public init(file: String, format: FeedFormat) {
        self.file = file
        self.format = format
    }
}

/// The feed's container format and its options.
public enum FeedFormat: Sendable, Hashable {
    case csv(CSVFormat)
    case xml(XMLFormat)
}

/// CSV options from a mapping file.
public struct CSVFormat: Sendable, Hashable {
    public var delimiter: UInt8 = UInt8(ascii: ",")
    public var quote: UInt8 = UInt8(ascii: "\"")
    /// Column names when the file has no header row; nil means the first row is the header.
    public var columns: [String]?
    public var encoding: TextEncoding = .utf8
    public init() {}
}

/// XML options from a mapping file.
public struct XMLFormat: Sendable, Hashable {
    /// The record element as written, e.g. `member` or `l:member`.
    public var record: String
    public var namespaces: [String: String]
    public init(record: String, namespaces: [String: String]) {
        self.record = record
        self.namespaces = namespaces
    }
}

/// How a row becomes a source record.
public struct RecordMapping: Sendable {
    public var key: KeySpec
    public var observedAt: TimestampSpec?
    public var fields: [(attribute: IdentityAttribute, value: ValueExpression)]
}

/// A timestamp read from a field with the feed's formats and zone.
public struct TimestampSpec: Sendable {
    public var value: ValueExpression
    /// The configured field name, for quarantine messages.
    public var fieldName: String
    public var parser: TimestampParser
}

/// How a row yields an event.
public struct EventMapping: Sendable {
    public enum Kind: Sendable, Hashable {
        case constant(EventKind)
        case mapped(ValueExpression)
    }

    public var kind: Kind
    public var key: KeySpec
    /// The subject's source and key; nil means this row's own record.
    public var subject: (source: String, key: KeySpec)?
    public var occurredAt: TimestampSpec?
    public var amount: ValueExpression?
    public var currency: ValueExpression?
    public var attributes: [(name: String, value: ValueExpression)]
    /// Where the event mapping is, for messages.
    public var keyPath: String
    /// The line of the event mapping in its file.
    public var line: Int?
}
