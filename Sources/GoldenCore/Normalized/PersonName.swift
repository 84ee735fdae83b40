/// One person's name, parsed and normalized, with the raw text it came from.
///
/// Display values (`given`, `family`, …) are NFC, trimmed, with single spaces and the source's
/// letters; keys (`givenKey`, `familyKey`, …) are the comparison forms: lower case, accents folded
/// to ASCII where the script is Latin, punctuation removed, hyphens and runs of spaces turned into
/// one space (`José` → `jose`, `O'Brien` → `obrien`, `Wilson-McKenzie` → `wilson mckenzie`).
public struct PersonName: Hashable, Sendable, Codable {
    /// The text the name was parsed from: the full-name field, or the name fields joined by
    /// spaces in the order title, given, middle, family, suffix.
    public var raw: String
    /// Canonical honorific key: `mr`, `mrs`, `ms`, `miss`, `dr`, `prof`, `sir`, `herr`, `frau`, ….
    public var title: Optional<String>
    public var given: Optional<String>
    public var givenKey: Optional<String>
    /// Whether the given name is only an initial (`J.`).
    public var givenIsInitial: Bool
    /// Canonical given-name keys from the nickname table: `bob` → `[robert]`; an ambiguous
    /// diminutive gives every name it is short for (`ted` → `[edmund, edward, theodore]`); a
    /// spelling variant gives its canonical (`steven` → `[stephen]`); a canonical name maps to
    /// itself. Sorted, deduplicated; empty when the name is unknown to the table.
    public var givenCanonical: [String]
    public var middle: Optional<String>
    public var middleKey: Optional<String>
    public var family: Optional<String>
    public var familyKey: Optional<String>
    /// Other keys the family name is written as: `müller` → `mueller`; `van beethoven` →
    /// `beethoven`; `garcia lopez` → `garcia`; `wilson mckenzie` → `wilson`, `mckenzie`.
    public var familyAlternatives: [String]
    /// Canonical suffix key: `jr`, `sr`, `ii`, `iii`, `iv`, `phd`, `md`, ….
    public var suffix: Optional<String>
    public var givenPhonetic: Optional<PhoneticKey>
    public var familyPhonetic: Optional<PhoneticKey>

    public init(
        raw: String, title: String? = nil, given: String? = nil, givenKey: String? = nil,
        givenIsInitial: Bool = false, givenCanonical: [String] = [], middle: String? = nil,
        middleKey: String? = nil, family: String? = nil, familyKey: String? = nil,
        familyAlternatives: [String] = [], suffix: String? = nil,
        givenPhonetic: PhoneticKey? = nil, familyPhonetic: PhoneticKey? = nil
    ) {
        self.raw = raw
        self.title = title
        self.given = given
        self.givenKey = givenKey
        self.givenIsInitial = givenIsInitial
        self.givenCanonical = givenCanonical
        self.middle = middle
        self.middleKey = middleKey
        self.family = family
        self.familyKey = familyKey
        self.familyAlternatives = familyAlternatives
        self.suffix = suffix
        self.givenPhonetic = givenPhonetic
        self.familyPhonetic = familyPhonetic
    }
}
