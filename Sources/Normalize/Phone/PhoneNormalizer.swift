import GoldenCore

/// Normalizes telephone numbers to E.164 (`+442079460123`), with the country, the line type,
/// an extension, and what was wrong.
///
/// How the digits are read (``PhoneScanner`` finds them):
/// 1. An international number: `+CC…`, `00CC…`, or `011CC…` when the default country is in the
///    NANP. Its calling code comes from ``CallingCodes``. A `(0)` or a stray trunk `0` after the
///    code (`+44 (0)20 …`, `+44 020 …`) is dropped where the country dials one.
/// 2. Otherwise a national number of `defaultCountry`, which must have a ``PhonePlan``:
///    - the NANP: 10 digits, or 11 with the leading `1` (`1-602-870-1390`); 7 digits are a local
///      number without area code: `.partial`, kept in `localDigits`, reported as
///      `phone.no_area_code`;
///    - trunk-`0` countries (GB, DE, FR, IE, NL, BE, AT, CH, AU): `0` + NSN. Digits that start
///      with the country's own calling code and are valid after it are an international number
///      that lost its `+` (`447700900123`); failing that, digits that are a valid NSN without the
///      `0` (a spreadsheet ate it: `2079460123`) are `.corrected`, reported as
///      `phone.missing_trunk_prefix`;
///    - Spain, Portugal, Italy: the NSN itself (Italy's landline `0` is part of it);
///    - Mexico: 10 digits, after dropping an old `01`, `044` or `045` prefix.
///    With no default country, a national number cannot be placed: `phone.unknown_country`;
///    with a default country that has no plan here: `phone.unsupported_country`.
///
/// Then the number is checked against its plan (lengths, leading digits, line type):
/// `phone.invalid_length`, `phone.invalid_prefix`. Countries without a plan are accepted on an
/// E.164 length of 8–15 digits, type `.unknown`. Fewer than 6 digits is `phone.invalid_length`;
/// characters that have no place in a number (letters of a vanity number, text) are
/// `phone.invalid_characters`; junk numbers (``PhonePlaceholders``) and words such as `none`
/// are `.placeholder`, reported as `phone.placeholder`.
///
/// Invalid numbers keep the country when the calling code or the default country tells it, and
/// their extension; placeholders keep nothing.
enum PhoneNormalizer {
    /// `defaultCountry`: ISO alpha-2 of the record (its country field) or of the source; nil
    /// when unknown (then only numbers with an international prefix can be made E.164).
    static func normalize(_ raw: String, defaultCountry: String?, findings: inout [Finding]) -> PhoneNumber {
        let region = defaultCountry.flatMap(Region.init)
        return raw.withUTF8Bytes { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: PhoneScanner.bufferSize) { buffer in
                let scan = PhoneScanner.scan(bytes, into: buffer)
                let digits = PhoneDigits(UnsafeBufferPointer(rebasing: buffer[..<scan.digitCount]))
                let outcome = read(scan, digits, UnsafeBufferPointer(rebasing: bytes[scan.trimmed]), region)
                if let code = outcome.code { findings.append(Finding(.phone, code.kind, code.rawValue)) }
                let start = PhoneScanner.maxDigits
                let extensionDigits = UnsafeBufferPointer(rebasing: buffer[start..<(start &+ scan.extensionCount)])
                return outcome.phoneNumber(raw: raw, extensionDigits: extensionDigits)
            }
        }
    }

    /// The default country, upper case, and its plan.
    private struct Region {
        var code: String
        var plan: Optional<PhonePlan>

        init?(_ country: String) {
            guard let (code, plan) = country.withUTF8Bytes({ bytes -> (String, PhonePlan?)? in
                guard bytes.count == 2, ASCII.isLetter(bytes[0]), ASCII.isLetter(bytes[1]) else { return nil }
                let first = ASCII.upper(bytes[0])
                let second = ASCII.upper(bytes[1])
                let plan = PhonePlan.of(letters: first, second)
                if first == UInt8(ascii: "U") && second == UInt8(ascii: "K") { return ("GB", plan) }
                if first == bytes[0] && second == bytes[1] { return (country, plan) }
                let upper = String(unsafeUninitializedCapacity: 2) { buffer in
                    buffer[0] = first
                    buffer[1] = second
                    return 2
                }
                return (upper, plan)
            }) else { return nil }
            self.code = code
            self.plan = plan
        }
    }

    /// Reads the scanned digits.
    private static func read(
        _ scan: PhoneScanner.Result, _ digits: PhoneDigits, _ trimmed: UnsafeBufferPointer<UInt8>, _ region: Region?
    ) -> Outcome {
        if digits.isEmpty {
            if MissingValueWords.contains(trimmed) { return .placeholder }
            return .invalid(scan.hasStrayCharacters ? .invalidCharacters : .invalidLength)
        }
        if scan.hasStrayCharacters { return .invalid(.invalidCharacters) }
        if scan.isTooLong || digits.count < 6 { return .invalid(.invalidLength) }
        if PhonePlaceholders.isJunk(digits) { return .placeholder }
        if scan.hasPlus {
            return readInternational(digits.hasPrefix("00") ? digits.dropFirst(2) : digits)
        }
        if digits.hasPrefix("00") { return readInternational(digits.dropFirst(2)) }
        guard let region else { return .invalid(.unknownCountry) }
        guard let plan = region.plan else { return .invalid(.unsupportedCountry, country: region.code) }
        if plan == .nanp && digits.hasPrefix("011") {
            return readInternational(digits.dropFirst(3))
        }
        return readNational(digits, plan, region)
    }

    /// `digits` after an international prefix: calling code, then national significant number.
    private static func readInternational(_ digits: PhoneDigits) -> Outcome {
        guard let (code, length, country) = CallingCodes.match(digits.bytes) else {
            return .invalid(.unknownCountry)
        }
        let rest = digits.dropFirst(length)
        if let plan = PhonePlan.of(callingCode: code) {
            return finish(plan.nsn(afterCallingCode: rest), plan, nil, corrected: false)
        }
        let place = code == 7 && !rest.isEmpty && (rest[0] == 6 || rest[0] == 7) ? "KZ" : country
        guard (8...15).contains(digits.count), rest.count >= 4 else {
            return .invalid(.invalidLength, country: place)
        }
        if PhonePlaceholders.isJunk(rest) { return .placeholder }
        return Outcome(status: .valid, country: place, callingCode: code, digits: rest)
    }

    /// `digits` as dialled inside `region`, whose plan is `plan`.
    private static func readNational(_ digits: PhoneDigits, _ plan: PhonePlan, _ region: Region) -> Outcome {
        switch plan {
        case .nanp:
            let nsn = digits.count == 11 && digits[0] == 1 ? digits.dropFirst(1) : digits
            return nsn.count == 7 ? readLocal(nsn, region) : finish(nsn, plan, region, corrected: false)
        case .mx:
            return finish(mexicanNSN(digits), plan, region, corrected: false)
        default:
            if plan.hasTrunkZero && digits[0] == 0 {
                return finish(digits.dropFirst(1), plan, region, corrected: false)
            }
            let codeLength = plan.callingCode < 100 ? 2 : 3
            if digits.leading(codeLength) == plan.callingCode {
                let nsn = plan.nsn(afterCallingCode: digits.dropFirst(codeLength))
                if case .valid = plan.check(nsn) { return finish(nsn, plan, region, corrected: false) }
            }
            if plan.hasTrunkZero, case .valid = plan.check(digits) {
                return finish(digits, plan, region, corrected: true)
            }
            return finish(digits, plan, region, corrected: false)
        }
    }

    /// A 7-digit NANP number: the subscriber part, usable only for partial matching.
    private static func readLocal(_ local: PhoneDigits, _ region: Region) -> Outcome {
        if PhonePlaceholders.isFictionalNANPLocal(local) { return .placeholder }
        guard local[0] >= 2 else { return .invalid(.invalidPrefix, country: region.code) }
        return Outcome(status: .partial, code: .noAreaCode, country: region.code, digits: local)
    }

    /// A Mexican national number without the long-distance (`01`) or mobile (`044`, `045`)
    /// prefixes of the plan before 2019, or the country's code written without `+`.
    private static func mexicanNSN(_ digits: PhoneDigits) -> PhoneDigits {
        switch digits.count {
        case 13 where digits.hasPrefix("044") || digits.hasPrefix("045") || digits.hasPrefix("521"):
            return digits.dropFirst(3)
        case 12 where digits.hasPrefix("01") || digits.hasPrefix("52"):
            return digits.dropFirst(2)
        case 11 where digits[0] == 1: return digits.dropFirst(1)
        default: return digits
        }
    }

    /// Checks `nsn` against `plan` and makes the outcome; `region` is the default country of a
    /// national number, `nil` for an international one.
    private static func finish(_ nsn: PhoneDigits, _ plan: PhonePlan, _ region: Region?, corrected: Bool) -> Outcome {
        if PhonePlaceholders.isJunk(nsn) { return .placeholder }
        if plan == .nanp && PhonePlaceholders.isFictionalNANP(nsn) { return .placeholder }
        let country = country(of: nsn, plan, region)
        switch plan.check(nsn) {
        case .invalidLength: return .invalid(.invalidLength, country: country)
        case .invalidPrefix: return .invalid(.invalidPrefix, country: country)
        case .valid(let type):
            return Outcome(
                status: corrected ? .corrected : .valid, code: corrected ? .missingTrunkPrefix : nil, type: type,
                country: country, callingCode: plan.callingCode, digits: nsn)
        }
    }

    /// The country of a number in `plan`: Canada or the US by area code in the NANP; else the
    /// default country for a national number (`IM` for `07624 …`), the plan's own country for an
    /// international one.
    private static func country(of nsn: PhoneDigits, _ plan: PhonePlan, _ region: Region?) -> String {
        if plan == .nanp { return nsn.count >= 3 && CanadianAreaCodes.contains(nsn.leading(3)) ? "CA" : "US" }
        return region?.code ?? plan.country
    }
}
