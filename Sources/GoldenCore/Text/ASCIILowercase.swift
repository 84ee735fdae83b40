extension String {
    /// The string with `A`–`Z` lowered and every other byte kept, as SQLite's `lower()` does
    /// without ICU; the string itself (no copy) when it has no upper-case ASCII letter.
    ///
    /// ```swift
    /// "Ünïcode@Example.COM".asciiLowercased   // "Ünïcode@example.com"
    /// ```
    public var asciiLowercased: String {
        guard utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return self }
        return String(decoding: utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The string with `a`–`z` raised and every other byte kept; the string itself (no copy)
    /// when it has no lower-case ASCII letter.
    ///
    /// ```swift
    /// "gbp".asciiUppercased   // "GBP"
    /// ```
    public var asciiUppercased: String {
        guard utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return self }
        return String(decoding: utf8.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 & ~0x20 : $0 }, as: UTF8.self)
    }
}
