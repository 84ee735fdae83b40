import ArgumentParser
import Foundation
import Generator

struct Fixtures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Test data with known truth.", subcommands: [Generate.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write deterministic retail feeds and truth.csv into a workspace folder.",
            discussion: """
                Writes feeds/pos, feeds/loyalty (members, and their redemptions and tiers under \
                activity/), feeds/ecommerce, feeds/community, feeds/messaging (e-mail and SMS sent, \
                opened, clicked, bounced, unsubscribed) and feeds/service (complaints and enquiries) in \
                the shapes the 'golden init' mappings read; truth.csv (source,record_key,entity_id); and \
                stories.csv (entity_id,story,change_day,cadence_days): how each customer behaves over \
                time — steady, new, lapsing, win_back, complainer, sentiment_dip, quiet_member or \
                unsubscriber. The same --customers and --seed always give byte-identical files.

                --hold-back 0.01 writes 1% of each feed's records to a later delivery instead, under \
                delta/feeds/ (same folders, files named STEM_delta_NNN): copy them into feeds/ after a \
                first 'golden run' to try an incremental run.
                """)

        @Option(help: "How many real people to generate.")
        var customers = 1000

        @Option(help: "Seed; the same seed gives the same files.")
        var seed: UInt64 = 1

        @Option(help: "The workspace folder to write into.")
        var out: String

        @Option(help: "Share of each feed's records (0 ≤ share < 1) written to delta/feeds/ as a later delivery.")
        var holdBack: Double = 0

        func run() throws {
            let started = Date()
            let summary = try guarded {
                try FeedGenerator.generate(
                    customers: customers, seed: seed, outputDirectory: out, options: FeedGenerator.Options(holdBack: holdBack))
            }
            let seconds = Date().timeIntervalSince(started)
            print("generated \(summary.entities) people as \(summary.totalRecords) source records in \(summary.files.count) files (\(String(format: "%.1f", seconds)) s)")
        }
    }
}
