import Foundation
import GoldenCore
import Testing
@testable import Generator

@Suite struct DeterminismTests {
    private func digests(_ feeds: GeneratedFeeds) throws -> [String: String] {
        var result: [String: String] = [:]
        for file in feeds.summary.files { result[file] = SHA256.hex(try feeds.bytes(file)) }
        return result
    }

    @Test func sameCustomersAndSeedGiveIdenticalBytes() throws {
        let first = try GeneratedFeeds(customers: 600, seed: 99)
        defer { first.remove() }
        let second = try GeneratedFeeds(customers: 600, seed: 99)
        defer { second.remove() }
        #expect(first.summary == second.summary)
        #expect(try digests(first) == digests(second))
    }

    @Test func differentSeedsGiveDifferentFeeds() throws {
        let first = try GeneratedFeeds(customers: 600, seed: 1)
        defer { first.remove() }
        let second = try GeneratedFeeds(customers: 600, seed: 2)
        defer { second.remove() }
        let a = try digests(first)
        let b = try digests(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for file in a.keys { #expect(a[file] != b[file], "\(file) is the same for both seeds") }
    }

    @Test func aCustomerDoesNotDependOnTheCustomerCount() {
        // Counter-based: customer i is the same whether 1,000 or 100,000 are generated
        // (apart from a trailing incomplete household group).
        let small = Population(customers: 1_000, seed: 5)
        let large = Population(customers: 100_000, seed: 5)
        for index in [0, 1, 17, 500, 995] {
            let a = small.person(at: index)
            let b = large.person(at: index)
            #expect(a.givenName == b.givenName && a.familyName == b.familyName)
            #expect(a.dateOfBirth == b.dateOfBirth && a.address == b.address && a.emails == b.emails)
        }
    }

    @Test func emptyPopulationWritesHeadersOnly() throws {
        let feeds = try GeneratedFeeds(customers: 0, seed: 3)
        defer { feeds.remove() }
        #expect(feeds.summary.totalRecords == 0)
        #expect(try feeds.truth().isEmpty)
        #expect(feeds.summary.files.count == 12)
        #expect(try feeds.text("stories.csv") == Array(StoriesFile.header.utf8))
        #expect(try feeds.text("feeds/pos/pos_001.csv") == Array(PosFeed.header.utf8))
    }
}
