import GoldenCore

extension PhoneNormalizer {
    /// What reading a number gave, while its digits are still in the scan buffer: plain data,
    /// made into a ``PhoneNumber`` (and its strings) once.
    struct Outcome {
        var status: ValueStatus
        var code: Code? = nil
        var type: PhoneType = .unknown
        var country: String? = nil
        var callingCode = 0
        /// The national significant number of a valid number, or the subscriber digits of a
        /// partial one; points into the scan buffer.
        var digits: PhoneDigits? = nil

        static var placeholder: Outcome { Outcome(status: .placeholder, code: .placeholder) }

        static func invalid(_ code: Code, country: String? = nil) -> Outcome {
            Outcome(status: .invalid, code: code, country: country)
        }

        /// The number, with `raw` and the extension digits.
        func phoneNumber(raw: String, extensionDigits: UnsafeBufferPointer<UInt8>) -> PhoneNumber {
            var e164: String? = nil
            var localDigits: String? = nil
            if let digits {
                if status == .partial {
                    localDigits = String(utf8Bytes: digits.bytes)
                } else {
                    e164 = PhoneNormalizer.e164(callingCode, digits)
                }
            }
            let keepsExtension = status != .placeholder && !extensionDigits.isEmpty
            return PhoneNumber(
                raw: raw, e164: e164, country: country,
                extensionDigits: keepsExtension ? String(utf8Bytes: extensionDigits) : nil,
                localDigits: localDigits, type: type, status: status)
        }
    }

    /// The finding codes of phone numbers.
    enum Code: String, CaseIterable {
        case invalidCharacters = "phone.invalid_characters"
        case invalidLength = "phone.invalid_length"
        case invalidPrefix = "phone.invalid_prefix"
        case unknownCountry = "phone.unknown_country"
        case unsupportedCountry = "phone.unsupported_country"
        case placeholder = "phone.placeholder"
        case noAreaCode = "phone.no_area_code"
        case missingTrunkPrefix = "phone.missing_trunk_prefix"

        var kind: Finding.Kind {
            switch self {
            case .invalidCharacters, .invalidLength, .invalidPrefix, .unknownCountry, .unsupportedCountry: .invalid
            case .placeholder: .placeholder
            case .noAreaCode: .partial
            case .missingTrunkPrefix: .corrected
            }
        }
    }

    /// `+`, the calling code, the national significant number.
    static func e164(_ code: Int, _ nsn: PhoneDigits) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 &+ nsn.count) { buffer in
            buffer[0] = ASCII.plus
            var count = 1
            var divisor = code >= 100 ? 100 : code >= 10 ? 10 : 1
            while divisor > 0 {
                buffer[count] = UInt8(truncatingIfNeeded: code / divisor % 10) &+ 0x30
                count &+= 1
                divisor /= 10
            }
            for byte in nsn.bytes {
                buffer[count] = byte
                count &+= 1
            }
            return String(utf8Bytes: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }
}
