/// An XML element name to look for: a local name, optionally in one namespace.
///
/// `XMLName(localName: "member")` matches `<member>` in any namespace (or none);
/// `XMLName(namespaceURI: "urn:golden:loyalty:1", localName: "member")` matches it only in that
/// namespace, whatever prefix the document uses for it (`<member xmlns="urn:…">`, `<l:member>`).
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace the element must be in; `nil` means any namespace, including none.
    public var namespaceURI: String?
    /// The name without its prefix: `member` for `<l:member>`.
    public var localName: String

    /// A name in one namespace, or in any namespace when `namespaceURI` is `nil`.
    public init(namespaceURI: String? = nil, localName: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
    }

    /// Clark notation: `{urn:golden:loyalty:1}member`, or `member` for any namespace.
    public var description: String {
        guard let namespaceURI else { return localName }
        return "{\(namespaceURI)}\(localName)"
    }
}
