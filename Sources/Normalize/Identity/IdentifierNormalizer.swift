import GoldenCore

/// Loyalty cards, account ids, usernames and locales: identifiers that need only light cleaning.
enum IdentifierNormalizer {
    /// A loyalty card number without spaces, dashes or dots, letters in capitals; nil (with a
    /// finding) for junk: no digits, or one digit repeated (`0000000000`).
    static func loyaltyCard(_ raw: String, findings: inout [Finding]) -> String? {
        var output: [UInt8] = []
        var digits = 0
        var invalid = false
        raw.withUTF8Bytes { bytes in
            output.reserveCapacity(bytes.count)
            for byte in bytes {
                if ASCII.isDigit(byte) {
                    digits += 1
                    output.append(byte)
                } else if ASCII.isLetter(byte) {
                    output.append(ASCII.upper(byte))
                } else if !(ASCII.isSpace(byte) || byte == ASCII.hyphen || byte == ASCII.period) {
                    invalid = true
                }
            }
        }
        if output.isEmpty { return nil }
        if invalid || digits == 0 {
            findings.append(Finding(.loyaltyCard, .invalid, "loyalty_card.invalid"))
            return nil
        }
        if output.count >= 4, output.allSatisfy({ $0 == output[0] }) {
            findings.append(Finding(.loyaltyCard, .placeholder, "loyalty_card.placeholder"))
            return nil
        }
        return String(utf8Bytes: output)
    }

    /// An account id, trimmed; nil when empty.
    static func accountId(_ raw: String) -> String? {
        let cleaned = DisplayText.clean(raw)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// A username, trimmed, without a leading `@`, lower case (`@JohnnyS` → `johnnys`); nil when empty.
    static func username(_ raw: String) -> String? {
        var cleaned = DisplayText.clean(raw)
        // Usually already a clean handle: ASCII, no `@`, no capitals.
        if !cleaned.isEmpty, cleaned.utf8.allSatisfy({ $0 < 0x80 && $0 != ASCII.at && !ASCII.isUpper($0) }) {
            return cleaned
        }
        while cleaned.hasPrefix("@") { cleaned.removeFirst() }
        return cleaned.isEmpty ? nil : cleaned.lowercased()
    }

    /// A locale as language-REGION (`en_gb`, `EN-gb`, `en-GB.UTF-8` → `en-GB`; `de` → `de`);
    /// nil (with a finding) when it does not look like one.
    static func locale(_ raw: String, findings: inout [Finding]) -> String? {
        let trimmed = DisplayText.clean(raw)
        if trimmed.isEmpty { return nil }
        let withoutCharset = trimmed.split(separator: ".", maxSplits: 1).first.map(String.init) ?? trimmed
        let parts = withoutCharset.split(whereSeparator: { $0 == "_" || $0 == "-" })
        let letters = { (part: Substring) in part.utf8.allSatisfy(ASCII.isLetter) }
        guard let language = parts.first, (2...3).contains(language.utf8.count), letters(language), parts.count <= 2 else {
            findings.append(Finding(.locale, .invalid, "locale.invalid"))
            return nil
        }
        guard parts.count == 2 else { return language.lowercased() }
        let region = parts[1]
        guard region.utf8.count == 2, letters(region) else {
            findings.append(Finding(.locale, .invalid, "locale.invalid"))
            return nil
        }
        return language.lowercased() + "-" + region.uppercased()
    }
}
