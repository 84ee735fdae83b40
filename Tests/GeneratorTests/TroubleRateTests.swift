import Foundation
import Testing
@testable import Generator

/// Each kind of trouble happens at roughly its configured rate on a 2,000-customer sample, and
/// the junk it leaves is really in the files.
@Suite struct TroubleRateTests {
    let feeds = GeneratedFeeds.sample

    @Test(arguments: Trouble.allCases)
    func occursAtRoughlyItsRate(trouble: Trouble) throws {
        let count = try #require(feeds.summary.troubles[trouble])
        let rate = TroubleRates()[trouble]
        #expect(count.opportunities >= 300, "too few opportunities to judge \(trouble)")
        #expect(count.applied > 0)
        // Within a third of the rate, or three standard deviations for rare troubles.
        let sigma = (rate * (1 - rate) / Double(count.opportunities)).squareRoot()
        let tolerance = max(rate / 3, 3 * sigma)
        #expect(abs(count.observedRate - rate) <= tolerance, "\(trouble): \(count.observedRate) vs \(rate)")
    }

    @Test func zeroRatesGiveNoTroubles() throws {
        var options = FeedGenerator.Options()
        options.rates = TroubleRates().scaled(by: 0)
        let clean = try GeneratedFeeds(customers: 400, seed: 11, options: options)
        defer { clean.remove() }
        for trouble in Trouble.allCases where !trouble.isPopulationShape {
            #expect(clean.summary.troubles[trouble]?.applied == 0, "\(trouble)")
        }
    }

    @Test(arguments: [
        (["none@none.com", "noemail@noemail.com", "na@na.com", "x@x.com"], "feeds/"),
        (["1900-01-01", "01/01/1900"], "feeds/"), (["0000000000", "9999999999"], "feeds/"),
        (["googlemail.com"], "feeds/"), (["\""], "feeds/pos/"), (["&amp;"], "feeds/loyalty/"),
        (["<![CDATA["], "feeds/loyalty/"), (["&#"], "feeds/loyalty/"), (["xsi:nil=\"true\""], "feeds/loyalty/"),
    ])
    func junkAndEscapesReachTheFiles(needles: [String], prefix: String) throws {
        var found = false
        for file in feeds.files(prefix) where !found {
            let text = String(decoding: try feeds.text(file), as: UTF8.self)
            found = needles.contains { text.contains($0) }
        }
        #expect(found, "\(needles) not in \(prefix)")
    }
}
