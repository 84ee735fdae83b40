/// Clusters counted by size in fixed bins: 1, 2, 3, 4, 5–9, 10–49, 50 and more.
///
/// Encoded as an object keyed by the bins' labels: `{"1": 812, "2": 90, …, "50+": 0}`.
public struct ClusterSizeHistogram: Hashable, Sendable {
    /// The bins' labels, in order.
    public static let labels = ["1", "2", "3", "4", "5-9", "10-49", "50+"]

    /// Clusters per bin, in the order of ``labels``.
    public private(set) var counts = Array(repeating: 0, count: labels.count)

    public init() {}

    /// The bin of a cluster of `size` records (at least 1).
    public static func bin(ofSize size: Int) -> Int {
        switch size {
        case ...4: max(size, 1) - 1
        case 5...9: 4
        case 10...49: 5
        default: 6
        }
    }

    /// Counts one cluster of `size` records.
    public mutating func add(size: Int) { counts[Self.bin(ofSize: size)] += 1 }

    /// The clusters in the bin labelled `label` (`"5-9"`); 0 for an unknown label.
    public subscript(label: String) -> Int {
        Self.labels.firstIndex(of: label).map { counts[$0] } ?? 0
    }
}

extension ClusterSizeHistogram: Codable {
    private struct Label: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Label.self)
        for (bin, label) in Self.labels.enumerated() {
            counts[bin] = try container.decodeIfPresent(Int.self, forKey: Label(stringValue: label)) ?? 0
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Label.self)
        for (bin, label) in Self.labels.enumerated() {
            try container.encode(counts[bin], forKey: Label(stringValue: label))
        }
    }
}
