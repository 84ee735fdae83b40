/// One term a golden record is found by in the steward's search: a row of `golden_search`
/// without its sequence.
///
/// The Merge stage computes them from the golden record it builds and the writer stores them
/// with it (``GoldenRow/searchTerms``). They are the terms the `v8-steward` triggers derived from
/// the record's JSON until `v13-search-terms`, and must stay so (``GoldenStore/searchTermsSQL``
/// spells those rules out):
///
/// - `name`: the name's `given_key` and `family_key`;
/// - `email`: each address's `key`, and its `normalized` form with ASCII letters lowered (SQL's
///   `lower`, which leaves other letters as they are);
/// - `phone`: each number's `key` (E.164);
///
/// each non-empty, each `(field, term)` once per record. Terms compare as SQLite compares text:
/// by their UTF-8 bytes (`é` and `e` + U+0301 are two terms, as they are two keys of the index).
///
/// ```swift
/// let terms = [GoldenSearchTerm(.email, "jsmith@gmail.com"), GoldenSearchTerm(.phone, "+442079460000")]
/// let row = GoldenRow(sequence: 7, goldenID: id, recordCount: 2, record: json, history: "{}",
///                     contentHash: hash, searchTerms: terms)
/// ```
public struct GoldenSearchTerm: Hashable, Sendable, Comparable {
    public var field: GoldenStore.SearchField
    public var term: String

    public init(_ field: GoldenStore.SearchField, _ term: String) {
        self.field = field
        self.term = term
    }

    /// The same field and the same bytes.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.field == rhs.field && lhs.term.utf8.elementsEqual(rhs.term.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        for byte in term.utf8 { hasher.combine(byte) }
    }

    /// By field name, then term bytes: the order of `golden_search`'s key.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.field != rhs.field { return lhs.field.rawValue < rhs.field.rawValue }
        return lhs.term.utf8.lexicographicallyPrecedes(rhs.term.utf8)
    }
}
