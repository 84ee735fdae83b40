/// The character encoding a feed is declared to use (`csv.encoding` in a mapping file).
///
/// Readers hand out UTF-8 whatever the input: UTF-8 input is validated, single-byte input is
/// transcoded (``transcodeToUTF8(_:appendingTo:)``).
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8. Invalid sequences are reported, never silently repaired at the byte level.
    case utf8 = "utf-8"
    /// ISO-8859-1: every byte is the code point of the same value, so `80`–`9F` are C1 controls.
    case latin1 = "latin-1"
    /// Windows code page 1252: ISO-8859-1 with printable characters (`€`, `‘`, `™`, …) in
    /// `80`–`9F`. The five bytes the code page leaves undefined (`81 8D 8F 90 9D`) map to the C1
    /// control of the same value, as the WHATWG Encoding Standard does, so no byte is lost.
    case windows1252 = "windows-1252"
}
