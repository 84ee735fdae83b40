import GoldenCore
import Merge

extension ContactProfile {
    /// The value statuses as their codes in stored facts (see ``FreshnessFacts/attributeCodes``).
    static let statusCodes = ValueStatus.allCases

    /// How a channel's lineage is stored: absent, the same as the freshness facts' preferred
    /// value of its attribute (the usual case, so stored once), or written out.
    private enum LineageTag: UInt64 {
        case absent = 0, shared = 1, written = 2
    }

    /// Appends the profile to `writer`. The channels' lineages equal to `facts`' preferred values
    /// of the same attributes (as ``freshnessFacts`` and the full facts of one record agree) are
    /// stored as a reference to them; pass the same facts to ``init(from:sharing:)``.
    ///
    /// ```swift
    /// var writer = BinaryWriter()
    /// profile.write(to: &writer, sharing: facts)
    /// var reader = BinaryReader(writer.bytes)
    /// try ContactProfile(from: &reader, sharing: facts) == profile   // true
    /// ```
    public func write(to writer: inout BinaryWriter, sharing facts: FreshnessFacts) {
        for contact in [email, mobile, phone, address] {
            writer.write(contact) { writer, contact in
                writer.write(contact.status, in: Self.statusCodes)
                writer.write(contact.lastAssertedAt) { $0.write($1) }
            }
        }
        for text in [emailDomain, country, city, postcode, gender] { writer.write(text) }
        writer.write(birthYear) { $0.write($1) }
        writer.write(birthMonth) { $0.write($1) }
        writer.write(firstAssertedAt) { $0.write($1) }
        for (attribute, lineage) in [(GoldenAttribute.email, emailLineage), (.phone, phoneLineage), (.address, addressLineage)] {
            guard let lineage else {
                writer.write(LineageTag.absent.rawValue)
                continue
            }
            if facts.preferred.first(where: { $0.attribute == attribute })?.assertions == lineage {
                writer.write(LineageTag.shared.rawValue)
            } else {
                writer.write(LineageTag.written.rawValue)
                FreshnessFacts.write(lineage, to: &writer)
            }
        }
    }

    /// Reads a profile written by ``write(to:sharing:)`` with the same `facts`.
    ///
    /// - Throws: ``GoldenCore/BinaryReader/Malformed`` when the bytes do not hold one, or a
    ///   lineage refers to a value `facts` lacks.
    public init(from reader: inout BinaryReader, sharing facts: FreshnessFacts) throws(BinaryReader.Malformed) {
        self.init()
        func contact(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> Contact? {
            try reader.readOptional { reader throws(BinaryReader.Malformed) in
                Contact(status: try reader.readCase(in: Self.statusCodes), lastAssertedAt: try reader.readOptionalTimestamp())
            }
        }
        email = try contact(&reader)
        mobile = try contact(&reader)
        phone = try contact(&reader)
        address = try contact(&reader)
        emailDomain = try reader.readOptionalString()
        country = try reader.readOptionalString()
        city = try reader.readOptionalString()
        postcode = try reader.readOptionalString()
        gender = try reader.readOptionalString()
        birthYear = try reader.readOptional { reader throws(BinaryReader.Malformed) in try reader.readInt() }
        birthMonth = try reader.readOptional { reader throws(BinaryReader.Malformed) in try reader.readInt() }
        firstAssertedAt = try reader.readOptionalTimestamp()
        func lineage(_ attribute: GoldenAttribute, _ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> [FreshnessFacts.Assertion]? {
            let start = reader.offset
            switch LineageTag(rawValue: try reader.readUInt64()) {
            case .absent: return nil
            case .written: return try FreshnessFacts.readAssertions(from: &reader)
            case .shared:
                guard let entry = facts.preferred.first(where: { $0.attribute == attribute }) else {
                    throw BinaryReader.Malformed(offset: start)
                }
                return entry.assertions
            case nil: throw BinaryReader.Malformed(offset: start)
            }
        }
        emailLineage = try lineage(.email, &reader)
        phoneLineage = try lineage(.phone, &reader)
        addressLineage = try lineage(.address, &reader)
    }
}
