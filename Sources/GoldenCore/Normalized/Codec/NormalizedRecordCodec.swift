/// The store's byte format of a ``NormalizedRecord`` (all but its source and key, which the store
/// keeps in columns): compact, positional, versioned.
///
/// A stored payload starts with ``version``; a payload of another version is rejected (the
/// Normalize stage re-normalizes records whose payload is older than the program).
public enum NormalizedRecordCodec {
    /// Bumped whenever the layout changes.
    public static let version: UInt64 = 1

    /// Appends the payload of `record` to `writer`.
    public static func encode(_ record: NormalizedRecord, into writer: inout BinaryWriter) {
        writer.write(version)
        writer.write(record.observedAt) { $0.write($1.secondsSinceEpoch) }
        writer.write(record.names) { $0.write($1) }
        writer.write(record.isJointName)
        writer.write(record.gender?.rawValue)
        writer.write(record.dateOfBirth) { $0.write($1) }
        writer.write(record.emails) { $0.write($1) }
        writer.write(record.phones) { $0.write($1) }
        writer.write(record.address) { $0.write($1) }
        writer.write(record.loyaltyCards)
        writer.write(record.accountId)
        writer.write(record.username)
        writer.write(record.locale)
        writer.write(record.findings) { writer, finding in
            writer.write(finding.attribute.rawValue)
            writer.write(finding.kind.rawValue)
            writer.write(finding.code)
        }
    }

    /// The payload of `record`.
    public static func encode(_ record: NormalizedRecord) -> [UInt8] {
        var writer = BinaryWriter()
        encode(record, into: &writer)
        return writer.bytes
    }

    /// Decodes a payload written by ``encode(_:into:)``.
    public static func decode(_ bytes: [UInt8], source: String, key: String) throws(BinaryReader.Malformed) -> NormalizedRecord {
        var reader = BinaryReader(bytes)
        guard try reader.readUInt64() == version else { throw BinaryReader.Malformed(offset: 0) }
        var record = NormalizedRecord(source: source, key: key, observedAt: nil)
        record.observedAt = try reader.readOptional { r throws(BinaryReader.Malformed) in
            Timestamp(secondsSinceEpoch: try r.readInt64())
        }
        record.names = try reader.readArray { r throws(BinaryReader.Malformed) in try r.readPersonName() }
        record.isJointName = try reader.readBool()
        record.gender = try reader.readOptional { r throws(BinaryReader.Malformed) in try r.readEnum(Gender.self) }
        record.dateOfBirth = try reader.readOptional { r throws(BinaryReader.Malformed) in try r.readBirthDate() }
        record.emails = try reader.readArray { r throws(BinaryReader.Malformed) in try r.readEmail() }
        record.phones = try reader.readArray { r throws(BinaryReader.Malformed) in try r.readPhone() }
        record.address = try reader.readOptional { r throws(BinaryReader.Malformed) in try r.readAddress() }
        record.loyaltyCards = try reader.readStrings()
        record.accountId = try reader.readOptionalString()
        record.username = try reader.readOptionalString()
        record.locale = try reader.readOptionalString()
        record.findings = try reader.readArray { r throws(BinaryReader.Malformed) in
            Finding(
                try r.readEnum(IdentityAttribute.self), try r.readEnum(Finding.Kind.self), try r.readString())
        }
        guard reader.atEnd else { throw BinaryReader.Malformed(offset: reader.offset) }
        return record
    }
}
