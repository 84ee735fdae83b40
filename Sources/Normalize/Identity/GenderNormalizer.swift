import GoldenCore

/// Reads gender as sources write it, in English, German, French and Spanish.
enum GenderNormalizer {
    /// The gender `raw` names; nil (with an `gender.unknown` finding) for a value it does not know,
    /// and nil without a finding for an empty or "unknown" one.
    static func normalize(_ raw: String, findings: inout [Finding]) -> Gender? {
        let key = ComparisonKey.make(raw)
        if key.isEmpty || unstated.contains(key) { return nil }
        if let gender = table[key] { return gender }
        findings.append(Finding(.gender, .invalid, "gender.unknown"))
        return nil
    }

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
