/// Values the normalized-record codec does not need but other stored payloads do: enum cases as
/// small codes, doubles, timestamps.
extension BinaryWriter {
    /// A case as its position in `cases` (one byte for fewer than 128 cases). A layout that
    /// writes cases this way must bump its version when `cases` change order or lose a case.
    ///
    /// - Complexity: O(*n*) in `cases`: pass a stored array, not a fresh `allCases`.
    public mutating func write<E: Equatable>(_ value: E, in cases: [E]) {
        write(UInt64(cases.firstIndex(of: value) ?? 0))
    }

    /// A double's bits, byte-swapped before the LEB128 encoding so that the zero low bits of
    /// short fractions (0.5, -0.25) cost nothing: 1 to 10 bytes.
    public mutating func write(_ value: Double) {
        write(value.bitPattern.byteSwapped)
    }

    /// Seconds since the epoch, zig-zag.
    public mutating func write(_ value: Timestamp) {
        write(value.secondsSinceEpoch)
    }
}

extension BinaryReader {
    /// A case written by ``BinaryWriter/write(_:in:)`` with the same `cases`.
    ///
    /// - Throws: ``Malformed`` when the code is past the end of `cases`.
    public mutating func readCase<E>(in cases: [E]) throws(Malformed) -> E {
        let start = offset
        let code = try readUInt64()
        guard code < UInt64(cases.count) else { throw Malformed(offset: start) }
        return cases[Int(code)]
    }

    /// A double written by ``BinaryWriter/write(_:)-(Double)``.
    public mutating func readDouble() throws(Malformed) -> Double {
        Double(bitPattern: try readUInt64().byteSwapped)
    }

    /// A timestamp written by ``BinaryWriter/write(_:)-(Timestamp)``.
    public mutating func readTimestamp() throws(Malformed) -> Timestamp {
        Timestamp(secondsSinceEpoch: try readInt64())
    }

    /// An optional timestamp: a presence byte, then the timestamp.
    public mutating func readOptionalTimestamp() throws(Malformed) -> Timestamp? {
        try readOptional { reader throws(Malformed) in try reader.readTimestamp() }
    }
}
