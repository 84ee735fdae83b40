import GoldenCore
import Merge

extension FreshnessFacts {
    /// The attributes as their codes in stored facts: positions in this list. Reordering it, or
    /// removing a case, changes the layout (bump the version of the payload that embeds it).
    static let attributeCodes = GoldenAttribute.allCases

    /// Appends the facts to `writer`: each preferred value's attribute and lineage, the latest
    /// assertion and the last event. Part of a larger, versioned payload (the store's golden
    /// facts); ``init(from:)`` reads it back.
    ///
    /// ```swift
    /// var writer = BinaryWriter()
    /// facts.write(to: &writer)
    /// var reader = BinaryReader(writer.bytes)
    /// try FreshnessFacts(from: &reader) == facts   // true
    /// ```
    public func write(to writer: inout BinaryWriter) {
        writer.write(preferred) { writer, entry in
            writer.write(entry.attribute, in: Self.attributeCodes)
            Self.write(entry.assertions, to: &writer)
        }
        writer.write(latestAssertion) { $0.write($1) }
        writer.write(lastEvent) { $0.write($1) }
    }

    /// Reads facts written by ``write(to:)``.
    ///
    /// - Throws: ``GoldenCore/BinaryReader/Malformed`` when the bytes do not hold them.
    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let preferred = try reader.readArray { reader throws(BinaryReader.Malformed) in
            (attribute: try reader.readCase(in: Self.attributeCodes), assertions: try Self.readAssertions(from: &reader))
        }
        self.init(
            preferred: preferred, latestAssertion: try reader.readOptionalTimestamp(), lastEvent: try reader.readOptionalTimestamp())
    }

    /// Appends a lineage: each assertion's source and observed-at.
    static func write(_ assertions: [Assertion], to writer: inout BinaryWriter) {
        writer.write(assertions) { writer, assertion in
            writer.write(assertion.source)
            writer.write(assertion.observedAt) { $0.write($1) }
        }
    }

    /// Reads a lineage written by ``write(_:to:)``.
    static func readAssertions(from reader: inout BinaryReader) throws(BinaryReader.Malformed) -> [Assertion] {
        try reader.readArray { reader throws(BinaryReader.Malformed) in
            Assertion(source: try reader.readString(), observedAt: try reader.readOptionalTimestamp())
        }
    }
}
