/// Junk numbers typed to get past a required field: treated as missing, never matched.
///
/// A number is a placeholder when its digits — all of them as written, or the national
/// significant number after the calling code — are six or more of
/// - one digit repeated (`0000000000`, `1111111`, `999999999`, `+44 7777 777777`), or
/// - a run counting up or down (`123456789`, `1234567890`, `0123456789`, `01234 567890`,
///   `+1 123-456-7890`, `987654321`);
///
/// and, in the NANP, when the exchange is `555` and the line number `0100`–`0199`
/// (`(602) 555-0142`): the range reserved for fiction, never assigned to a subscriber. Other
/// `555` numbers (`555-1212`, directory assistance) are real and are kept.
enum PhonePlaceholders {
    /// The fewest digits a run or repetition needs to count as junk.
    static let minimumDigits = 6

    /// Whether `digits` are a repetition or a run.
    @inline(__always)
    static func isJunk(_ digits: PhoneDigits) -> Bool {
        digits.count >= minimumDigits && (digits.isOneDigitRepeated || digits.isRun)
    }

    /// Whether a 10-digit NANP number is in a fictional `NXX-555-01XX` range.
    @inline(__always)
    static func isFictionalNANP(_ nsn: PhoneDigits) -> Bool {
        nsn.count == 10 && nsn.number(3..<6) == 555 && nsn.number(6..<8) == 1
    }

    /// Whether a 7-digit NANP local number is `555-01XX`.
    @inline(__always)
    static func isFictionalNANPLocal(_ local: PhoneDigits) -> Bool {
        local.count == 7 && local.number(0..<3) == 555 && local.number(3..<5) == 1
    }
}
