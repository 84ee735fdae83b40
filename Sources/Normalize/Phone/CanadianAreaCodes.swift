/// The NANP area codes assigned to Canada, so that a `+1` number can be told Canadian or
/// American (every other `+1` number is taken as US; the Caribbean members of the plan are not
/// told apart).
enum CanadianAreaCodes {
    /// Whether `areaCode` (three digits as a number, `416`) is Canadian.
    @inline(__always)
    static func contains(_ areaCode: Int) -> Bool {
        guard areaCode >= 200, areaCode < 1000 else { return false }
        return bits[areaCode >> 6] & (1 << UInt64(areaCode & 63)) != 0
    }

    static let codes = [
        // Alberta
        368, 403, 587, 780, 825,
        // British Columbia
        236, 250, 257, 604, 672, 778,
        // Manitoba
        204, 431, 584,
        // New Brunswick, Nova Scotia, Prince Edward Island
        428, 506, 782, 902,
        // Newfoundland and Labrador
        709, 879,
        // Ontario
        226, 249, 289, 343, 365, 382, 416, 437, 519, 548, 613, 647, 683, 705, 742, 753, 807, 905, 942,
        // Quebec
        263, 354, 367, 418, 438, 450, 468, 514, 579, 581, 819, 873,
        // Saskatchewan
        306, 474, 639,
        // Yukon, Northwest Territories, Nunavut
        867,
        // Canada-wide non-geographic
        600, 622, 633, 644, 655, 677, 688,
    ]

    /// One bit per code 0–1023.
    private static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for code in codes { bits[code >> 6] |= 1 << UInt64(code & 63) }
        return bits
    }()
}
