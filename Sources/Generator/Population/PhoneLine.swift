/// A telephone number as the national numbering plan splits it, so it can be written in every
/// shape people and systems use (national, international, with or without punctuation).
public struct PhoneLine: Sendable, Hashable {
    /// The country whose numbering plan this number belongs to.
    public let country: Country
    /// The area or mobile prefix without the trunk `0`: `20` (London), `617`, `7700`, `151`.
    let area: String
    /// The rest of the national number.
    let subscriber: String
    /// Whether this is a mobile number (the UK, Germany, France and Spain use distinct prefixes).
    public let isMobile: Bool

    /// `+442079460123`.
    public var e164: String { "+" + country.callingCode + area + subscriber }

    /// The number as dialled inside its country, digits only: `02079460123`, `6175550142`.
    public var nationalDigits: String { trunk + area + subscriber }

    private var trunk: String {
        switch country {
        case .gb, .de, .fr: "0"
        case .us, .es: ""
        }
    }
}

/// The shapes a phone number is written in.
enum PhoneStyle: CaseIterable {
    /// `020 7946 0123`, `(617) 555-0142`, `030 1234567`, `01 23 45 67 89`, `912 345 678`.
    case national
    /// `617.555.0142`, `030/1234567`, `01.23.45.67.89`, `020-7946-0123`.
    case punctuated
    /// `+44 20 7946 0123`, `+1 617 555 0142`.
    case international
    /// `+44 (0)20 7946 0123`.
    case internationalTrunk
    /// `0049 30 1234567`, `1-617-555-0142`.
    case internationalPrefix
    /// `02079460123`, `6175550142`.
    case digits
    /// `+442079460123`.
    case e164
}

extension PhoneLine {
    /// The number written in `style`.
    func formatted(_ style: PhoneStyle) -> String {
        let code = country.callingCode
        let groups = subscriberGroups
        switch style {
        case .national:
            if country == .us { return "(\(area)) \(groups.joined(separator: "-"))" }
            if country == .fr || country == .es { return frenchOrSpanishGroups.joined(separator: " ") }
            return ([trunk + area] + groups).joined(separator: " ")
        case .punctuated:
            switch country {
            case .us: return ([area] + groups).joined(separator: ".")
            case .de: return trunk + area + "/" + subscriber
            case .fr: return frenchOrSpanishGroups.joined(separator: ".")
            case .gb, .es: return ([trunk + area] + groups).joined(separator: "-")
            }
        case .international:
            return (["+" + code] + internationalGroups).joined(separator: " ")
        case .internationalTrunk:
            var parts = internationalGroups
            if !trunk.isEmpty { parts[0] = "(0)" + parts[0] }
            return (["+" + code] + parts).joined(separator: " ")
        case .internationalPrefix:
            switch country {
            case .us: return "1-" + ([area] + groups).joined(separator: "-")
            case .es: return "0034 " + nationalDigits
            case .fr: return (["0033"] + internationalGroups).joined(separator: " ")
            case .gb, .de: return "00" + code + " " + area + " " + subscriber
            }
        case .digits:
            return nationalDigits
        case .e164:
            return e164
        }
    }

    /// The subscriber part split the way it is usually read out.
    private var subscriberGroups: [String] {
        let digits = Array(subscriber)
        switch (country, digits.count) {
        case (.us, _), (.gb, 7): return [String(digits[0..<3]), String(digits[3...])]
        case (.gb, 8): return [String(digits[0..<4]), String(digits[4...])]
        default: return [subscriber]
        }
    }

    /// The groups after the calling code: `20 7946 0123`, `1 23 45 67 89`, `912 345 678`.
    private var internationalGroups: [String] {
        switch country {
        case .fr: return [area] + frenchOrSpanishGroups.dropFirst()
        case .es: return frenchOrSpanishGroups
        case .gb, .us, .de: return [area] + subscriberGroups
        }
    }

    /// French numbers in pairs (`01 23 45 67 89`), Spanish in threes (`912 345 678`).
    private var frenchOrSpanishGroups: [String] {
        let digits = Array(nationalDigits)
        let size = country == .fr ? 2 : 3
        return stride(from: 0, to: digits.count, by: size).map {
            String(digits[$0..<min($0 + size, digits.count)])
        }
    }
}

/// Making up plausible numbers.
extension PhoneLine {
    /// A landline in `city`.
    static func landline(in city: City, _ generator: inout SplitMix64) -> PhoneLine {
        let areaCode = generator.pick(city.areaCodes)
        let area = city.country == .us || city.country == .es ? areaCode : String(areaCode.dropFirst())
        let length: Int =
            switch city.country {
            case .gb: 10 - area.count
            case .us: 7
            case .de: area.count <= 2 ? 7 : 6 + generator.below(2)
            case .fr: 8
            case .es: 9 - area.count
            }
        var subscriber = String(generator.int(in: 2...9))
        if city.country == .us, subscriber == "5" { subscriber = "7" }
        subscriber += digits(length - 1, &generator)
        if city.country == .us, subscriber.hasPrefix("555") { subscriber = "7" + subscriber.dropFirst() }
        return PhoneLine(country: city.country, area: area, subscriber: subscriber, isMobile: false)
    }

    /// A mobile number for someone in `city` (in the US, mobiles share the area codes).
    static func mobile(in city: City, _ generator: inout SplitMix64) -> PhoneLine {
        switch city.country {
        case .us:
            let number = landline(in: city, &generator)
            return PhoneLine(country: .us, area: number.area, subscriber: number.subscriber, isMobile: true)
        case .gb:
            let area = "7" + String(generator.int(in: 4...9)) + digits(2, &generator)
            return PhoneLine(country: .gb, area: area, subscriber: digits(6, &generator), isMobile: true)
        case .de:
            let area = generator.pick(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177"])
            let length = area.hasPrefix("15") ? 8 : 7
            return PhoneLine(country: .de, area: area, subscriber: digits(length, &generator), isMobile: true)
        case .fr:
            let area = generator.chance(0.8) ? "6" : "7"
            return PhoneLine(country: .fr, area: area, subscriber: digits(8, &generator), isMobile: true)
        case .es:
            let area = (generator.chance(0.85) ? "6" : "7") + digits(2, &generator)
            return PhoneLine(country: .es, area: area, subscriber: digits(6, &generator), isMobile: true)
        }
    }
}

/// `count` random decimal digits.
func digits(_ count: Int, _ generator: inout SplitMix64) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for _ in 0..<count { bytes.append(UInt8(48 + generator.below(10))) }
    return String(decoding: bytes, as: UTF8.self)
}
