import GoldenCore

/// The identity values one source record shows for a customer: the true values as of the
/// record's day, passed through the troubles that record drew. Feeds format these values.
struct IdentityView {
    var title: String?
    var given: String?
    var middle: String?
    var family: String?
    var gender: Gender?
    var dateOfBirth: CivilDate?
    var email: String?
    var workEmail: String?
    var mobile: String?
    var landline: String?
    var line1: String?
    var unit: String?
    var city: String?
    var region: String?
    var postcode: String?
    var country: Country
    /// The address shown (the previous one for records older than a move).
    var address: Address
    /// Whether a nickname replaced the given name.
    var usedNickname = false
    /// The person's given name, for feeds that quote it next to a nickname.
    let trueGiven: String
}

/// The optional values a feed may leave out (each at the missing-value rate) or fill with junk.
enum ViewField: CaseIterable {
    case title, middle, gender, dateOfBirth, email, workEmail, mobile, landline, unit, postcode, region
}

extension IdentityView {
    /// The view of `person` in a record observed on `day`, with name, address, e-mail and phone
    /// troubles drawn. E-mails and phones are only rendered (and garbled) for feeds that show
    /// them; phones are written in `phoneStyle` unless a phone variant is drawn.
    init(
        _ person: Person, day: Int64, showsEmails: Bool = true, showsPhones: Bool = true,
        phoneStyle: PhoneStyle, rates: TroubleRates, _ generator: inout SplitMix64,
        _ tally: inout TroubleTally
    ) {
        trueGiven = person.givenName
        country = person.country
        title = person.title
        gender = person.gender
        dateOfBirth = person.dateOfBirth
        middle = person.middleName
        var given = person.givenName
        if !person.nicknames.isEmpty, tally.draw(.nickname, rate: rates.nickname, &generator) {
            given = generator.pick(person.nicknames)
            usedNickname = true
        }
        var family = person.familyName(onDay: day)
        // Spaniards' second surname is often left off.
        if person.culture == .spanish, family.contains(" "), !family.hasPrefix("de"), generator.chance(0.25) {
            family = String(family.split(separator: " ")[0])
        }
        if tally.draw(.initialsOnly, rate: rates.initialsOnly, &generator) {
            given = String(given.prefix(1)) + "."
        }
        if tally.draw(.swappedNames, rate: rates.swappedNames, &generator) { swap(&given, &family) }
        if tally.draw(.caseVariant, rate: rates.caseVariant, &generator) {
            let upper = generator.chance(0.6)
            given = upper ? given.uppercased() : given.lowercased()
            family = upper ? family.uppercased() : family.lowercased()
        }
        self.given = given
        self.family = family

        address = person.address(onDay: day)
        line1 = address.line1(abbreviated: generator.chance(0.2))
        unit = address.unit
        city = address.city
        region = address.region
        postcode = address.postcode
        if let zipExtension = address.zipExtension, generator.chance(0.15) {
            postcode = address.postcode + "-" + zipExtension
        }

        func render(_ email: String?) -> String? {
            guard let email, showsEmails else { return nil }
            let variant = tally.draw(.emailVariant, rate: rates.emailVariant, &generator)
            return variant ? Garbling.emailVariant(email, &generator) : email
        }
        email = render(person.emails.first)
        workEmail = render(person.emails.count > 1 ? person.emails[1] : nil)
        func format(_ phone: PhoneLine?) -> String? {
            guard let phone, showsPhones else { return nil }
            let variant = tally.draw(.phoneVariant, rate: rates.phoneVariant, &generator)
            return phone.formatted(variant ? generator.pick(PhoneStyle.allCases) : phoneStyle)
        }
        mobile = format(person.mobile)
        landline = format(person.landline)

        let accented = [given, family, line1 ?? "", city ?? ""].contains(where: TextFolding.hasNonASCII)
        if accented, tally.draw(.accentsDropped, rate: rates.accentsDropped, &generator) {
            self.given = TextFolding.ascii(given)
            self.family = TextFolding.ascii(family)
            middle = middle.map { TextFolding.ascii($0) }
            line1 = line1.map { TextFolding.ascii($0) }
            city = city.map { TextFolding.ascii($0) }
            region = region.map { TextFolding.ascii($0) }
        }
    }

    /// Leaves out each of `fields` at the missing-value rate (only those that have a value count).
    mutating func dropMissing(
        _ fields: [ViewField], rate: Double, _ generator: inout SplitMix64, _ tally: inout TroubleTally
    ) {
        for field in fields where has(field) {
            if tally.draw(.missingValue, rate: rate, &generator) { clear(field) }
        }
    }

    /// At the placeholder rate, replaces one of `fields` with a junk value
    /// (`none@none.com`, `0000000000`, `1900-01-01`).
    mutating func placeholder(
        _ fields: [ViewField], rate: Double, _ generator: inout SplitMix64, _ tally: inout TroubleTally
    ) {
        guard tally.draw(.placeholder, rate: rate, &generator), !fields.isEmpty else { return }
        switch generator.pick(fields) {
        case .email, .workEmail:
            email = generator.pick(["none@none.com", "noemail@noemail.com", "na@na.com", "x@x.com"])
        case .dateOfBirth:
            dateOfBirth = CivilDate(year: 1900, month: 1, day: 1)
        default:
            let junk = generator.pick(["0000000000", "00000000000", "9999999999"])
            if mobile != nil || landline == nil { mobile = junk } else { landline = junk }
        }
    }

    /// At the typo rate, puts one keyboard slip into a name, street, city or e-mail.
    mutating func typo(rate: Double, _ generator: inout SplitMix64, _ tally: inout TroubleTally) {
        guard tally.draw(.typo, rate: rate, &generator) else { return }
        var targets: [Int] = []
        if given.map({ $0.count > 2 }) == true { targets += [0, 0] }
        if family.map({ $0.count > 2 }) == true { targets += [1, 1, 1] }
        if line1 != nil { targets.append(2) }
        if city != nil { targets.append(3) }
        if email != nil { targets.append(4) }
        guard !targets.isEmpty else { return }
        switch generator.pick(targets) {
        case 0: given = given.map { Garbling.typo($0, &generator) }
        case 1: family = family.map { Garbling.typo($0, &generator) }
        case 2: line1 = line1.map { Garbling.typo($0, &generator) }
        case 3: city = city.map { Garbling.typo($0, &generator) }
        default: email = email.map { Garbling.typo($0, &generator) }
        }
    }

    private func has(_ field: ViewField) -> Bool {
        switch field {
        case .title: title != nil
        case .middle: middle != nil
        case .gender: gender != nil
        case .dateOfBirth: dateOfBirth != nil
        case .email: email != nil
        case .workEmail: workEmail != nil
        case .mobile: mobile != nil
        case .landline: landline != nil
        case .unit: unit != nil
        case .postcode: postcode != nil
        case .region: region != nil
        }
    }

    private mutating func clear(_ field: ViewField) {
        switch field {
        case .title: title = nil
        case .middle: middle = nil
        case .gender: gender = nil
        case .dateOfBirth: dateOfBirth = nil
        case .email: email = nil
        case .workEmail: workEmail = nil
        case .mobile: mobile = nil
        case .landline: landline = nil
        case .unit: unit = nil
        case .postcode: postcode = nil
        case .region: region = nil
        }
    }
}
