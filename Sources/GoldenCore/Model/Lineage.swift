/// Where a stored record or event came from: the file, the place in it, and the ingest batch.
public struct Lineage: Hashable, Sendable, Codable {
    /// Path of the input file, relative to the workspace when it lies inside it.
    public var file: String
    /// 1-based line where the row starts (CSV), or where the element starts (XML).
    public var line: Optional<Int>
    /// XML element path such as `/members/member[42]`.
    public var elementPath: Optional<String>
    /// The ingest batch (one per distinct file content); assigned by the store.
    public var batch: Optional<Int64>

    public init(file: String, line: Int? = nil, elementPath: String? = nil, batch: Int64? = nil) {
        self.file = file
        self.line = line
        self.elementPath = elementPath
        self.batch = batch
    }

    /// The location of this lineage, for messages.
    public var location: SourceLocation {
        SourceLocation(file: file, line: line, elementPath: elementPath)
    }
}
