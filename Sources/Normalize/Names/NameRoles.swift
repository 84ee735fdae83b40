/// Which tokens of the workspace play which part in one person's name, before rendering.
struct NameRoles: Sendable {
    /// Canonical title key.
    var title: String?
    /// Canonical suffix key.
    var suffix: String?
    /// At most one token: a given name is one word (`Jean-Pierre` is one word); the other
    /// given names of a person are middle names.
    var given = TokenSet.empty
    var middle = TokenSet.empty
    var family = TokenSet.empty

    /// Whether the roles name nobody: no given and no family name.
    var namesNobody: Bool { given.isEmpty && family.isEmpty }
}

/// How a full name is read.
struct NameReading: Sendable {
    /// Whether the field has both capitals and small letters (`DUPONT Jean`): only then do
    /// capitals say which word is the family name, and only then are lower-case particles at the
    /// start (`van Beethoven`) known to be particles.
    var mixedCase: Bool
    /// Whether a lone word in capitals (`SMITH`) is read as a family name, as till operators and
    /// forms write surnames; any other lone word is a given name. Off for the sides of a joint name.
    var loneCapitalsAreFamily: Bool
}
