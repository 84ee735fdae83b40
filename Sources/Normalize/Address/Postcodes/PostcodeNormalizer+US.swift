import GoldenCore

extension PostcodeNormalizer {
    /// A US ZIP code: `77078`, `77078-4909`, `77078 4909`, `770784909`.
    ///
    /// Spreadsheets drop the leading zeros of New England, New Jersey, Puerto Rico and military
    /// ZIPs (`02134` → `2134`, `00501` → `501`); a ZIP of 3 or 4 digits (alone or before a `+4`)
    /// gets them back when the state is one whose ZIPs start with zeros and the restored ZIP's
    /// first three digits belong to that state (``zeroPrefixedStates``), with a
    /// `postcode.leading_zero_restored` finding. Without such a state it is invalid.
    static func unitedStates(
        _ c: PostcodeCharacters, state: String?, findings: inout [Finding]
    ) -> Result? {
        guard c.isUsable, c.isAllDigits else { return nil }
        let zipLength: Int
        if let group = c.firstGroup {
            zipLength = group
        } else {
            switch c.count {
            case 9: zipLength = 5
            case 8: zipLength = 4
            default: zipLength = c.count
            }
        }
        let plusFourLength = c.count - zipLength
        guard plusFourLength == 0 || plusFourLength == 4, zipLength >= 3, zipLength <= 5 else { return nil }
        return c.withCharacters { s -> Result? in
            let zeros = 5 - zipLength
            func digit(_ position: Int) -> Int { position < zeros ? 0 : Int(s[position - zeros] - 48) }
            let prefix = digit(0) * 100 + digit(1) * 10 + digit(2)
            if zeros > 0 {
                guard let state, let ranges = zeroPrefixedStates[state],
                    ranges.contains(where: { $0.contains(prefix) })
                else { return nil }
                findings.append(Finding(.postcode, .corrected, "postcode.leading_zero_restored"))
            }
            guard prefix >= 5 else { return nil }
            return Result(
                postcode: PostcodeCharacters.format(s, 0..<zipLength, zeros: zeros),
                plusFour: plusFourLength == 0 ? nil : PostcodeCharacters.format(s, zipLength..<c.count))
        }
    }

    /// Whether `bytes` looks like a ZIP or ZIP+4 (5 or 9 digits, the extension optionally after
    /// a hyphen or space): with a US state, enough to take the country for the US.
    static func isZIPShaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = PostcodeCharacters(bytes)
        guard c.isUsable, c.isAllDigits else { return false }
        switch c.firstGroup {
        case nil: return c.count == 5 || c.count == 9
        case 5?: return c.count == 9
        default: return false
        }
    }

    /// The states whose ZIPs begin with a zero, and the first three digits of their ZIPs.
    static let zeroPrefixedStates: [String: [ClosedRange<Int>]] = [
        "MA": [10...27, 55...55],
        "RI": [28...29],
        "NH": [30...38],
        "ME": [39...49],
        "VT": [50...54, 56...59],
        "CT": [60...69],
        "NJ": [70...89],
        "PR": [6...7, 9...9],
        "VI": [8...8],
        "NY": [5...5, 63...63],  // Holtsville (00501, 00544) and Fishers Island (06390)
        "AE": [90...98],  // Armed Forces Europe
    ]
}
