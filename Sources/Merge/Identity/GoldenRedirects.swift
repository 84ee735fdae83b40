import GoldenCore

/// Where retired golden ids point: each retired id redirects to the id that took over its
/// records, which may itself have been retired later. ``resolve(_:)`` follows the chain to the
/// live id at its end.
///
/// Redirects never form a cycle: ``add(retired:into:)`` refuses an id that is already retired
/// and a redirect whose target resolves back to the id being retired, so every chain ends.
///
/// ```swift
/// var redirects = GoldenRedirects()
/// try redirects.add(retired: GoldenID(sequence: 7), into: GoldenID(sequence: 4))   // run 1
/// try redirects.add(retired: GoldenID(sequence: 4), into: GoldenID(sequence: 2))   // run 2
/// redirects.resolve(GoldenID(sequence: 7))   // GoldenID(sequence: 2)
/// redirects.resolve(GoldenID(sequence: 2))   // GoldenID(sequence: 2): live
/// ```
public struct GoldenRedirects: Hashable, Sendable {
    /// Each retired id's direct target, by sequence.
    private var target: [UInt64: GoldenID] = [:]

    /// No redirects.
    public init() {}

    /// The redirects `pairs`, added in order with ``add(retired:into:)``.
    public init(_ pairs: some Sequence<(retired: GoldenID, into: GoldenID)>) throws(GoldenError) {
        for pair in pairs { try add(retired: pair.retired, into: pair.into) }
    }

    /// How many ids are retired.
    public var count: Int { target.count }

    /// Whether `id` has been retired.
    public func isRetired(_ id: GoldenID) -> Bool { target[id.sequence] != nil }

    /// The id `id` was redirected to when it was retired (one step), or `nil` for a live id.
    public func redirect(of id: GoldenID) -> GoldenID? { target[id.sequence] }

    /// The live id that `id` now stands for: `id` itself unless it was retired, else the end of
    /// its chain of redirects.
    ///
    /// - Complexity: O(length of the chain).
    public func resolve(_ id: GoldenID) -> GoldenID {
        var current = id
        while let next = target[current.sequence] { current = next }
        return current
    }

    /// Records that `retired` now redirects to `into`.
    ///
    /// - Throws: ``GoldenError/Code/goldenRedirect`` when `retired` is already retired (to
    ///   another id; adding the same redirect again changes nothing) or when `into` resolves to
    ///   `retired` — which would close a cycle.
    /// - Complexity: O(length of `into`'s chain).
    public mutating func add(retired: GoldenID, into: GoldenID) throws(GoldenError) {
        if let existing = target[retired.sequence] {
            if existing == into { return }
            throw GoldenError(
                .goldenRedirect, "golden id \(retired) is already redirected to \(existing), not \(into)")
        }
        guard resolve(into) != retired else {
            throw GoldenError(.goldenRedirect, "redirecting golden id \(retired) to \(into) would close a cycle")
        }
        target[retired.sequence] = into
    }

    /// Records the retirements of one ``IdentityAssignment``.
    public mutating func add(_ retirements: [Retirement]) throws(GoldenError) {
        for retirement in retirements { try add(retired: retirement.id, into: retirement.into) }
    }

    /// Every retired id with the live id it resolves to, oldest retired id first: what a store
    /// writes so that each lookup is one step.
    ///
    /// - Complexity: O(*n*) amortized for *n* retired ids: each chain is walked once.
    public func flattened() -> [(retired: GoldenID, live: GoldenID)] {
        var live: [UInt64: GoldenID] = [:]
        live.reserveCapacity(target.count)
        var path: [UInt64] = []
        for start in target.keys {
            var current = start
            // Walk until a live id or an id already resolved, then fill in the path.
            var end: GoldenID?
            while end == nil {
                if let known = live[current] {
                    end = known
                } else if let next = target[current] {
                    path.append(current)
                    current = next.sequence
                } else {
                    end = GoldenID(sequence: current)
                }
            }
            for sequence in path { live[sequence] = end! }
            path.removeAll(keepingCapacity: true)
        }
        return live.map { (GoldenID(sequence: $0.key), $0.value) }.sorted { $0.retired < $1.retired }
    }
}

extension GoldenError.Code {
    /// A golden-id redirect was refused: the id is already retired, or it would close a cycle.
    public static let goldenRedirect = GoldenError.Code("golden-redirect")
}
