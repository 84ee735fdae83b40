import GoldenCore

/// What one normalized record holds in each ``QualityField``, packed into one integer: all that
/// ``SourceProfile`` needs of a record besides its observed-at.
///
/// The Normalize stage stores it beside every normalized record, so that a source's profile is
/// an aggregate query over the store (`count(*)` per source and signature) instead of a decode
/// of every record. It covers every field, not only those a source's mapping fills, so a changed
/// mapping needs no recompute.
///
/// ```swift
/// let signature = QualitySignature(record)
/// signature[.email]                      // .valid, .corrected, .invalid, .placeholder or .null
/// store(signature.rawValue)              // an Int64
/// QualitySignature(rawValue: stored)     // nil when `stored` is not a signature
/// ```
///
/// Layout: field *i* of ``QualityField/allCases`` holds its ``QualityFieldClass`` raw value in
/// bits `3i ..< 3i + 3`; higher bits are zero. A record without any field is `0`.
public struct QualitySignature: Hashable, Sendable {
    /// The packed classes.
    public let rawValue: Int64

    /// Bits per field.
    static let width = 3
    /// The bits every field may use.
    static let usedBits: Int64 = (1 << (Int64(width) * Int64(QualityField.allCases.count))) - 1

    /// The signature packed as `rawValue`; `nil` when a field's bits name no class or bits past
    /// the last field are set (a damaged store).
    public init?(rawValue: Int64) {
        guard rawValue & ~Self.usedBits == 0 else { return nil }
        for index in QualityField.allCases.indices where Self.bits(rawValue, at: index) > QualityFieldClass.placeholder.rawValue {
            return nil
        }
        self.rawValue = rawValue
    }

    /// The signature with `classes` for the fields they name and ``QualityFieldClass/null`` elsewhere.
    public init(_ classes: [QualityField: QualityFieldClass]) {
        var raw: Int64 = 0
        for (index, field) in QualityField.allCases.enumerated() {
            raw |= Int64(classes[field, default: .null].rawValue) << Int64(index * Self.width)
        }
        rawValue = raw
    }

    /// The signature of `record`: per field, the first class that fits — a usable value (with a
    /// correction finding: ``QualityFieldClass/corrected``), else an invalid finding, else a
    /// placeholder finding, else ``QualityFieldClass/null``.
    ///
    /// - Complexity: O(*f* + *n*) in the fields and the record's findings; allocates nothing.
    public init(_ record: NormalizedRecord) {
        // Per field, 3 bits as in the signature: bit 0 invalid, bit 1 placeholder, bit 2 corrected.
        var marks: Int64 = 0
        for finding in record.findings {
            guard let field = QualityField(finding.attribute) else { continue }
            let shift = Int64(field.index * Self.width)
            switch finding.kind {
            case .invalid: marks |= 1 << shift
            case .placeholder: marks |= 2 << shift
            case .corrected: marks |= 4 << shift
            case .partial, .ambiguous: break
            }
        }
        var raw: Int64 = 0
        for (index, field) in QualityField.allCases.enumerated() {
            let mark = Self.bits(marks, at: index)
            let fieldClass: QualityFieldClass =
                if field.hasUsableValue(record) {
                    mark & 4 != 0 ? .corrected : .valid
                } else if mark & 1 != 0 {
                    .invalid
                } else if mark & 2 != 0 {
                    .placeholder
                } else {
                    .null
                }
            raw |= Int64(fieldClass.rawValue) << Int64(index * Self.width)
        }
        rawValue = raw
    }

    /// The class of `field`.
    public subscript(field: QualityField) -> QualityFieldClass {
        QualityFieldClass(rawValue: Self.bits(rawValue, at: field.index)) ?? .null
    }

    /// The 3 bits of field position `index` in `raw`.
    static func bits(_ raw: Int64, at index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: (raw >> Int64(index * width)) & 7)
    }
}

/// The class a record falls in for one field: each record counts once per field, in the first
/// class that fits (see ``FieldCounts``). The raw values are stored: never renumber them.
public enum QualityFieldClass: UInt8, Hashable, Sendable, CaseIterable {
    /// No value, nor any finding about one.
    case null = 0
    /// A usable value (valid or partial).
    case valid = 1
    /// A usable value that was repaired (a domain typo, a lost leading zero).
    case corrected = 2
    /// Only invalid values.
    case invalid = 3
    /// Only placeholders (`none@none.com`, `0000000000`).
    case placeholder = 4
}
