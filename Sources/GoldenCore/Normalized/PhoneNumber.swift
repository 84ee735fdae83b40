/// One telephone number, normalized, with the raw text it came from.
public struct PhoneNumber: Hashable, Sendable, Codable {
    public var raw: String
    /// E.164 (`+442079460000`) when the number is complete and valid for its country.
    public var e164: Optional<String>
    /// The country the number belongs to (ISO 3166-1 alpha-2), when known.
    public var country: Optional<String>
    /// The extension (`x123`, `ext. 123`), digits only.
    public var extensionDigits: Optional<String>
    /// The subscriber digits of a number without its area code (a 7-digit US local number), kept
    /// for partial matching when `e164` is `nil`.
    public var localDigits: Optional<String>
    public var type: PhoneType
    public var status: ValueStatus

    public init(
        raw: String, e164: String?, country: String?, extensionDigits: String? = nil,
        localDigits: String? = nil, type: PhoneType = .unknown, status: ValueStatus
    ) {
        self.raw = raw
        self.e164 = e164
        self.country = country
        self.extensionDigits = extensionDigits
        self.localDigits = localDigits
        self.type = type
        self.status = status
    }
}

/// What kind of line a phone number is, where the numbering plan tells.
public enum PhoneType: String, Hashable, Sendable, Codable, CaseIterable {
    case mobile
    case landline
    case tollFree = "toll_free"
    case premium
    /// Numbering plans where mobile and fixed lines share ranges (US/CA), or unknown ranges.
    case unknown
}
