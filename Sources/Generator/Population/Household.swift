import GoldenCore

/// What a group of four neighbouring customer indices (`4g ..< 4g+4`) has in common.
///
/// Every member derives the same group from the group's own random stream, so a customer can be
/// generated alone and still agree with their partner, parents or twin.
struct Household {
    enum Kind {
        /// Four unrelated customers.
        case singles
        /// Members 0 and 1 live together; 2 and 3 are single.
        case couple
        /// Members 0 and 1 are parents, 2 and 3 their adult children, all at one address.
        case family
        /// As `family`, with the children twins.
        case familyWithTwins
        /// Members 0 and 1 share a common full name and a city, nothing else; 2 and 3 are single.
        case namesakes
    }

    let kind: Kind
    let country: Country
    let culture: Culture
    let city: City
    let address: Address
    let landline: PhoneLine?
    let familyName: String
    let familyNameProbability: Double
    /// Whether the second partner carries the first one's family name.
    let partnerSharesName: Bool
    /// Partners' and children's ages at the as-of date.
    let ages: [Int]
    /// Day of the year the twins were born (the other members draw their own).
    let twinBirthdayOffset: Int
    /// The twins', or the namesakes', given names.
    let givenNames: [GivenName]
    let genders: [Gender]

    /// The role of member `slot` (0…3).
    func role(of slot: Int) -> HouseholdRole {
        switch (kind, slot) {
        case (.couple, 0...1): .partner
        case (.family, 0...1), (.familyWithTwins, 0...1): .parent
        case (.family, _): .child
        case (.familyWithTwins, _): .twin
        case (.namesakes, 0...1): .namesake
        default: .single
        }
    }

    /// The household for group `group`; `complete` is false for a trailing group with fewer
    /// than four customers, which is always singles.
    init(group: Int, complete: Bool, population: Population) {
        var generator = SplitMix64(seed: population.seed, stream: .group, index: UInt64(group))
        let rates = population.options.rates
        let twins = 2 * rates.twin
        let namesakes = 2 * rates.namesake
        let families = max(0, rates.household - twins) / 2
        let couples = max(0, rates.household - twins)
        let u = generator.unit()
        if !complete {
            kind = .singles
        } else if u < twins {
            kind = .familyWithTwins
        } else if u < twins + namesakes {
            kind = .namesakes
        } else if u < twins + namesakes + families {
            kind = .family
        } else if u < twins + namesakes + families + couples {
            kind = .couple
        } else {
            kind = .singles
        }
        let tables = Tables.shared
        country = population.drawCountry(&generator)
        culture = Tables.culture(for: country, &generator)
        let cities = tables.cities(in: country)
        // Namesakes cluster in the biggest cities, where common names collide most.
        city = kind == .namesakes ? cities[generator.below(min(3, cities.count))] : generator.pick(cities)
        address = Address.random(in: city, &generator)
        landline = generator.chance(kind == .couple ? 0.45 : 0.6) ? PhoneLine.landline(in: city, &generator) : nil
        if kind == .namesakes {
            let common = tables.familyNames[culture.rawValue]
            familyName = common[generator.below(3)]
                + (country == .es && culture == .spanish ? " " + common[3 + generator.below(3)] : "")
            familyNameProbability = 1
        } else {
            (familyName, familyNameProbability) = tables.drawFamily(culture, in: country, &generator)
        }
        partnerSharesName = generator.chance(0.75)
        let first = kind == .couple ? generator.int(in: 24...85) : generator.int(in: 44...72)
        let second = max(20, first + generator.int(in: -6...6))
        let eldest = max(18, min(34, first - generator.int(in: 22...36)))
        let youngest = kind == .familyWithTwins ? eldest : max(18, eldest - generator.int(in: 1...8))
        ages = [first, second, eldest, youngest]
        twinBirthdayOffset = generator.below(365)
        let firstGender: Gender = generator.chance(0.9) ? .male : .female
        let secondGender: Gender = generator.chance(0.9) ? (firstGender == .male ? .female : .male) : firstGender
        switch kind {
        case .namesakes:
            let gender: Gender = generator.chance(0.5) ? .male : .female
            let common = tables.givenNames(culture, gender)[generator.below(3)]
            givenNames = [common, common]
            genders = [gender, gender, firstGender, secondGender]
        case .familyWithTwins:
            let twinGenders: [Gender] = generator.chance(0.35)
                ? [.male, .female] : Array(repeating: generator.chance(0.5) ? .male : .female, count: 2)
            let one = tables.drawGiven(culture, twinGenders[0], &generator).0
            let other = tables.drawGiven(culture, twinGenders[1], differentFrom: one.name, &generator).0
            givenNames = [one, other]
            genders = [firstGender, secondGender] + twinGenders
        default:
            givenNames = []
            genders = [firstGender, secondGender, generator.chance(0.5) ? .male : .female,
                       generator.chance(0.5) ? .male : .female]
        }
    }
}
