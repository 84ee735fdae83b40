/// Gives one customer's rendered records their story: draws it, moves the dates, and adds the
/// events that only the story makes — loyalty activity, messages, service cases, forum
/// sentiment and shares. Each kind of addition draws from its own stream, seeded with the
/// customer index, so one never shifts another.
enum Storyteller {
    static func tell(_ customer: inout CustomerRecords, _ person: Person, asOf: Int64, seed: UInt64) -> Storyline {
        let index = UInt64(person.index)
        var stories = SplitMix64(seed: seed, stream: .stories, index: index)
        let storyline = Storyline.cast(customer.facts(person), asOf: asOf, &stories)
        if storyline.story == .new {
            customer.compress(into: storyline.changeDay!, asOf: asOf)
        } else {
            customer.retimeActivity(storyline)
        }
        customer.schedulePurchases(storyline, &stories)
        var community = SplitMix64(seed: seed, stream: .community, index: index)
        CommunityStory.tell(&customer.profiles, storyline, &community)
        customer.settleRecordDates(asOf: asOf)

        var loyalty = SplitMix64(seed: seed, stream: .loyaltyActivity, index: index)
        for member in customer.memberships.indices {
            customer.memberships[member].activity = LoyaltyActivity.events(
                for: customer.memberships[member], storyline, &loyalty)
        }
        var messages = SplitMix64(seed: seed, stream: .messages, index: index)
        let opened = customer.accounts.map { floorDivide($0.created, 86_400) }
        let leaving = storyline.story == .unsubscriber ? opened.indices.min { opened[$0] < opened[$1] } : nil
        for account in customer.accounts.indices {
            customer.accounts[account].messages = Messaging.sends(
                opened: opened[account], storyline, unsubscribes: account == leaving, &messages)
        }
        var service = SplitMix64(seed: seed, stream: .cases, index: index)
        let cases = ServiceCases.cases(storyline, &service)
        if !cases.isEmpty {
            if !customer.accounts.isEmpty, customer.memberships.isEmpty || service.chance(0.6) {
                customer.accounts[0].cases = cases
            } else if !customer.memberships.isEmpty {
                customer.memberships[0].cases = cases
            }
        }
        return storyline
    }
}
