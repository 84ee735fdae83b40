import GoldenCore

extension NameWorkspace {
    /// Why a field holds no name, or `nil` when it may hold one.
    ///
    /// - `name.not_a_name` (invalid): a word with digits, `_` or `@`, or a camel-case join of
    ///   small letters and a capital (`smithy_9480`, `cgreen6217`, `johnS`): a handle or an e-mail.
    /// - `name.placeholder` (placeholder): only punctuation (`-`, `?`); a placeholder phrase
    ///   (`N/A`, `John Doe`, `Max Mustermann`); one letter repeated (`xxx`, `X`; not `III`); only
    ///   placeholder words and titles (`Test User`, `Mr Unknown`).
    func screen(_ segment: Segment) -> Finding? {
        let attribute = segment.field.attribute
        var words = 0
        var placeholders = 0
        var suffixes = 0
        for index in segment.tokens {
            let token = self[index]
            if token.flags.contains(.digit) || token.flags.contains(.handle) {
                return Finding(attribute, .invalid, NameFindings.notAName)
            }
            if token.isConjunction || token.isTitle { continue }
            words += 1
            if token.word.kinds.contains(.placeholder) { placeholders += 1 }
            if token.isSuffix { suffixes += 1 }
        }
        let isPlaceholder =
            segment.letterCount == 0
            || (!segment.hasOtherScripts
                && (NameWords.isPlaceholderPhrase(segment.letterHash)
                    || segment.sameLetter == UInt8(ascii: "x")
                    || (segment.sameLetter != 0xFF && segment.letterCount >= 3 && suffixes < words)))
            || (words > 0 && placeholders == words)
        return isPlaceholder ? Finding(attribute, .placeholder, NameFindings.placeholder) : nil
    }
}

/// The codes of the findings made on names.
enum NameFindings {
    /// Two people in one name (`John & Mary Smith`): kind `ambiguous`.
    static let joint = "name.joint"
    /// A handle or an e-mail where a name should be: kind `invalid`.
    static let notAName = "name.not_a_name"
    /// The given name is only an initial (`J. Smith`): kind `partial`.
    static let initialOnly = "name.initial_only"
    /// Junk standing for a missing name (`test`, `unknown`, `n/a`): kind `placeholder`.
    static let placeholder = "name.placeholder"
    /// Longer than 256 bytes, cut before parsing: kind `invalid`.
    static let tooLong = "name.too_long"
}
