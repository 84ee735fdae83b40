import GoldenCore

/// Reads gender as sources write it, in English, German, French and Spanish.
enum GenderNormalizer {
    /// The gender `raw` names; nil (with an `gender.unknown` finding) for a value it does not know,
    /// and nil without a finding for an empty or "unknown" one.
    static func normalize(_ raw: String, findings: inout [Finding]) -> Gender? {
        switch read(raw) {
        case .gender(let gender): return gender
        case .unstated: return nil
        case .unknown:
            findings.append(Finding(.gender, .invalid, "gender.unknown"))
            return nil
        }
    }

    /// What a value says.
    private enum Reading: Sendable {
        case gender(Gender)
        case unstated
        case unknown
    }

    /// The reading of `raw` by its comparison key: keyed on the stack and looked up packed when
    /// the key is Latin and fits 16 bytes (every usual value), else through `String` keys.
    private static func read(_ raw: String) -> Reading {
        let packed = raw.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer -> Reading? in
                guard let count = ComparisonKey.writeLatin(bytes, into: buffer) else { return nil }
                guard let word = PackedWord(UnsafeBufferPointer(rebasing: buffer[..<count])) else { return .unstated }
                return readings[word] ?? .unknown
            }
        }
        if let packed { return packed }
        let key = ComparisonKey.make(raw)
        if key.isEmpty || unstated.contains(key) { return .unstated }
        if let gender = table[key] { return .gender(gender) }
        return .unknown
    }

    /// ``unstated`` and ``table`` by packed key (those of up to 16 bytes: a longer key is never
    /// written on the stack).
    private static let readings = PackedWordTable<Reading>(
        unstated.filter { $0.utf8.count <= 16 }.map { (PackedWord($0), .unstated) }
            + table.map { (PackedWord($0.key), .gender($0.value)) })

    private static let unstated: Set<String> = ["u", "unknown", "n a", "na", "none", "not stated", "prefer not to say", "unbekannt", "inconnu", "desconocido", "0"]

    private static let table: [String: Gender] = {
        var table: [String: Gender] = [:]
        for word in ["f", "female", "woman", "w", "weiblich", "frau", "femme", "feminin", "mujer", "femenino", "femenina", "mrs", "ms", "miss", "2"] {
            table[word] = .female
        }
        for word in ["m", "male", "man", "mann", "mannlich", "maennlich", "homme", "masculin", "h", "hombre", "masculino", "mr", "1"] {
            table[word] = .male
        }
        for word in ["x", "d", "o", "other", "divers", "diverse", "non binary", "nonbinary", "nb", "autre", "otro", "otra", "9"] {
            table[word] = .other
        }
        return table
    }()
}
