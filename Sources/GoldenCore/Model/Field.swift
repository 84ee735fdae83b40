/// One named value of a record. A record may carry the same name more than once
/// (all the e-mails of an account, all the cards of a member).
public struct Field: Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == Field {
    /// The first value for `name`, if any.
    public func first(_ name: String) -> String? {
        first(where: { $0.name == name })?.value
    }

    /// Every value for `name`, in order.
    public func all(_ name: String) -> [String] {
        compactMap { $0.name == name ? $0.value : nil }
    }
}
