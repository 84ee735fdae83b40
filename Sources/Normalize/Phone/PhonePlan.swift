import GoldenCore

/// The national numbering plans the normalizer checks numbers against: lengths, leading digits
/// and line types of the national significant number (NSN, the digits after the calling code,
/// without a trunk prefix).
///
/// Numbers of other countries are accepted on their calling code and overall E.164 length
/// alone (``PhoneNormalizer``).
enum PhonePlan: Sendable, CaseIterable {
    /// The North American Numbering Plan: the US, Canada and the Caribbean (`+1`).
    case nanp
    case gb, de, fr, es, ie, it, nl, be, at, ch, pt, au, mx

    /// What a plan says about a national significant number.
    enum Verdict: Equatable {
        case valid(PhoneType)
        /// Too few or too many digits for the range the number is in.
        case invalidLength
        /// The leading digits start no range in use (`+44 4…`, a US area code starting with 1).
        case invalidPrefix
    }

    /// The plan of `country` (ISO 3166-1 alpha-2, upper case), if there is one.
    static func of(country: String) -> PhonePlan? {
        switch country {
        case "US", "CA", "PR": .nanp
        case "GB", "UK", "GG", "JE", "IM": .gb
        case "DE": .de
        case "FR": .fr
        case "ES": .es
        case "IE": .ie
        case "IT", "VA", "SM": .it
        case "NL": .nl
        case "BE": .be
        case "AT": .at
        case "CH", "LI": .ch
        case "PT": .pt
        case "AU": .au
        case "MX": .mx
        default: nil
        }
    }

    /// The plan of the country whose ISO code is `first` `second` (upper-case ASCII letters).
    @inline(__always)
    static func of(letters first: UInt8, _ second: UInt8) -> PhonePlan? {
        byLetters[Int(first &- 0x41) &* 26 &+ Int(second &- 0x41)]
    }

    /// Plans by the two letters of the country code: `(A…Z) × 26 + (A…Z)`.
    private static let byLetters: [PhonePlan?] = {
        var table = [PhonePlan?](repeating: nil, count: 26 * 26)
        for first in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            for second in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                let code = String(decoding: [first, second], as: UTF8.self)
                table[Int(first - 0x41) * 26 + Int(second - 0x41)] = of(country: code)
            }
        }
        return table
    }()

    /// The plan of calling code `code`, if there is one.
    static func of(callingCode code: Int) -> PhonePlan? {
        switch code {
        case 1: .nanp
        case 44: .gb
        case 49: .de
        case 33: .fr
        case 34: .es
        case 353: .ie
        case 39: .it
        case 31: .nl
        case 32: .be
        case 43: .at
        case 41: .ch
        case 351: .pt
        case 61: .au
        case 52: .mx
        default: nil
        }
    }

    /// The plan's country (ISO 3166-1 alpha-2); the US for the NANP.
    var country: String {
        switch self {
        case .nanp: "US"
        case .gb: "GB"
        case .de: "DE"
        case .fr: "FR"
        case .es: "ES"
        case .ie: "IE"
        case .it: "IT"
        case .nl: "NL"
        case .be: "BE"
        case .at: "AT"
        case .ch: "CH"
        case .pt: "PT"
        case .au: "AU"
        case .mx: "MX"
        }
    }

    var callingCode: Int {
        switch self {
        case .nanp: 1
        case .gb: 44
        case .de: 49
        case .fr: 33
        case .es: 34
        case .ie: 353
        case .it: 39
        case .nl: 31
        case .be: 32
        case .at: 43
        case .ch: 41
        case .pt: 351
        case .au: 61
        case .mx: 52
        }
    }

    /// Whether national numbers are dialled with a trunk `0` that is not part of the NSN.
    /// (Italy's leading 0 is part of the number and is kept after `+39`; Spain and Portugal
    /// have no trunk prefix; the NANP's trunk `1` is handled apart.)
    var hasTrunkZero: Bool {
        switch self {
        case .gb, .de, .fr, .ie, .nl, .be, .at, .ch, .au: true
        case .nanp, .es, .it, .pt, .mx: false
        }
    }

    /// The verdict on the national significant number `nsn`.
    func check(_ nsn: PhoneDigits) -> Verdict {
        guard !nsn.isEmpty else { return .invalidLength }
        switch self {
        case .nanp: return Self.checkNANP(nsn)
        case .gb: return Self.checkGB(nsn)
        case .de: return Self.checkDE(nsn)
        case .fr: return Self.checkFR(nsn)
        case .es: return Self.checkES(nsn)
        case .ie: return Self.checkIE(nsn)
        case .it: return Self.checkIT(nsn)
        case .nl: return Self.checkNL(nsn)
        case .be: return Self.checkBE(nsn)
        case .at: return Self.checkAT(nsn)
        case .ch: return Self.checkCH(nsn)
        case .pt: return Self.checkPT(nsn)
        case .au: return Self.checkAU(nsn)
        case .mx: return Self.checkMX(nsn)
        }
    }

    /// The NSN in a number written after the calling code: a stray trunk `0` (`+44 020 …`) is
    /// dropped where the plan has one, and Mexico's old mobile `1` (`+52 1 55 …`) too.
    func nsn(afterCallingCode digits: PhoneDigits) -> PhoneDigits {
        if hasTrunkZero, digits.count > 1, digits[0] == 0 { return digits.dropFirst(1) }
        if self == .mx, digits.count == 11, digits[0] == 1 { return digits.dropFirst(1) }
        return digits
    }

    /// `.valid(type)` when `count` is in `lengths`, else `.invalidLength`.
    @inline(__always)
    static func length(_ count: Int, _ lengths: ClosedRange<Int>, _ type: PhoneType) -> Verdict {
        lengths.contains(count) ? .valid(type) : .invalidLength
    }
}
