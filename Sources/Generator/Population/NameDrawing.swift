/// Drawing names by popularity, and the shapes they take (two Spanish surnames, double-barrelled
/// English ones).
extension Tables {
    /// A given name of `culture` and `gender`, with its probability within that table.
    func drawGiven(_ culture: Culture, _ gender: Gender, _ generator: inout SplitMix64) -> (GivenName, Double) {
        let weights = givenWeights[culture.rawValue][gender == .male ? 0 : 1]
        let index = weights.draw(&generator)
        return (givenNames(culture, gender)[index], weights.probability(of: index))
    }

    /// A given name different from `other`.
    func drawGiven(
        _ culture: Culture, _ gender: Gender, differentFrom other: String, _ generator: inout SplitMix64
    ) -> (GivenName, Double) {
        var drawn = drawGiven(culture, gender, &generator)
        while drawn.0.name == other { drawn = drawGiven(culture, gender, &generator) }
        return drawn
    }

    /// A family name as a person of `culture` living in `country` carries it, with the
    /// probability of drawing exactly that name.
    func drawFamily(_ culture: Culture, in country: Country, _ generator: inout SplitMix64) -> (String, Double) {
        let (first, p1) = drawSingleFamily(culture, &generator)
        switch culture {
        case .spanish:
            // Spaniards carry both surnames; Hispanic Americans often only the first.
            if country == .es ? generator.chance(0.92) : generator.chance(0.4) {
                let (second, p2) = drawSingleFamily(culture, &generator)
                if second != first { return (first + " " + second, p1 * p2) }
            }
        case .english:
            if generator.chance(0.03) {
                let (second, p2) = drawSingleFamily(culture, &generator)
                if second != first, !first.contains("-"), !second.contains("-"), !first.contains(" "),
                    !second.contains(" ")
                {
                    return (first + "-" + second, p1 * p2)
                }
            }
        case .german, .french:
            break
        }
        return (first, p1)
    }

    private func drawSingleFamily(_ culture: Culture, _ generator: inout SplitMix64) -> (String, Double) {
        let weights = familyWeights[culture.rawValue]
        let index = weights.draw(&generator)
        return (familyNames[culture.rawValue][index], weights.probability(of: index))
    }

    /// A middle name for someone called `given`, or `nil` (how common middle names are depends
    /// on the culture; Spaniards carry two surnames instead).
    func drawMiddle(
        _ culture: Culture, _ gender: Gender, given: String, _ generator: inout SplitMix64
    ) -> String? {
        let share: Double =
            switch culture {
            case .english: 0.55
            case .german: 0.25
            case .french: 0.15
            case .spanish: 0
            }
        guard generator.chance(share) else { return nil }
        return drawGiven(culture, gender, differentFrom: given, &generator).0.name
    }

    /// The culture of a customer living in `country`: mostly the country's own, some from
    /// elsewhere.
    static func culture(for country: Country, _ generator: inout SplitMix64) -> Culture {
        let u = generator.unit()
        switch country {
        case .gb: return u < 0.94 ? .english : u < 0.96 ? .german : u < 0.98 ? .french : .spanish
        case .us: return u < 0.82 ? .english : u < 0.97 ? .spanish : .german
        case .de: return u < 0.93 ? .german : u < 0.97 ? .english : .french
        case .fr: return u < 0.93 ? .french : u < 0.97 ? .spanish : .english
        case .es: return u < 0.94 ? .spanish : u < 0.97 ? .french : .english
        }
    }

    /// A courtesy title as the country uses them.
    static func title(
        _ country: Country, _ gender: Gender, age: Int, _ generator: inout SplitMix64
    ) -> String {
        let doctor = generator.chance(0.03)
        switch country {
        case .gb, .us:
            if doctor { return "Dr" }
            if gender == .male { return "Mr" }
            return age > 30 && generator.chance(0.55) ? "Mrs" : generator.chance(0.7) ? "Ms" : "Miss"
        case .de:
            return (gender == .male ? "Herr" : "Frau") + (doctor ? " Dr." : "")
        case .fr:
            if gender == .male { return "M." }
            return age < 30 && generator.chance(0.3) ? "Mlle" : "Mme"
        case .es:
            if gender == .male { return "Sr." }
            return age < 30 && generator.chance(0.3) ? "Srta." : "Sra."
        }
    }
}
