/// The members a JSON reader knows, named by an enum's snake_case raw values, and which of them
/// an object's key names, as Foundation's `JSONDecoder` with `.convertFromSnakeCase` decides.
///
/// The key written (`first_asserted_at`) is compared byte for byte first, starting after the
/// last member found, so that sorted documents match at the first try. Other spellings that
/// Foundation maps to the same property also match: the camelCase name itself
/// (`firstAssertedAt`), any case of the words (`First_Asserted_AT`), doubled underscores
/// between them; and keys written with escapes. Non-ASCII keys never match.
///
/// ```swift
/// enum Member: String, CaseIterable { case raw, streetKey = "street_key" }
/// static let members = JSONKeyTable<Member>()
/// try cursor.members(members) { (cursor, member) throws(GoldenError) in
///     switch member { case .raw: raw = try cursor.string(); case .streetKey: … }
/// }
/// ```
package struct JSONKeyTable<Key: RawRepresentable & CaseIterable & Sendable>: Sendable where Key.RawValue == String {
    /// Every member, in `allCases` order; at most 64.
    package let keys: [Key]
    /// Their snake_case names' UTF-8 bytes.
    private let names: [[UInt8]]

    /// The table of every case of `Key`.
    package init() {
        keys = Array(Key.allCases)
        names = keys.map { Array($0.rawValue.utf8) }
        precondition(keys.count <= 64, "a key table holds at most 64 members")
    }

    /// The position in ``keys`` of the member `key` (raw bytes between the quotes) names, or
    /// `nil`; the search starts at `hint`.
    package func index(of key: UnsafeBufferPointer<UInt8>, hint: Int) -> Int? {
        let count = names.count
        var position = hint < count ? hint : 0
        for _ in 0..<count {
            if names[position].count == key.count, names[position].withUnsafeBufferPointer({ $0.elementsEqual(key) }) {
                return position
            }
            position = position + 1 == count ? 0 : position + 1
        }
        return slowIndex(of: key)
    }

    /// A key written some other way than the snake_case name.
    private func slowIndex(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        if key.contains(UInt8(ascii: "\\")) {
            guard let decoded = JSONCursor.unescaped(key), !decoded.contains(UInt8(ascii: "\\")) else { return nil }
            return decoded.withUnsafeBufferPointer { index(of: $0, hint: 0) }
        }
        return names.firstIndex { Self.foundationMatches(key, $0) }
    }

    /// Whether `.convertFromSnakeCase` turns `key` into the camelCase form of `snake`.
    ///
    /// Foundation keeps a key without inner underscores as it is, and else lower-cases its first
    /// word and capitalizes the others; leading and trailing underscores stay. `snake` is lower
    /// case ASCII words joined by single underscores, so its camelCase form has no underscore.
    static func foundationMatches(_ key: UnsafeBufferPointer<UInt8>, _ snake: [UInt8]) -> Bool {
        guard let first = key.first, let last = key.last, first != UInt8(ascii: "_"), last != UInt8(ascii: "_"),
            key.allSatisfy({ $0 < 0x80 })
        else { return false }
        let words = key.split(separator: UInt8(ascii: "_"))
        let snakeWords = snake.split(separator: UInt8(ascii: "_"))
        guard words.count > 1 else {
            // No underscore: the key must be the camelCase name exactly.
            var camel: [UInt8] = []
            for (position, word) in snakeWords.enumerated() {
                camel.append(contentsOf: word)
                if position > 0 { camel[camel.count - word.count] &= ~0x20 }
            }
            return key.elementsEqual(camel)
        }
        guard words.count == snakeWords.count else { return false }
        // Lower case, a capital and lower case: the same letters, whatever their case.
        return zip(words, snakeWords).allSatisfy { word, snakeWord in
            word.elementsEqual(snakeWord) { $0 == $1 || ($0 | 0x20 == $1 && $1 >= UInt8(ascii: "a") && $1 <= UInt8(ascii: "z")) }
        }
    }
}

extension JSONCursor {
    /// Walks an object whose members `table` names: `body` gets each member it knows and must
    /// consume its value. Unknown keys are skipped (later versions may add members); of a
    /// repeated key the first wins, as in Foundation.
    package mutating func members<Key>(
        _ table: JSONKeyTable<Key>, _ body: (inout JSONCursor, Key) throws(GoldenError) -> Void
    ) throws(GoldenError) {
        var seen: UInt64 = 0
        var hint = 0
        try object { (cursor, key) throws(GoldenError) in
            guard let position = table.index(of: key, hint: hint), seen & 1 << position == 0 else {
                return try cursor.skipValue()
            }
            seen |= 1 << position
            hint = position + 1
            try body(&cursor, table.keys[position])
        }
    }

    /// `value`, or a ``missing(_:)`` error naming `key`'s member when the object had none.
    package func require<Value, Key: RawRepresentable<String>>(_ value: Value?, _ key: Key) throws(GoldenError) -> Value {
        guard let value else { throw missing(key.rawValue) }
        return value
    }
}
