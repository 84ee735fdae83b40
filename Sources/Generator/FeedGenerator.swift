import GoldenCore

/// Generates realistic retail customer feeds — POS, loyalty, web shop and forum, with the
/// loyalty activity, marketing messages and service cases around them — with the truth of which
/// records belong to the same person and the story of how each customer behaves over time.
///
/// The output is a pure function of the customer count, the seed and the options: the same
/// inputs give byte-identical files. Customer `i` is derived from (seed, i) alone (see
/// ``Population``), so memory stays bounded however many customers are generated.
///
/// ```swift
/// let summary = try FeedGenerator.generate(customers: 2_000, seed: 42, outputDirectory: "out")
/// ```
///
/// The layout and formats are described in <doc:FEEDS> (`Sources/Generator/Generator.docc/FEEDS.md`).
public enum FeedGenerator {
    /// Writes the feeds, `stories.csv` and `truth.csv` for `customers` customers under `outputDirectory`
    /// (created if missing; existing files of the same names are replaced).
    ///
    /// - Complexity: O(customers) time; memory bounded by `options.shuffleWindow`.
    /// - Throws: `GoldenError` with code `usage` for invalid options, `io` when a file cannot
    ///   be written.
    @discardableResult
    public static func generate(
        customers: Int, seed: UInt64, outputDirectory: String, options: Options = Options()
    ) throws -> GenerationSummary {
        try options.validate()
        precondition(customers >= 0, "customers must not be negative")
        let population = Population(customers: customers, seed: seed, options: options)
        let root = outputDirectory.hasSuffix("/") && outputDirectory.count > 1
            ? String(outputDirectory.dropLast()) : outputDirectory
        let keys = Keys(seed: seed)
        let truth = try TruthFile(root: root)
        let stories = try StoriesFile(root: root)
        let cases = try ServiceCases(root: root, options: options)
        let messaging = try Messaging(root: root, options: options)
        let activity = try LoyaltyActivity(root: root, options: options)
        let pos = try PosFeed(root: root, options: options, seed: seed, truth: truth)
        let loyalty = try LoyaltyFeed(
            root: root, options: options, seed: seed, truth: truth, activity: activity, cases: cases)
        let ecommerce = try EcommerceFeed(
            root: root, options: options, seed: seed, keys: keys, truth: truth, messaging: messaging, cases: cases)
        let community = try CommunityFeed(root: root, options: options, seed: seed, truth: truth)

        var tally = TroubleTally()
        // Visit customers in a scrambled order, so households and index neighbours do not sit
        // together in the files.
        var orderGenerator = SplitMix64(seed: seed, stream: .order, index: 0)
        let order = Permutation(domain: UInt64(max(customers, 1)), key: orderGenerator.next())
        for position in 0..<customers {
            let person = population.person(at: Int(order.apply(UInt64(position))))
            countPopulationTroubles(person, options: options, &tally)
            var generator = SplitMix64(seed: seed, stream: .records, index: UInt64(person.index))
            let plan = RecordPlanner.plan(person, options: options, &generator, &tally)
            let memberships = plan.filter { $0.source == .loyalty }.count
            // Render every record first (drawing as always), then let the story date them.
            var customer = CustomerRecords()
            for record in plan {
                let context = RecordContext(
                    person: person, record: record, loyaltyMemberships: memberships, options: options, keys: keys)
                switch record.source {
                case .pos: customer.receipts.append(pos.render(context, &generator, &tally))
                case .loyalty: customer.memberships.append(loyalty.render(context, &generator, &tally))
                case .ecommerceAccounts: customer.accounts.append(ecommerce.render(context, &generator, &tally))
                case .communityProfiles: customer.profiles.append(community.render(context, &generator, &tally))
                }
            }
            let storyline = Storyteller.tell(&customer, person, asOf: options.asOf.daysSinceEpoch, seed: seed)
            try stories.add(person.entityID, storyline)
            for receipt in customer.receipts { try pos.push(receipt) }
            for membership in customer.memberships { try loyalty.push(membership) }
            for account in customer.accounts { try ecommerce.push(account) }
            for profile in customer.profiles { try community.push(profile) }
        }
        try pos.finish()
        try loyalty.finish()
        try ecommerce.finish()
        try community.finish()
        try activity.close()
        try messaging.close()
        try cases.close()
        try stories.close()
        try truth.close()

        return GenerationSummary(
            entities: customers,
            records: [
                .pos: pos.records, .loyalty: loyalty.records, .ecommerceAccounts: ecommerce.records,
                .communityProfiles: community.records,
            ],
            rows: [
                "pos": pos.rows, "members": loyalty.rows, "accounts": ecommerce.accountRows,
                "orders": ecommerce.orderRows, "profiles": community.profileRows,
                "activity": community.activityRows, "loyalty_activity": activity.rows,
                "messages": messaging.rows, "cases_accounts": cases.rows(.accounts),
                "cases_members": cases.rows(.members),
            ],
            files: pos.files + loyalty.files + activity.files + ecommerce.files + messaging.files
                + community.files + cases.files + ["stories.csv", "truth.csv"],
            troubles: tally.byTrouble, stories: stories.counts)
    }

    /// Counts the troubles that belong to the customer rather than to one record.
    private static func countPopulationTroubles(_ person: Person, options: Options, _ tally: inout TroubleTally) {
        tally.record(.household, applied: person.role.sharesHome)
        tally.record(.twin, applied: person.role == .twin)
        tally.record(.namesake, applied: person.role == .namesake)
        tally.record(.moved, applied: person.movedOn != nil)
        if person.canMarry { tally.record(.marriedName, applied: person.birthFamilyName != nil) }
    }
}
