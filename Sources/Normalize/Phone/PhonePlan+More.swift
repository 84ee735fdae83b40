import GoldenCore

/// The plans of the other countries checked in detail: lengths and the main ranges only.
extension PhonePlan {
    /// Ireland: `8[35679]` mobile (9 digits); `1800` free, `15xx` premium; other ranges
    /// geographic, 7–9 digits (Dublin `1` + 7).
    static func checkIE(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 0: return .invalidPrefix
        case 8:
            switch nsn.count > 1 ? nsn[1] : -1 {
            case 3, 5, 6, 7, 9: return length(nsn.count, 9...9, .mobile)
            default: return length(nsn.count, 7...9, .unknown)
            }
        case 1:
            if nsn.hasPrefix("1800") { return length(nsn.count, 9...10, .tollFree) }
            if nsn.hasPrefix("15") { return length(nsn.count, 9...10, .premium) }
            return length(nsn.count, 7...9, .landline)
        default: return length(nsn.count, 7...9, .landline)
        }
    }

    /// Italy: the leading `0` of landlines is part of the number (6–11 digits); `3` mobile
    /// (9–10); `80` free, `89` premium.
    static func checkIT(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 0: return length(nsn.count, 6...11, .landline)
        case 3: return length(nsn.count, 9...10, .mobile)
        case 8:
            switch nsn.leading(2) {
            case 80: return length(nsn.count, 6...10, .tollFree)
            case 89: return length(nsn.count, 6...10, .premium)
            default: return .invalidPrefix
            }
        default: return .invalidPrefix
        }
    }

    /// The Netherlands: 9 digits. `6` mobile (`66` pagers unknown); `800` free and `90x`
    /// premium (7–10 digits); `8x` other services unknown; other ranges geographic.
    static func checkNL(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 0: return .invalidPrefix
        case 6: return length(nsn.count, 9...9, nsn.hasPrefix("66") ? .unknown : .mobile)
        case 8:
            if nsn.hasPrefix("800") { return length(nsn.count, 7...10, .tollFree) }
            return length(nsn.count, 9...9, .unknown)
        case 9:
            if nsn.hasPrefix("90") { return length(nsn.count, 7...10, .premium) }
            return length(nsn.count, 9...9, .unknown)
        default: return length(nsn.count, 9...9, .landline)
        }
    }

    /// Belgium: 8 digits, mobiles (`45`–`49`) 9. `800` free, `90` premium, `70`/`78`
    /// unknown; other ranges geographic.
    static func checkBE(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 0: return .invalidPrefix
        case 4: return nsn.count > 1 && nsn[1] >= 5 ? length(nsn.count, 9...9, .mobile) : .invalidPrefix
        default:
            switch nsn.leading(2) {
            case 80: return length(nsn.count, 8...8, nsn.hasPrefix("800") ? .tollFree : .unknown)
            case 90: return length(nsn.count, 8...8, .premium)
            case 70, 78: return length(nsn.count, 8...8, .unknown)
            default: return length(nsn.count, 8...8, .landline)
            }
        }
    }

    /// Austria: variable length. `6[5-9]` mobile (10–13 digits); `800` free; `90`, `93`
    /// premium; `1`–`5`, `7` geographic (5–13); other `8x`, `9x` services unknown.
    static func checkAT(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 1...5, 7: return length(nsn.count, 5...13, .landline)
        case 6: return nsn.count > 1 && nsn[1] >= 5 ? length(nsn.count, 10...13, .mobile) : .invalidPrefix
        case 8: return length(nsn.count, 9...12, nsn.hasPrefix("800") ? .tollFree : .unknown)
        case 9:
            let premium = nsn.hasPrefix("90") || nsn.hasPrefix("93")
            return length(nsn.count, 9...12, premium ? .premium : .unknown)
        default: return .invalidPrefix
        }
    }

    /// Switzerland: 9 digits. `7[5-9]` mobile; `800` free; `90` premium; `2`–`6`, `91`
    /// geographic (`58` corporate unknown); other `8x`, `9x` unknown.
    static func checkCH(_ nsn: PhoneDigits) -> Verdict {
        let type: PhoneType
        switch nsn[0] {
        case 2...6: type = nsn.hasPrefix("58") ? .unknown : .landline
        case 7:
            guard nsn.count > 1, nsn[1] >= 5 else { return .invalidPrefix }
            type = .mobile
        case 8: type = nsn.hasPrefix("800") ? .tollFree : .unknown
        case 9: type = nsn.hasPrefix("90") ? .premium : nsn.hasPrefix("91") ? .landline : .unknown
        default: return .invalidPrefix
        }
        return length(nsn.count, 9...9, type)
    }

    /// Portugal: 9 digits, no trunk prefix. `2` geographic; `91`, `92`, `93`, `96` mobile;
    /// `800` free; `6`, `7` charged; `30`, `808` and other `9x` unknown.
    static func checkPT(_ nsn: PhoneDigits) -> Verdict {
        let type: PhoneType
        switch nsn[0] {
        case 2: type = .landline
        case 9:
            switch nsn.leading(2) {
            case 91, 92, 93, 96: type = .mobile
            default: type = .unknown
            }
        case 8: type = nsn.hasPrefix("800") ? .tollFree : .unknown
        case 6, 7: type = .premium
        case 3: type = .unknown
        default: return .invalidPrefix
        }
        return length(nsn.count, 9...9, type)
    }

    /// Australia: 9 digits; `4` mobile, `2`, `3`, `7`, `8` geographic, `5` unknown; `1800`
    /// free and `190x` premium (10 digits); `13`/`1300` local-rate (6 or 10 digits).
    static func checkAU(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 4: return length(nsn.count, 9...9, .mobile)
        case 2, 3, 7, 8: return length(nsn.count, 9...9, .landline)
        case 5: return length(nsn.count, 9...9, .unknown)
        case 1:
            if nsn.hasPrefix("1800") { return length(nsn.count, 10...10, .tollFree) }
            if nsn.hasPrefix("190") { return length(nsn.count, 10...10, .premium) }
            if nsn.hasPrefix("13") { return nsn.count == 6 || nsn.count == 10 ? .valid(.unknown) : .invalidLength }
            return .invalidPrefix
        default: return .invalidPrefix
        }
    }

    /// Mexico: 10 digits since 2019 (mobiles and landlines share ranges); `800` free, `900`
    /// premium.
    static func checkMX(_ nsn: PhoneDigits) -> Verdict {
        guard nsn[0] >= 2 else { return .invalidPrefix }
        let type: PhoneType
        switch nsn.leading(3) {
        case 800: type = .tollFree
        case 900: type = .premium
        default: type = .unknown
        }
        return length(nsn.count, 10...10, type)
    }
}
