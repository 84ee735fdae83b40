import GoldenCore

extension MatchModel {
    /// The fingerprint of a list of comparisons: the SHA-256, in hex, of their names,
    /// attributes, term-frequency flags and level names, in order.
    ///
    /// Two lists have the same fingerprint exactly when a model trained for one applies to the
    /// other. Thresholds are part of the level names (`jaro_winkler>=0.92`), so changing one
    /// changes the fingerprint.
    /// - Complexity: O(*L*) in the total length of the names.
    public static func fingerprint(of comparisons: ComparisonSet) -> String {
        // Fields are separated by control bytes that no name or level contains.
        var bytes: [UInt8] = Array("golden-match-model/\(formatVersion)".utf8)
        for comparison in comparisons.comparisons {
            bytes.append(0x1D)
            bytes += comparison.name.utf8
            bytes.append(0x1F)
            bytes += comparison.attribute.rawValue.utf8
            bytes.append(0x1F)
            bytes.append(comparison.termFrequency ? 0x31 : 0x30)
            for level in comparison.levelNames {
                bytes.append(0x1E)
                bytes += level.utf8
            }
        }
        return SHA256.hex(bytes)
    }
}
