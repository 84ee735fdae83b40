/// The name fields of one source record, raw as mapped: any of them may be `nil` or empty.
///
/// A source maps either one full-name field (`SMITH, JOHN`, `Mr John A. Smith Jr.`) or separate
/// fields; some map both. ``NameNormalizer`` uses the separate fields when the record has a given
/// or a family name, and parses the full name only when it has neither.
struct NameInput: Hashable, Sendable {
    var fullName: Optional<String>
    var title: Optional<String>
    var given: Optional<String>
    var middle: Optional<String>
    var family: Optional<String>
    var suffix: Optional<String>

    init(
        fullName: String? = nil, title: String? = nil, given: String? = nil, middle: String? = nil,
        family: String? = nil, suffix: String? = nil
    ) {
        self.fullName = fullName
        self.title = title
        self.given = given
        self.middle = middle
        self.family = family
        self.suffix = suffix
    }
}
