/// How many changes of each kind one publish carried.
public struct ChangeCounts: Hashable, Sendable, Codable {
    public var created = 0
    public var updated = 0
    public var merged = 0
    public var split = 0
    public var retired = 0

    public init() {}

    /// Every change, whatever its kind.
    public var total: Int { created + updated + merged + split + retired }

    /// Counts one change of `kind`.
    public mutating func count(_ kind: GoldenChange.Kind) {
        switch kind {
        case .created: created += 1
        case .updated: updated += 1
        case .merged: merged += 1
        case .split: split += 1
        case .retired: retired += 1
        }
    }

    /// `created 3, updated 1, merged 1`: the kinds with a count, in feed order.
    public var text: String {
        let parts = GoldenChange.Kind.allCases.compactMap { kind -> String? in
            let value = self[kind]
            return value == 0 ? nil : "\(kind.rawValue) \(value)"
        }
        return parts.isEmpty ? "no changes" : parts.joined(separator: ", ")
    }

    /// The count of `kind`.
    public subscript(kind: GoldenChange.Kind) -> Int {
        switch kind {
        case .created: created
        case .updated: updated
        case .merged: merged
        case .split: split
        case .retired: retired
        }
    }
}
