// A conflict is stored flat: `{"attribute": "date_of_birth", "reason": "equal_trust", "values": [...]}`,
// the values read according to the attribute.

extension SurvivorshipConflict: Codable {
    enum CodingKeys: String, CodingKey {
        case attribute, reason, values
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reason = try container.decode(Reason.self, forKey: .reason)
        let attribute = try container.decode(GoldenAttribute.self, forKey: .attribute)
        switch attribute {
        case .name: values = .name(try container.decode([GoldenValue].self, forKey: .values))
        case .dateOfBirth: values = .dateOfBirth(try container.decode([GoldenValue].self, forKey: .values))
        case .gender: values = .gender(try container.decode([GoldenValue].self, forKey: .values))
        case .address: values = .address(try container.decode([GoldenValue].self, forKey: .values))
        case .email, .phone, .loyaltyCard, .accountId, .username:
            throw DecodingError.dataCorruptedError(
                forKey: .attribute, in: container, debugDescription: "multi-valued attributes have no conflicts")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attribute, forKey: .attribute)
        try container.encode(reason, forKey: .reason)
        switch values {
        case .name(let values): try container.encode(values, forKey: .values)
        case .dateOfBirth(let values): try container.encode(values, forKey: .values)
        case .gender(let values): try container.encode(values, forKey: .values)
        case .address(let values): try container.encode(values, forKey: .values)
        }
    }
}
