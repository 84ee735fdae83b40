/// A lookup from place names, by comparison key, to codes: the form the country and region
/// tables are read into once.
///
/// Keys of up to 16 bytes (nearly all) sit in a ``PackedWordTable`` and are looked up without
/// allocating when the text is ASCII; longer keys and non-ASCII text take a `String` path.
struct PlaceNameTable: Sendable {
    private var short: PackedWordTable<String>
    private var long: [String: String]

    /// A table of `lines` of the form `CODE name|name|…`: the code (up to the first space) is a
    /// name of itself too. Names whose keys are already taken keep their first code.
    init(lines: String) {
        var names = Names()
        names.add(lines: lines)
        self.init(names)
    }

    /// A table of the names collected in `names`.
    init(_ names: Names) {
        short = PackedWordTable(names.codes.compactMap { key, code in
            key.utf8.count <= 16 ? (PackedWord(key), code) : nil
        })
        long = names.codes.filter { $0.key.utf8.count > 16 }
    }

    /// The code of the place written as `bytes`, by its comparison key.
    @inline(__always)
    func code(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer -> String?? in
            guard let count = ComparisonKey.writeLatin(bytes, into: buffer) else { return .none }
            guard let word = PackedWord(UnsafeBufferPointer(rebasing: buffer[..<count])) else { return .some(nil) }
            return .some(short[word])
        }
        if let found { return found }
        return code(forKey: ComparisonKey.make(bytes))
    }

    /// The code of `key` (a comparison key).
    func code(forKey key: String) -> String? {
        guard !key.isEmpty else { return nil }
        if key.utf8.count > 16 { return long[key] }
        return short[PackedWord(key)]
    }

    /// Names by comparison key, collected before the table is built.
    struct Names {
        private(set) var codes: [String: String] = [:]

        /// Adds the names of `lines` (see ``PlaceNameTable/init(lines:)``).
        mutating func add(lines: String) {
            for line in lines.split(separator: "\n") {
                guard let space = line.firstIndex(of: " ") else { continue }
                let code = String(line[..<space])
                add(code, code: code)
                for name in line[line.index(after: space)...].split(separator: "|") {
                    add(name, code: code)
                }
            }
        }

        /// Adds `name` for `code`, unless its key is already taken; a name with `and` is added
        /// without it too, as `&` leaves it (`Trinidad & Tobago` → `trinidad tobago`).
        mutating func add(_ name: some StringProtocol, code: String) {
            let key = ComparisonKey.make(name)
            guard !key.isEmpty else { return }
            if key.contains(" and ") {
                add(key: key.replacing(" and ", with: " "), code: code)
            }
            add(key: key, code: code)
        }

        private mutating func add(key: String, code: String) {
            #if GOLDEN_INVARIANTS
                if let existing = codes[key], existing != code {
                    preconditionFailure("PlaceNameTable: '\(key)' names both \(existing) and \(code)")
                }
            #endif
            if codes[key] == nil { codes[key] = code }
        }
    }
}
