import GoldenCore

/// The plans of the five main markets: the NANP (US/CA), the UK, Germany, France and Spain.
extension PhonePlan {
    /// NANP: `NPA NXX XXXX`; neither area code (NPA) nor exchange (NXX) starts with 0 or 1, and
    /// `N11` codes (`211`…`911`) are service codes. Toll-free: 800, 833, 844, 855, 866, 877,
    /// 888; premium: 900; every other line `.unknown` (mobiles and landlines share ranges).
    static func checkNANP(_ nsn: PhoneDigits) -> Verdict {
        guard nsn.count == 10 else { return .invalidLength }
        let area = nsn.leading(3)
        guard nsn[0] >= 2, nsn[3] >= 2, area % 100 != 11 else { return .invalidPrefix }
        switch area {
        case 800, 833, 844, 855, 866, 877, 888: return .valid(.tollFree)
        case 900: return .valid(.premium)
        default: return .valid(.unknown)
        }
    }

    /// UK: 9–10 digits. `7x` mobile (10 digits) except `70` personal numbers (premium) and `76`
    /// pagers (unknown; `7624` is the Isle of Man's mobile range); `1`, `2` geographic; `3`
    /// UK-wide and `5` corporate (unknown); `80` free; `84`, `87`, `9` charged.
    static func checkGB(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 7:
            guard nsn.count == 10 else { return .invalidLength }
            switch nsn.leading(2) {
            case 70: return .valid(.premium)
            case 76: return .valid(nsn.leading(4) == 7624 ? .mobile : .unknown)
            default: return .valid(.mobile)
            }
        case 1: return length(nsn.count, 9...10, .landline)
        case 2: return length(nsn.count, 10...10, .landline)
        case 3, 5: return length(nsn.count, 10...10, .unknown)
        case 8:
            switch nsn.leading(2) {
            case 80: return length(nsn.count, 9...10, .tollFree)
            case 84, 87: return length(nsn.count, 10...10, .premium)
            default: return length(nsn.count, 10...10, .unknown)
            }
        case 9: return length(nsn.count, 10...10, .premium)
        default: return .invalidPrefix
        }
    }

    /// Germany: variable length, 6–13 digits (area code and subscriber number vary, and
    /// companies add direct-dial digits). `15x` mobile (11 digits), `16x`/`17x` mobile
    /// (10–11); `800` free, `900` premium; `10`, `11`, `14` are not subscriber ranges; other
    /// `1x` services and `700` personal numbers unknown; `2`–`9` geographic.
    static func checkDE(_ nsn: PhoneDigits) -> Verdict {
        switch nsn[0] {
        case 0: return .invalidPrefix
        case 1:
            switch nsn.leading(2) {
            case 15: return length(nsn.count, 11...11, .mobile)
            case 16, 17: return length(nsn.count, 10...11, .mobile)
            case 10, 11, 14: return .invalidPrefix
            default: return length(nsn.count, 6...13, .unknown)
            }
        default:
            switch nsn.leading(3) {
            case 800: return length(nsn.count, 10...11, .tollFree)
            case 900: return length(nsn.count, 10...11, .premium)
            case 700: return length(nsn.count, 10...11, .unknown)
            default: return length(nsn.count, 6...13, .landline)
            }
        }
    }

    /// France: 9 digits. `1`–`5` and `9` landline (`9` is the boxes' VoIP range, fixed
    /// lines in practice); `6`, `7` mobile; `80` free; other `8x` charged.
    static func checkFR(_ nsn: PhoneDigits) -> Verdict {
        let type: PhoneType
        switch nsn[0] {
        case 1...5, 9: type = .landline
        case 6, 7: type = .mobile
        case 8: type = nsn.count > 1 && nsn[1] == 0 ? .tollFree : .premium
        default: return .invalidPrefix
        }
        return length(nsn.count, 9...9, type)
    }

    /// Spain: 9 digits, no trunk prefix. `6`, `7` mobile; `800`, `900` free; other `80x`,
    /// `90x` charged; other `8x`, `9x` geographic.
    static func checkES(_ nsn: PhoneDigits) -> Verdict {
        let type: PhoneType
        switch nsn[0] {
        case 6, 7: type = .mobile
        case 8, 9:
            if nsn.count > 1, nsn[1] == 0 {
                type = nsn.count > 2 && nsn[2] == 0 ? .tollFree : .premium
            } else {
                type = .landline
            }
        default: return .invalidPrefix
        }
        return length(nsn.count, 9...9, type)
    }
}
