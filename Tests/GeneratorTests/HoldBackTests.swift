import Foundation
import GoldenCore
import Testing
@testable import Generator

/// `holdBack`: a share of each feed's records goes to a later delivery under `delta/`, and the two
/// deliveries together hold exactly the rows of a run without it.
@Suite struct HoldBackTests {
    /// Feed stems by folder, as the generator parts them (`STEM_NNN.EXT`).
    static let feeds = [
        "feeds/pos/pos_", "feeds/loyalty/members_", "feeds/loyalty/activity/activity_", "feeds/ecommerce/accounts_",
        "feeds/ecommerce/orders_", "feeds/community/profiles_", "feeds/community/activity_",
        "feeds/messaging/messages_",
    ]

    static let whole = Result { try GeneratedFeeds(customers: 700, seed: 42) }
    static let split = Result { try GeneratedFeeds(customers: 700, seed: 42, options: .init(holdBack: 0.1)) }

    /// The lines of `text`, each with its newline.
    private func lines(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in text.enumerated() where byte == 10 {
            result.append(text[start...index])
            start = index + 1
        }
        if start < text.count { result.append(text[start...]) }
        return result
    }

    /// The lines of a feed's parts other than `frame` (the header and footer lines every part has).
    private func recordLines(of parts: [String], in feeds: GeneratedFeeds, frame: Set<[UInt8]>) throws -> [[UInt8]] {
        var result: [[UInt8]] = []
        for part in parts {
            result += lines(try feeds.text(part)).map(Array.init).filter { !frame.contains($0) }
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test(arguments: feeds)
    func bothDeliveriesTogetherHoldEveryRowOnce(feed: String) throws {
        let whole = try Self.whole.get(), split = try Self.split.get()
        let mainParts = split.files(feed)
        let deltaParts = split.files("delta/" + feed.replacingOccurrences(of: "_", with: "_delta_", options: .backwards))
        let wholeParts = whole.files(feed)
        try #require(!wholeParts.isEmpty && !mainParts.isEmpty && !deltaParts.isEmpty, "\(feed) has parts in both deliveries")

        // The lines the first part of each delivery share at their start and end are the frame
        // (header, footer; in XML also a record's closing tag, which is then left out everywhere).
        let first = lines(try split.text(mainParts[0])), held = lines(try split.text(deltaParts[0]))
        let header = zip(first, held).prefix { $0 == $1 }.map { Array($0.0) }
        let footer = zip(first.reversed(), held.reversed()).prefix { $0 == $1 }.map { Array($0.0) }
        let frame = Set(header + footer)
        let expected = try recordLines(of: wholeParts, in: whole, frame: frame)
        let main = try recordLines(of: mainParts, in: split, frame: frame)
        let delta = try recordLines(of: deltaParts, in: split, frame: frame)

        #expect((main + delta).sorted { $0.lexicographicallyPrecedes($1) } == expected, "\(feed): the deliveries differ from one whole run")
        // About a tenth held back: well inside 4…20% for feeds of this size.
        let share = Double(delta.count) / Double(max(1, expected.count))
        #expect(share > 0.04 && share < 0.2, "\(feed): \(delta.count) of \(expected.count) lines held back")
    }

    @Test func truthAndStoriesCoverBothDeliveries() throws {
        let whole = try Self.whole.get(), split = try Self.split.get()
        #expect(try whole.bytes("truth.csv") == split.bytes("truth.csv"))
        #expect(try whole.bytes("stories.csv") == split.bytes("stories.csv"))
        #expect(whole.summary.rows == split.summary.rows)
        #expect(whole.summary.records == split.summary.records)
        #expect(!whole.summary.files.contains { $0.hasPrefix("delta/") })
        #expect(split.summary.files.contains { $0.hasPrefix("delta/feeds/pos/pos_delta_") })
    }

    @Test func theSameRunHoldsBackTheSameRecords() throws {
        let again = try GeneratedFeeds(customers: 700, seed: 42, options: .init(holdBack: 0.1))
        defer { again.remove() }
        let split = try Self.split.get()
        #expect(again.summary.files == split.summary.files)
        for file in split.summary.files { #expect(try again.bytes(file) == split.bytes(file), "\(file)") }
    }

    @Test func aLaterRunWithoutHoldBackRemovesTheOldDelta() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("golden-holdback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try GeneratedFeeds(customers: 200, seed: 3, options: .init(holdBack: 0.2), root: root)
        #expect(FileManager.default.fileExists(atPath: root.path + "/delta/feeds/pos/pos_delta_001.csv"))
        _ = try GeneratedFeeds(customers: 200, seed: 3, root: root)
        #expect(!FileManager.default.fileExists(atPath: root.path + "/delta/feeds/pos/pos_delta_001.csv"))
    }

    @Test(arguments: [-0.1, 1.0, 1.5])
    func sharesOutsideZeroToOneAreRefused(share: Double) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("golden-holdback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: GoldenError.self) {
            try FeedGenerator.generate(customers: 10, seed: 1, outputDirectory: root.path, options: .init(holdBack: share))
        }
    }
}
