import GoldenCore

/// Comparisons of parsed person names that know what the Normalize stage knows: nicknames,
/// initials, alternative spellings and pronunciation.
///
/// Each is a predicate on two names; a name part either side lacks makes it `false` (whether a
/// missing part is *missing* rather than *different* is for ``ComparisonLevels`` to say).
public enum NameComparison {
    /// Whether the given names are the same name, allowing for nicknames and spelling variants:
    /// the given keys are equal, one key is among the other's canonical names, or their
    /// canonical names intersect (`bob` ~ `robert`, `bob` ~ `rob`, `steven` ~ `stephen`,
    /// `ted` ~ `ned` through `edward`).
    ///
    /// - Complexity: O(*c*ᵃ · *c*ᵇ) for the canonical lists (a handful of names at most).
    public static func nicknameAware(_ a: PersonName, _ b: PersonName) -> Bool {
        guard let keyA = a.givenKey, let keyB = b.givenKey, !keyA.isEmpty, !keyB.isEmpty else { return false }
        return Variants.overlap(keyA, a.givenCanonical, keyB, b.givenCanonical)
    }

    /// Whether one given name is an initial of the other (`j` ~ `john`, `j` ~ `j`): at least one
    /// side is a single letter (or marked as an initial) and the first bytes agree. Two full names
    /// are not initial-compatible, even with the same first letter.
    ///
    /// - Complexity: O(1).
    public static func initialCompatible(_ a: PersonName, _ b: PersonName) -> Bool {
        guard let keyA = a.givenKey, let keyB = b.givenKey else { return false }
        let initialA = a.givenIsInitial || keyA.utf8.count == 1
        let initialB = b.givenIsInitial || keyB.utf8.count == 1
        return (initialA || initialB) && initialsAgree(keyA, keyB)
    }

    /// Whether the family names are the same name written another way: equal keys, or one among
    /// the other's alternatives, or shared alternatives (`müller` ~ `mueller`, `van beethoven` ~
    /// `beethoven`, `garcia lopez` ~ `garcia`).
    ///
    /// - Complexity: O(*f*ᵃ · *f*ᵇ) for the (few, unsorted) alternatives.
    public static func familyVariant(_ a: PersonName, _ b: PersonName) -> Bool {
        guard let keyA = a.familyKey, let keyB = b.familyKey, !keyA.isEmpty, !keyB.isEmpty else { return false }
        return Variants.overlap(keyA, a.familyAlternatives, keyB, b.familyAlternatives)
    }

    /// Whether the given names sound alike: their phonetic keys share a code
    /// (`PhoneticKey/sharesCode(with:)`).
    ///
    /// - Complexity: O(1) (codes are a few bytes).
    public static func givenSoundsAlike(_ a: PersonName, _ b: PersonName) -> Bool {
        phoneticMatch(a.givenPhonetic, b.givenPhonetic)
    }

    /// Whether the family names sound alike: their phonetic keys share a code.
    ///
    /// - Complexity: O(1).
    public static func familySoundsAlike(_ a: PersonName, _ b: PersonName) -> Bool {
        phoneticMatch(a.familyPhonetic, b.familyPhonetic)
    }

    /// Whether two phonetic keys share a code; `false` when either is missing.
    ///
    /// - Complexity: O(1).
    public static func phoneticMatch(_ a: PhoneticKey?, _ b: PhoneticKey?) -> Bool {
        guard let a, let b else { return false }
        return a.sharesCode(with: b)
    }

    /// Whether two non-empty keys start with the same byte.
    @inline(__always)
    static func initialsAgree(_ a: String, _ b: String) -> Bool {
        guard let first = a.utf8.first, let other = b.utf8.first else { return false }
        return first == other
    }
}

/// Overlap of two values' keys and variant lists (canonical given names, alternative family names).
enum Variants {
    /// Whether the keys are equal, either key is among the other's variants, or the variants
    /// share one. The lists are compared pairwise: they hold a handful of entries at most (the
    /// longest canonical list in the nickname table has seven), where a pairwise loop is as fast
    /// as a merge and needs neither list sorted.
    ///
    /// - Complexity: O(*v*ᵃ · *v*ᵇ) at worst, for lists of a handful of entries.
    static func overlap(_ keyA: String, _ variantsA: [String], _ keyB: String, _ variantsB: [String]) -> Bool {
        if same(keyA, keyB) { return true }
        for variant in variantsB where same(keyA, variant) { return true }
        for variant in variantsA where same(variant, keyB) { return true }
        for x in variantsA {
            for y in variantsB where same(x, y) { return true }
        }
        return false
    }

    @inline(__always)
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && String.withKeyBytes(a, b) { KeyBytes.equal($0, $1) }
    }
}
