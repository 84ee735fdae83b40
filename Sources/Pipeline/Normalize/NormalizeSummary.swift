/// What the Normalize stage did in one run: part of the run summary.
public struct NormalizeSummary: Codable, Sendable, Equatable {
    /// Records normalized in this run (new records, changed ones, and those whose source's
    /// normalizer options or version changed).
    public var records = 0
    /// Records made pending again because their source's normalize options or version changed.
    public var reset = 0
    /// Records normalized, per source.
    public var bySource: [String: Int] = [:]
    /// Data-quality findings made, per finding code (`email.placeholder`, `date.impossible`, …).
    public var findings: [String: Int] = [:]
    public var seconds: Double = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case records, reset, bySource = "by_source", findings, seconds
    }

    /// One line for people.
    public var text: String {
        let total = findings.values.reduce(0, +)
        let top = findings.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var line = "normalized \(records) records"
        if reset > 0 { line += " (\(reset) again after a normalizer change)" }
        line += "; \(total) findings"
        if !top.isEmpty { line += " (\(top))" }
        return line
    }
}
