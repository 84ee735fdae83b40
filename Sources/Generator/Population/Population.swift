import GoldenCore

/// The true customers of a generation run: customer `i` is a pure function of (seed, i), so any
/// one of them can be rebuilt — by tests, say — without generating the others.
///
/// Customers come in groups of four neighbouring indices; a group may be a couple, a family
/// (with or without twins), or a pair of namesakes (see ``HouseholdRole``).
public struct Population: Sendable {
    /// The run's seed.
    public let seed: UInt64
    /// How many customers the run has.
    public let customers: Int
    /// The run's options (the population uses the household, twin, namesake, move and
    /// marriage rates, the country mix and the as-of date).
    public let options: FeedGenerator.Options

    private let countries: [Country]
    private let countryWeights: WeightedIndex
    private let entityWidth: Int
    private let totalCountryWeight: Double

    /// The population of a run with these inputs; building it is cheap (no customer is made
    /// until asked for).
    public init(customers: Int, seed: UInt64, options: FeedGenerator.Options = .init()) {
        self.seed = seed
        self.customers = customers
        self.options = options
        countries = Country.allCases.filter { (options.countryMix[$0] ?? 0) > 0 }
        countryWeights = WeightedIndex(weights: countries.map { options.countryMix[$0]! })
        entityWidth = max(7, String(customers).count)
        // Summed in a fixed order: dictionary order differs between processes.
        totalCountryWeight = Country.allCases.reduce(0) { $0 + (options.countryMix[$1] ?? 0) }
    }

    /// The entity id of customer `index`: `P` and the 1-based index, zero-padded.
    public func entityID(of index: Int) -> String {
        "P" + padded(index + 1, entityWidth)
    }

    func drawCountry(_ generator: inout SplitMix64) -> Country {
        countries[countryWeights.draw(&generator)]
    }

    /// Customer `index` (`0..<customers`).
    public func person(at index: Int) -> Person {
        precondition(index >= 0 && index < customers, "customer index out of range")
        let group = index / 4
        let slot = index % 4
        let household = Household(group: group, complete: group * 4 + 3 < customers, population: self)
        return makePerson(index: index, slot: slot, household: household)
    }

    /// Whether so few customers are expected to share this full name that a plain
    /// `given.family` e-mail or handle would not clash with a namesake's.
    private func isRare(_ givenProbability: Double, _ familyProbability: Double, _ country: Country) -> Bool {
        let share = (options.countryMix[country] ?? 0) / totalCountryWeight
        // Judged against a fixed reference population, not the run's, so that customer i does
        // not depend on how many customers are generated.
        return 1_000_000 * share * givenProbability * familyProbability < 0.3
    }

    private func makePerson(index: Int, slot: Int, household: Household) -> Person {
        var generator = SplitMix64(seed: seed, stream: .person, index: UInt64(index))
        let tables = Tables.shared
        let role = household.role(of: slot)
        let asOf = options.asOf.daysSinceEpoch

        // Where and with whom they live.
        let country: Country
        let culture: Culture
        let city: City
        var address: Address
        var landline: PhoneLine?
        if role.sharesHome || role == .namesake {
            country = household.country
            culture = household.culture
            city = household.city
        } else {
            country = drawCountry(&generator)
            culture = Tables.culture(for: country, &generator)
            city = generator.pick(tables.cities(in: country))
        }
        if role.sharesHome {
            address = household.address
            landline = household.landline
        } else {
            address = Address.random(in: city, &generator)
            landline = generator.chance(country == .us ? 0.25 : 0.4) ? PhoneLine.landline(in: city, &generator) : nil
        }

        // Who they are.
        let gender: Gender = role == .single ? (generator.chance(0.5) ? .male : .female) : household.genders[slot]
        let given: GivenName
        let givenProbability: Double
        switch role {
        case .twin, .namesake:
            given = household.givenNames[slot % 2]
            givenProbability = 1
        default:
            (given, givenProbability) = tables.drawGiven(culture, gender, &generator)
        }
        var family: String
        var familyProbability: Double
        switch role {
        case .child, .twin, .namesake:
            (family, familyProbability) = (household.familyName, household.familyNameProbability)
        case .partner, .parent:
            if slot == 0 || household.partnerSharesName {
                (family, familyProbability) = (household.familyName, household.familyNameProbability)
            } else {
                (family, familyProbability) = tables.drawFamily(culture, in: country, &generator)
            }
        case .single:
            (family, familyProbability) = tables.drawFamily(culture, in: country, &generator)
        }

        let age = role == .single || role == .namesake ? Self.adultAge(&generator) : household.ages[slot]
        let birthdayOffset = role == .twin ? household.twinBirthdayOffset : generator.below(365)
        let dateOfBirth = CivilDate(daysSinceEpoch: asOf - Int64(age) * 36_525 / 100 - Int64(birthdayOffset))

        // A marriage that changed the family name, within the years the feeds cover.
        var birthFamilyName: String?
        var marriedOn: CivilDate?
        let canMarry = gender == .female && age >= 22 && role != .child && role != .twin && role != .namesake
        if canMarry {
            if generator.chance(options.rates.marriedName) {
                let maiden = tables.drawFamily(culture, in: country, &generator).0
                if !(slot == 1 && household.partnerSharesName && role != .single) {
                    (family, familyProbability) = tables.drawFamily(culture, in: country, &generator)
                }
                if maiden != family {
                    birthFamilyName = maiden
                    marriedOn = CivilDate(daysSinceEpoch: asOf - Int64(generator.int(in: 60...2200)))
                }
            }
        }

        let middle = tables.drawMiddle(culture, gender, given: given.name, &generator)
        let unique = isRare(givenProbability, familyProbability, country)
        var emails = [
            Contacts.personal(
                given: given.name, family: family, birthYear: dateOfBirth.year, country: country,
                unique: unique, &generator)
        ]
        if generator.chance(0.25) { emails.append(Contacts.work(given: given.name, family: family, &generator)) }
        let mobile = generator.chance(0.85) ? PhoneLine.mobile(in: city, &generator) : nil
        let nickname = given.nicknames.isEmpty || generator.chance(0.5) ? nil : generator.pick(given.nicknames)
        let handle = Contacts.handle(
            given: given.name, nickname: nickname, family: family, birthYear: dateOfBirth.year,
            unique: unique, &generator)
        let title = Tables.title(country, gender, age: age, &generator)

        // A move: the previous address, mostly in the same city.
        var previousAddress: Address?
        var movedOn: CivilDate?
        if generator.chance(options.rates.moved) {
            let oldCity = generator.chance(0.6) ? city : generator.pick(tables.cities(in: country))
            previousAddress = Address.random(in: oldCity, &generator)
            movedOn = CivilDate(daysSinceEpoch: asOf - Int64(generator.int(in: 30...1800)))
        }

        return Person(
            index: index, entityID: entityID(of: index), country: country, gender: gender,
            givenName: given.name, nicknames: given.nicknames, middleName: middle, familyName: family,
            birthFamilyName: birthFamilyName, marriedOn: marriedOn, dateOfBirth: dateOfBirth,
            emails: emails, mobile: mobile, landline: landline, address: address,
            previousAddress: previousAddress, movedOn: movedOn, handle: handle, role: role,
            household: role.sharesHome ? index / 4 : nil, culture: culture, title: title, city: city,
            canMarry: canMarry)
    }

    /// An adult's age: 18 to 90, most between 30 and 65.
    private static func adultAge(_ generator: inout SplitMix64) -> Int {
        18 + Int((generator.unit() + generator.unit()) / 2 * 72)
    }
}
