/// Given-name nicknames, diminutives and spelling variants, and the canonical names they stand for.
///
/// `bob` → `robert`; `ted` → `edmund`, `edward`, `theodore`; `paco` → `francisco`; `hannes` →
/// `johannes`; `chema` → `jose maria`; `steven` → `stephen`. Keys are comparison keys
/// (``ComparisonKey``): lower case, ASCII-folded, words separated by one space.
///
/// ## The scheme
/// - A **canonical** name is a full given name in one language's usual form: `john`, `johannes`,
///   `jean`, `juan`, `giovanni` and `jan` are six canonicals; cognates are not merged.
/// - A **spelling variant** is another spelling of the same name that sounds the same (`steven`
///   for `stephen`; `katherine`, `kathryn` for `catherine`; `stefanie` and `stephanie`;
///   `sara` and `sarah`). A variant maps to one canonical, usually the traditional spelling,
///   and has no line of its own.
/// - A **diminutive** (nickname, pet form, short form) maps to every canonical it is short for:
///   `ted` → `edmund`, `edward`, `theodore`.
/// - A diminutive that is also given as a name in its own right and has diminutives itself
///   (`jack`: `jackie`; `hans`: `hansi`) is a canonical too, so it maps to itself as well:
///   `jack` → `jack`, `john`.
///
/// The tables are text in the `Nicknames+<Language>.swift` files, a line per canonical:
/// `canonical: entry entry …`, where each entry is a variant or a diminutive and `_` stands for
/// a space inside an entry. A canonical may have several lines, in one file or in several
/// (`maria` in Spanish, German, Italian, Dutch); they add up. The tables are parsed once, on
/// first use.
enum Nicknames {
    /// Canonical given-name keys for a given-name key: the canonical itself, or every canonical
    /// the key is a variant or diminutive of; empty when the table does not know the key.
    /// Sorted, deduplicated.
    ///
    /// - Complexity: one hash-table lookup on the key's bytes (no `String` hashing); the result
    ///   shares the table's storage.
    static func canonicals(ofKey key: String) -> [String] {
        key.withUTF8Bytes { table.lookup.value(for: $0) } ?? []
    }

    /// Number of distinct name keys the table knows (nicknames, variants and canonicals).
    static var count: Int { table.canonicals.count }

    /// Number of distinct (nickname or variant → canonical) entries, a name mapping to itself
    /// not counted.
    static var entryCount: Int { table.entryCount }

    /// Every canonical key, sorted.
    static var canonicalKeys: [String] { table.canonicalKeys }

    private static let table = Table(
        sources: [
            englishMale, englishFemale, celtic, german, french, spanish, italian, dutch, portuguese,
        ])
}

extension Nicknames {
    /// The parsed tables.
    struct Table {
        /// Key → sorted, deduplicated canonicals.
        let canonicals: [String: [String]]
        /// The same, looked up by bytes.
        let lookup: ByteKeyTable<[String]>
        let entryCount: Int
        let canonicalKeys: [String]

        /// Parses `canonical: entry entry …` lines; blank lines are skipped.
        init(sources: [String]) {
            var sets: [String: Set<String>] = [:]
            var heads: Set<String> = []
            for source in sources {
                for line in source.utf8.split(separator: UInt8(ascii: "\n")) {
                    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
                    let canonical = Self.word(line[..<colon])
                    guard !canonical.isEmpty else { continue }
                    heads.insert(canonical)
                    sets[canonical, default: []].insert(canonical)
                    let entries = line[line.index(after: colon)...]
                    for entry in entries.split(separator: ASCII.space) {
                        sets[Self.word(entry), default: []].insert(canonical)
                    }
                }
            }
            var canonicals: [String: [String]] = [:]
            canonicals.reserveCapacity(sets.count)
            var entryCount = 0
            for (key, names) in sets {
                canonicals[key] = names.sorted()
                entryCount += names.contains(key) ? names.count - 1 : names.count
            }
            self.canonicals = canonicals
            self.lookup = ByteKeyTable(canonicals.map { ($0.key, $0.value) })
            self.entryCount = entryCount
            self.canonicalKeys = heads.sorted()
        }

        /// The key written in `bytes`: trimmed, `_` read as a space.
        private static func word(_ bytes: Substring.UTF8View) -> String {
            var output: [UInt8] = []
            for byte in bytes where byte != ASCII.space || !output.isEmpty {
                output.append(byte == UInt8(ascii: "_") ? ASCII.space : byte)
            }
            while output.last == ASCII.space { output.removeLast() }
            return String(utf8Bytes: output)
        }
    }
}
