/// One survivorship rule: a way of preferring one candidate value of an attribute over another.
///
/// An attribute's rules are applied in order: the first rule that tells two candidates apart
/// decides; when none does, the final tie-breaker (``Survivorship``) does. Candidates are the
/// distinct values the members give (grouped by key), each with the evidence of every member that
/// gave it. The raw values are the names `Mappings/survivorship.yml` uses.
public enum SurvivorshipRule: String, Hashable, Sendable, Codable, CaseIterable {
    /// A value valid as given (or corrected) over a partial one: a birthday without its year, a
    /// phone number without its area code. (An invalid value never competes with a usable one:
    /// it survives only when nothing usable exists, and is marked invalid.)
    case validOverInvalid = "valid_over_invalid"
    /// The value given by the most trusted source (the attribute's ranking, else the global one).
    case sourcePriority = "source_priority"
    /// The value asserted most recently (latest observed-at of any member giving it).
    case mostRecent = "most_recent"
    /// The value asserted by the most members.
    case mostFrequent = "most_frequent"
    /// The value with more of its parts filled: a full given name and a family name over an
    /// initial, a deliverable address (street and postcode or city) over a postcode alone, a full
    /// date of birth over a birthday, a number with its extension over one without.
    case mostComplete = "most_complete"
    /// The longer value, in UTF-8 bytes of its display form (`Robert` over `Bob`, `José` over `Jose`).
    case longest
}

/// What survivorship does when distinct valid values of an attribute come from equally trusted
/// sources.
public enum ConflictPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// The rules still choose, and a ``SurvivorshipConflict`` is returned for a data steward.
    case review
    /// The rules choose; nothing is reported.
    case ignore
}
