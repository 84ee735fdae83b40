import GoldenCore

/// A text value as ``StringLevel`` compares it: a comparison key and what the Normalize stage
/// knows about it — its pronunciation and the other keys it can be written as.
///
/// For a given name, the variants are its canonical names from the nickname table (`bob` →
/// `robert`); for a family name, its alternative keys (`müller` → `mueller`, `van beethoven` →
/// `beethoven`). A street line or a city has neither: the name-aware levels then simply do not
/// hold, and the string levels work as on any text.
public struct TextKey: Hashable, Sendable {
    /// The comparison key: lower case, ASCII-folded, single spaces.
    public var key: String
    public var phonetic: Optional<PhoneticKey>
    /// Other keys that are the same name (see the type's discussion).
    public var variants: [String]

    public init(_ key: String, phonetic: PhoneticKey? = nil, variants: [String] = []) {
        self.key = key
        self.phonetic = phonetic
        self.variants = variants
    }

    /// The given name of `name`, with its phonetic key and canonical names; `nil` without one.
    public static func givenName(of name: PersonName) -> TextKey? {
        guard let key = name.givenKey, !key.isEmpty else { return nil }
        return TextKey(key, phonetic: name.givenPhonetic, variants: name.givenCanonical)
    }

    /// The family name of `name`, with its phonetic key and alternatives; `nil` without one.
    public static func familyName(of name: PersonName) -> TextKey? {
        guard let key = name.familyKey, !key.isEmpty else { return nil }
        return TextKey(key, phonetic: name.familyPhonetic, variants: name.familyAlternatives)
    }
}
