extension SurvivorshipSettings {
    /// The settings Golden ships: what `golden init` writes to `Mappings/survivorship.yml`, and
    /// what a workspace without that file uses.
    ///
    /// For identity, the loyalty programme (a sign-up form) is trusted most, then the web shop
    /// (typed by the customer), then the tills (typed by staff), then community profiles
    /// (nicknames, handles). E-mails trust the web shop first (its login address), usernames the
    /// community; phones and addresses follow the most recent observation, since people move and
    /// change numbers. Dates of birth report conflicts of equal trust for review.
    public static let defaults = SurvivorshipSettings(sourcePriority: ["loyalty", "ecommerce", "pos", "community"])
}

extension AttributeRules {
    /// The rules Golden ships for `attribute`.
    public static func defaults(for attribute: GoldenAttribute) -> AttributeRules {
        switch attribute {
        case .name:
            // A full given and family name beats an initial whatever its source; among full
            // names, trust decides (tills misspell), then how many records agree.
            AttributeRules([.mostComplete, .sourcePriority, .mostFrequent, .mostRecent, .longest])
        case .dateOfBirth:
            AttributeRules([.validOverInvalid, .sourcePriority, .mostFrequent, .mostRecent], conflicts: .review)
        case .gender:
            AttributeRules([.validOverInvalid, .sourcePriority, .mostRecent, .mostFrequent])
        case .email:
            AttributeRules(
                [.validOverInvalid, .sourcePriority, .mostRecent, .mostFrequent],
                sourcePriority: ["ecommerce", "loyalty", "community", "pos"])
        case .phone:
            AttributeRules([.validOverInvalid, .mostRecent, .sourcePriority, .mostFrequent])
        case .address:
            // Deliverable first (a street over a bare postcode), then the latest move.
            AttributeRules([.validOverInvalid, .mostComplete, .mostRecent, .sourcePriority, .mostFrequent])
        case .loyaltyCard:
            AttributeRules(
                [.sourcePriority, .mostRecent, .mostFrequent], sourcePriority: ["loyalty", "pos", "ecommerce", "community"])
        case .accountId:
            AttributeRules([.sourcePriority, .mostRecent, .mostFrequent])
        case .username:
            AttributeRules(
                [.sourcePriority, .mostRecent, .mostFrequent], sourcePriority: ["community", "ecommerce", "loyalty", "pos"])
        }
    }
}
