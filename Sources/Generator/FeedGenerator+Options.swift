import GoldenCore

extension FeedGenerator {
    /// What to generate besides the customer count and seed: trouble rates, country mix, file
    /// splitting and the fixed "today" that record dates count back from.
    public struct Options: Sendable, Hashable {
        /// The date the feeds are exported on. Records are dated before it; nothing depends on
        /// the wall clock, so the same inputs give the same bytes on any day.
        public var asOf: CivilDate
        /// The most rows in one part file (receipt lines for POS, elements for XML feeds).
        public var partSize: Int
        /// How often each kind of trouble happens.
        public var rates: TroubleRates
        /// Relative share of customers living in each country. Missing countries get none.
        public var countryMix: [Country: Double]
        /// zlib level for the `.gz` feeds, 1 (fastest) … 9 (smallest).
        public var compressionLevel: Int
        /// How many records each feed holds back to shuffle its output order; larger windows
        /// spread one customer's records further apart.
        public var shuffleWindow: Int
        /// The share of each feed's records (0 ≤ share < 1) written to a later delivery instead:
        /// `delta/feeds/…/STEM_delta_NNN.EXT` under the output folder, mirroring `feeds/`. Copying
        /// that tree's files into `feeds/` after a first run gives an incremental run new rows of
        /// existing and new customers alike. 0 (the default) writes no delta.
        public var holdBack: Double

        /// Options with the given values; every default is the one the fixtures use.
        public init(
            asOf: CivilDate = CivilDate(year: 2026, month: 6, day: 30)!,
            partSize: Int = 250_000,
            rates: TroubleRates = TroubleRates(),
            countryMix: [Country: Double] = [.gb: 0.45, .us: 0.35, .de: 0.07, .fr: 0.07, .es: 0.06],
            compressionLevel: Int = 6,
            shuffleWindow: Int = 2048,
            holdBack: Double = 0
        ) {
            self.asOf = asOf
            self.partSize = partSize
            self.rates = rates
            self.countryMix = countryMix
            self.compressionLevel = compressionLevel
            self.shuffleWindow = shuffleWindow
            self.holdBack = holdBack
        }

        /// Checks the options, naming the first bad one.
        func validate() throws {
            func fail(_ message: String) -> GoldenError { GoldenError(.usage, message) }
            guard partSize >= 1 else { throw fail("partSize must be at least 1") }
            guard (1...9).contains(compressionLevel) else { throw fail("compressionLevel must be 1…9") }
            guard shuffleWindow >= 1 else { throw fail("shuffleWindow must be at least 1") }
            guard holdBack >= 0, holdBack < 1 else { throw fail("holdBack must be at least 0 and below 1") }
            guard countryMix.values.allSatisfy({ $0 >= 0 }), countryMix.values.contains(where: { $0 > 0 })
            else { throw fail("countryMix needs a positive weight for at least one country") }
            for trouble in Trouble.allCases where !(0...1).contains(rates[trouble]) {
                throw fail("rate of \(trouble.rawValue) must be between 0 and 1")
            }
            guard 2 * rates.twin <= rates.household else {
                throw fail("household rate must be at least twice the twin rate (twins live with their parents)")
            }
            guard 2 * rates.twin + 2 * rates.namesake + 1.5 * (rates.household - 2 * rates.twin) <= 1 else {
                throw fail("household, twin and namesake rates together exceed the population")
            }
            guard asOf.year >= 1990 else { throw fail("asOf must be 1990 or later") }
        }
    }
}
