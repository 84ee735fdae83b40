/// Where in an input something happened: a file, and optionally a line and column, an XML element
/// path, and the key or field concerned.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line number, when known.
    public var line: Optional<Int>
    /// 1-based column number, when known.
    public var column: Optional<Int>
    /// XML element path such as `/members/member[42]`, when the input is XML.
    public var elementPath: Optional<String>
    /// The configuration key or record field concerned, e.g. `sources[1].mapping`.
    public var key: Optional<String>

    public init(
        file: String, line: Int? = nil, column: Int? = nil, elementPath: String? = nil,
        key: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.elementPath = elementPath
        self.key = key
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        if let elementPath { text += " \(elementPath)" }
        if let key { text += " [\(key)]" }
        return text
    }
}
