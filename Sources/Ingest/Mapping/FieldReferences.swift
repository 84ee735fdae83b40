/// The distinct field references (CSV column names or XML paths) a mapping reads, each given an index
/// that expressions use. A file resolves the table once, not per row.
public struct FieldReferences: Hashable, Sendable {
    public private(set) var names: [String] = []
    /// Where each name was first used, as a config key path, for errors such as a missing column.
    public private(set) var usedAt: [String] = []
    private var indices: [String: Int] = [:]

    public init() {}

    /// The index for `name`, adding it on first use.
    public mutating func index(for name: String, usedAt keyPath: String) -> Int {
        if let index = indices[name] { return index }
        let index = names.count
        names.append(name)
        usedAt.append(keyPath)
        indices[name] = index
        return index
    }

    public var count: Int { names.count }
}
