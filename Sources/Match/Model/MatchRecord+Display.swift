import GoldenCore

extension MatchRecord {
    /// The values of `attribute` as the comparisons see them, joined by ` | `: for
    /// `golden explain --show-values`. These are personal data: never log them.
    ///
    /// - Returns: `nil` when the record has no value.
    public func displayValue(_ attribute: MatchAttribute) -> String? {
        let values: [String]
        switch attribute {
        case .dateOfBirth:
            guard let date = birthDate else { return nil }
            values = [[date.year.map { String($0) } ?? "????", two(date.month), two(date.day)].joined(separator: "-")]
        case .email: values = emails.compactMap(\.canonical)
        case .phone: values = phones.compactMap { $0.e164 ?? $0.localDigits }
        case .postcode: values = [address?.postcode].compactMap { $0 }
        default: values = texts(attribute).map(\.key)
        }
        return values.isEmpty ? nil : values.joined(separator: " | ")
    }

    private func two(_ value: Int?) -> String {
        guard let value else { return "??" }
        return value < 10 ? "0\(value)" : String(value)
    }
}
