#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The arithmetic of Fellegi–Sunter weights: base-2 logarithms of Bayes factors, and the
/// probabilities they turn back into.
///
/// A weight *w* is log₂ of a Bayes factor: a level with `m = 0.9` and `u = 0.01` weighs
/// log₂(90) ≈ 6.49, so agreeing there makes a match 90 times more likely than before. A pair's
/// weight is the prior's weight plus its levels' weights, and its probability 2ʷ / (1 + 2ʷ).
public enum MatchWeight {
    /// The smallest probability a parameter (m, u, the prior) takes, and one minus the largest:
    /// keeps every weight finite.
    public static let epsilon = 1e-6

    /// `value` clamped into [``epsilon``, 1 − ``epsilon``]; ``epsilon`` for NaN.
    @inlinable
    public static func clamped(_ value: Double) -> Double {
        guard !value.isNaN else { return epsilon }
        return min(max(value, epsilon), 1 - epsilon)
    }

    /// The weight of the Bayes factor `m / u`: log₂(m / u).
    public static func weight(m: Double, u: Double) -> Double { binaryLog(m / u) }

    /// log₂ of a ratio: the weight of a Bayes factor given as one number.
    public static func weight(ratio: Double) -> Double { binaryLog(ratio) }

    /// The weight of a prior probability λ: log₂(λ / (1 − λ)).
    public static func priorWeight(_ prior: Double) -> Double { binaryLog(prior / (1 - prior)) }

    /// The probability of a weight, 2ʷ / (1 + 2ʷ), computed without overflow for any weight:
    /// it rounds to 1 above a weight of about 53 (a `Double`'s precision) and to 0 below about
    /// −1,074.
    ///
    /// - Complexity: O(1).
    public static func probability(weight: Double) -> Double {
        if weight >= 0 { return 1 / (1 + binaryExp(-weight)) }
        let odds = binaryExp(weight)
        return odds / (1 + odds)
    }
}

/// log₂ from the C library (a file-level name, so the members above do not shadow it).
private func binaryLog(_ value: Double) -> Double { log2(value) }

/// 2ˣ from the C library.
private func binaryExp(_ value: Double) -> Double { exp2(value) }
