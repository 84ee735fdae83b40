/// An error raised by Golden, with a code, a human message, where in the input it came from,
/// and the underlying cause.
///
/// Messages never carry personal data: they name files, lines, fields and keys, not values.
public struct GoldenError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Extensible: stages add their own codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// A configuration file is invalid (exit code 2).
        public static let config = Code("config")
        /// The command line is invalid (exit code 2).
        public static let usage = Code("usage")
        /// Reading or writing a file failed.
        public static let io = Code("io")
        /// Input bytes could not be parsed (a whole file, not one row).
        public static let parse = Code("parse")
        /// A compressed stream is corrupt or truncated.
        public static let compression = Code("compression")
        /// Input was refused for safety (XML external entities, entity expansion).
        public static let unsafeInput = Code("unsafe-input")
        /// The store could not be read or written.
        public static let store = Code("store")
    }

    public var code: Code
    public var message: String
    public var location: Optional<SourceLocation>
    public var cause: (any Error & Sendable)?

    public init(
        _ code: Code, _ message: String, at location: SourceLocation? = nil,
        cause: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.cause = cause
    }

    /// `--> file:line:col (key): message`, the way a compiler points at a place.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += message
        if let cause { text += " (caused by: \(cause))" }
        return text
    }

    /// Exit code the CLI uses for this error: 2 for usage and configuration, 1 otherwise.
    public var exitCode: Int32 { code == .config || code == .usage ? 2 : 1 }
}
