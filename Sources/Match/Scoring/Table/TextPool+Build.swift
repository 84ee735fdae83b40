import GoldenCore

/// Interns the text values of the attributes that share one pool, column by column.
///
/// ```swift
/// var builder = TextPoolBuilder()
/// let given = builder.column(.givenName, of: records)
/// let family = builder.column(.familyName, of: records)  // numbered in the same pool
/// ```
struct TextPoolBuilder {
    /// The keys and variants, numbered together: a variant matches a key by number.
    private(set) var keys = ByteInterner(capacity: 1 << 14)
    /// The phonetic codes.
    private var phonetics = ByteInterner()
    /// Each distinct value's numbers (key, codes, variants), as bytes.
    private var valueNumbers = ByteInterner(capacity: 1 << 14)
    private(set) var values: [TextValue] = []
    private(set) var variants: [Int32] = []
    /// The records with a phonetic code that is not all ASCII, whose codes numbers cannot
    /// compare: `String` equality of such codes is canonical equivalence, not byte equality.
    private(set) var exotic: [Int] = []
    private var scratch: [Int32] = []
    /// Per key number: the last value numbered with that key, -1 before any.
    private var latest: [Int32] = []
    /// Per value number: the text it was made from, and whether its codes are not ASCII.
    private var seen: [TextKey] = []
    private var isExotic: [Bool] = []

    /// One attribute's values, record by record.
    struct Column {
        /// Record *r*'s values are `ids[starts[r]..<starts[r + 1]]`: its non-missing texts, in order.
        var starts: [Int32] = [0]
        var ids: [Int32] = []
        /// The value of each record's first text (``Comparison/termValue(of:)``); -1 when it has
        /// none or the first is missing.
        var terms: [Int32] = []
    }

    /// The values of `attribute` (a text attribute) of every record.
    ///
    /// - Complexity: O(*n*) in the records' values.
    mutating func column(_ attribute: MatchAttribute, of records: [MatchRecord]) -> Column {
        var column = Column()
        column.starts.reserveCapacity(records.count + 1)
        column.terms.reserveCapacity(records.count)
        column.ids.reserveCapacity(records.count)
        for index in records.indices {
            switch attribute {
            case .givenName: append(records[index].givenNames, of: index, to: &column)
            case .familyName: append(records[index].familyNames, of: index, to: &column)
            case .fullName: append(records[index].fullNames, of: index, to: &column)
            case .loyaltyCard: append(records[index].loyaltyCards, of: index, to: &column)
            default:
                if let text = records[index].singleText(attribute) {
                    append(CollectionOfOne(text), of: index, to: &column)
                } else {
                    column.terms.append(-1)
                }
            }
            column.starts.append(Int32(column.ids.count))
        }
        return column
    }

    /// Appends a record's texts: the non-missing ones as values, the first one as its term value.
    private mutating func append(_ texts: some Collection<TextKey>, of record: Int, to column: inout Column) {
        var term: Int32 = -1
        for (position, text) in texts.enumerated() where !StringLevel.isMissing(text) {
            let id = value(of: text, record: record)
            if position == 0 { term = id }
            column.ids.append(id)
        }
        column.terms.append(term)
    }

    /// The number of `text`'s value, a new one when no value had the same key, codes and variants.
    ///
    /// Most values need one hash, of their key: a value without codes or variants (a street,
    /// a city) is numbered by its key alone, and a name is most often the same as the last value
    /// seen with its key (checked byte for byte).
    private mutating func value(of text: TextKey, record: Int) -> Int32 {
        let key = keys.intern(text.key)
        // Variants are numbered as keys too: `latest` may lag behind by more than one.
        while latest.count <= Int(key) { latest.append(-1) }
        let known = latest[Int(key)]
        if known >= 0 {
            let value = values[Int(known)]
            if text.phonetic == nil, text.variants.isEmpty {
                // A plain text (a street, a card): the same as a plain value of its key.
                if value.phonetic < 0, value.alternate < 0, value.variantCount == 0 { return known }
            } else if Self.same(text, seen[Int(known)]) {
                if isExotic[Int(known)] { exotic.append(record) }
                return known
            }
        }
        let id = number(of: text, key: key, record: record)
        latest[Int(key)] = id
        return id
    }

    /// The number of `text`'s value, interned by its numbers.
    private mutating func number(of text: TextKey, key: Int32, record: Int) -> Int32 {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(key)
        var phonetic: Int32 = -1, alternate: Int32 = -1, strange = false
        if let codes = text.phonetic {
            if !codes.primary.isEmpty { phonetic = phonetics.intern(codes.primary) }
            alternate = phonetics.intern(codes.alternate)
            strange = !Self.isASCII(codes.primary) || !Self.isASCII(codes.alternate)
        }
        if strange { exotic.append(record) }
        scratch.append(phonetic)
        scratch.append(alternate)
        for variant in text.variants { scratch.append(keys.intern(variant)) }
        let id = scratch.withUnsafeBytes { valueNumbers.intern($0.assumingMemoryBound(to: UInt8.self)) }
        if Int(id) == values.count {
            let start = keys.starts[Int(key)]
            values.append(
                TextValue(
                    key: key, keyStart: start, keyCount: keys.starts[Int(key) + 1] - start, phonetic: phonetic,
                    alternate: alternate, variantStart: Int32(variants.count), variantCount: Int32(scratch.count - 3)))
            variants += scratch[3...]
            seen.append(text)
            isExotic.append(strange)
        }
        return id
    }

    /// Whether two texts of the same key have the same phonetic codes and variants, byte for byte.
    private static func same(_ a: TextKey, _ b: TextKey) -> Bool {
        guard a.variants.count == b.variants.count else { return false }
        switch (a.phonetic, b.phonetic) {
        case (nil, nil): break
        case (let x?, let y?):
            guard Variants.same(x.primary, y.primary), Variants.same(x.alternate, y.alternate) else { return false }
        default: return false
        }
        for (x, y) in zip(a.variants, b.variants) where !Variants.same(x, y) { return false }
        return true
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
