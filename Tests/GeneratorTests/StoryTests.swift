import Foundation
import GoldenCore
import Testing
@testable import Generator

/// Each customer's story shows in the files: the dates, returns, complaints, messages and
/// sentiment engagement tests will assert transitions on.
@Suite struct StoryTests {
    let feeds = GeneratedFeeds.sample
    let asOf = FeedGenerator.Options().asOf.daysSinceEpoch

    @Test func everyCustomerHasOneStoryAndEveryStoryIsTold() throws {
        let stories = try feeds.stories()
        #expect(stories.count == feeds.summary.entities)
        #expect(Set(try feeds.truth().map(\.entity)) == Set(stories.keys))
        for story in Story.allCases {
            let count = stories.values.filter { $0.story == story }.count
            #expect(count >= 10, "only \(count) \(story) customers")
            #expect(feeds.summary.stories[story] == count)
        }
        for row in stories.values {
            #expect((row.changeDay == nil) == (row.story == .steady), "\(row.entity)")
            #expect(row.cadence >= 1)
            if let change = row.changeDay { #expect(change < asOf) }
        }
    }

    @Test(arguments: Story.allCases)
    func storyShowsInTheFeeds(story: Story) throws {
        let timelines = try feeds.timelines()
        let rows = try feeds.stories().values.filter { $0.story == story }
        try #require(!rows.isEmpty)
        for row in rows {
            let timeline = try #require(timelines[row.entity])
            let purchases = timeline.purchases.map(\.day).sorted()
            let change = row.changeDay ?? asOf
            let note = Comment(rawValue: "\(row.entity) \(story)")
            switch story {
            case .steady:
                if let last = purchases.last { #expect(asOf - last <= Int64(row.cadence), note) }
            case .new:
                #expect(timeline.everyDay.allSatisfy { $0 >= asOf - Int64(StoryShape.newWithin) - 1 }, note)
                #expect(timeline.everyDay.contains { $0 <= change }, note)
            case .lapsing:
                #expect(purchases.count >= 2, note)
                #expect(purchases.last == change, note)
                #expect(asOf - change >= 90, note)
                #expect(!timeline.messages.contains { $0.day > change && ["opened", "clicked"].contains($0.action) }, note)
                #expect(!timeline.posts.contains { $0.day > change }, note)
                #expect(!timeline.loyalty.contains { $0.day > change }, note)
            case .winBack:
                #expect(purchases.contains(change), note)
                let before = try #require(purchases.last { $0 < change }, note)
                #expect(change - before >= Int64(StoryShape.winBackGap), note)
                let active = timeline.posts.map(\.day) + timeline.loyalty.map(\.day)
                    + timeline.messages.filter { $0.action == "opened" || $0.action == "clicked" }.map(\.day)
                #expect(!active.contains { $0 > before && $0 < change }, note)
            case .complainer:
                #expect(timeline.cases.contains { $0.type == "complaint" && $0.day == change }, note)
                #expect(!purchases.contains { $0 > change }, note)
                let last = try #require(timeline.purchases.max { $0.day < $1.day }, note)
                #expect(timeline.purchases.contains { $0.day == last.day && $0.isReturn }, note)
            case .sentimentDip:
                let before = timeline.posts.filter { $0.day < change }.map(\.sentiment)
                let after = timeline.posts.filter { $0.day >= change }.map(\.sentiment)
                try #require(before.count >= 4 && after.count >= 4, note)
                let meanBefore = before.reduce(0, +) / Double(before.count)
                let meanAfter = after.reduce(0, +) / Double(after.count)
                #expect(meanBefore >= 0.2, note)
                #expect(meanAfter < meanBefore - 0.25, note)
            case .quietMember:
                #expect(timeline.posts.count >= CommunityStory.fervent, note)
                #expect(!timeline.posts.contains { $0.day > change }, note)
            case .unsubscriber:
                let leaving = try #require(timeline.messages.first { $0.action == "unsubscribed" }, note)
                #expect(leaving.day == change && leaving.channel == "email", note)
                #expect(!timeline.messages.contains {
                    $0.account == leaving.account && $0.channel == "email" && $0.action == "sent" && $0.day > change
                }, note)
            }
            if story != .complainer { #expect(!timeline.cases.contains { $0.type == "complaint" }, note) }
        }
    }

    @Test func returnsComplaintsOpensRedemptionsTiersAndSharesAreThere() throws {
        let timelines = Array(try feeds.timelines().values)
        #expect(timelines.contains { $0.purchases.contains(where: \.isReturn) })
        for action in ["sent", "opened", "clicked", "bounced", "unsubscribed"] {
            #expect(timelines.contains { $0.messages.contains { $0.action == action } }, "\(action)")
        }
        #expect(timelines.contains { $0.messages.contains { $0.channel == "sms" } })
        for type in ["redemption", "tier"] {
            #expect(timelines.contains { $0.loyalty.contains { $0.type == type } }, "\(type)")
        }
        for type in ["post", "reply", "like", "review", "share"] {
            #expect(timelines.contains { $0.posts.contains { $0.type == type } }, "\(type)")
        }
        #expect(timelines.contains { $0.cases.contains { $0.type == "enquiry" } })
    }

    @Test func aCustomersStoryDoesNotDependOnTheCustomerCount() throws {
        let small = try GeneratedFeeds(customers: 400, seed: 7)
        defer { small.remove() }
        let large = try GeneratedFeeds(customers: 700, seed: 7)
        defer { large.remove() }
        let a = try small.stories()
        let b = try large.stories()
        for entity in a.keys where Int(entity.dropFirst())! <= 396 {
            let (x, y) = (a[entity]!, b[entity]!)
            #expect(x.story == y.story && x.changeDay == y.changeDay && x.cadence == y.cadence, "\(entity)")
        }
    }

    @Test(arguments: [
        (StoryFacts(purchases: 0, accounts: 0, memberships: 0, profiles: 0, settled: false), [Story.steady]),
        (StoryFacts(purchases: 1, accounts: 0, memberships: 1, profiles: 0, settled: true), [.steady, .new, .complainer]),
        (StoryFacts(purchases: 3, accounts: 0, memberships: 0, profiles: 1, settled: false),
         [.steady, .lapsing, .winBack, .sentimentDip, .quietMember]),
        (StoryFacts(purchases: 0, accounts: 1, memberships: 0, profiles: 0, settled: false, firstAccountDay: 0),
         [.steady, .unsubscriber]),
    ])
    func storiesNeedTheirRecords(facts: StoryFacts, allowed: [Story]) {
        #expect(Story.allCases.filter { facts.allows($0, asOf: asOf) } == allowed)
        for index in 0..<50 {
            var generator = SplitMix64(seed: 1, stream: .stories, index: UInt64(index))
            var again = generator
            let storyline = Storyline.cast(facts, asOf: asOf, &generator)
            #expect(allowed.contains(storyline.story))
            let repeated = Storyline.cast(facts, asOf: asOf, &again)
            #expect(repeated.story == storyline.story && repeated.changeDay == storyline.changeDay)
            #expect(repeated.cadence == storyline.cadence)
        }
    }
}
