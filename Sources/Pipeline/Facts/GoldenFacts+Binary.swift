import Engage
import GoldenCore
import Quality

extension GoldenFacts {
    /// The layout's version: the first byte of every stored blob. Bump it whenever the layout
    /// changes, including the enum code tables of the parts (`FreshnessFacts.attributeCodes`,
    /// `ContactProfile.statusCodes`, `EngageEvent.kindCodes`, `EngageEvent.messageActionCodes`);
    /// it is part of the merge fingerprint, so the next Merge stage rewrites every record's facts.
    public static let formatVersion: UInt8 = 1

    /// The stored bytes: the version, then the record count and the freshness facts (first, so
    /// that Quality reads only them), the profile (its lineages shared with the freshness facts) and the events.
    /// Integers are LEB128 (zig-zag when signed), strings length-prefixed UTF-8.
    ///
    /// - Complexity: O(*n*) in the values, lineages and events.
    public func encoded() -> [UInt8] {
        var writer = BinaryWriter(capacity: 512)
        encode(into: &writer)
        return writer.bytes
    }

    /// Appends the stored bytes to `writer` (reused across records by the Merge stage).
    public func encode(into writer: inout BinaryWriter) {
        writer.write(UInt64(Self.formatVersion))
        writer.write(recordCount)
        freshness.write(to: &writer)
        profile.write(to: &writer, sharing: freshness)
        writer.write(events) { $1.write(to: &$0) }
    }

    /// Reads stored bytes written by ``encoded()``.
    ///
    /// - Throws: a `store` error naming the byte offset when the bytes are malformed or
    ///   truncated, or the version when it is not ``formatVersion``.
    public init(encoded bytes: [UInt8]) throws(GoldenError) {
        var reader = try Self.reader(bytes)
        do throws(BinaryReader.Malformed) {
            let recordCount = try reader.readInt()
            let freshness = try FreshnessFacts(from: &reader)
            let profile = try ContactProfile(from: &reader, sharing: freshness)
            let events = try reader.readArray { reader throws(BinaryReader.Malformed) in try EngageEvent(from: &reader) }
            guard reader.atEnd else { throw BinaryReader.Malformed(offset: reader.offset) }
            self.init(recordCount: recordCount, profile: profile, freshness: freshness, events: events)
        } catch {
            throw Self.malformed(error)
        }
    }

    /// Only the record count and the freshness facts of stored bytes: what the Quality stage reads.
    ///
    /// - Throws: as ``init(encoded:)``.
    public static func freshness(encoded bytes: [UInt8]) throws(GoldenError) -> (recordCount: Int, facts: FreshnessFacts) {
        var reader = try reader(bytes)
        do throws(BinaryReader.Malformed) {
            return (try reader.readInt(), try FreshnessFacts(from: &reader))
        } catch {
            throw malformed(error)
        }
    }

    /// A 64-bit FNV-1a hash of stored bytes: the Merge stage rewrites a record's facts when it
    /// changes (whether or not the golden record's JSON did).
    public static func hash(_ bytes: [UInt8]) -> Int64 {
        Int64(bitPattern: FNV1a.hash(bytes))
    }

    /// A reader past the version byte.
    private static func reader(_ bytes: [UInt8]) throws(GoldenError) -> BinaryReader {
        guard let version = bytes.first else { throw GoldenError(.store, "Empty golden facts") }
        guard version == formatVersion else {
            throw GoldenError(
                .store, "Golden facts of format version \(version); this build reads version \(formatVersion) (run 'golden rebuild')")
        }
        var reader = BinaryReader(bytes)
        _ = try? reader.readUInt64()
        return reader
    }

    private static func malformed(_ error: BinaryReader.Malformed) -> GoldenError {
        GoldenError(.store, "Malformed golden facts (\(error))")
    }
}
