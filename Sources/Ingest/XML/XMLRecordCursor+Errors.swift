import CGoldenXML
import GoldenCore

/// Turning what libxml2 reports into `GoldenError`s that carry positions and names, never values.
extension XMLRecordCursor {
    /// The error that ends reading, once libxml2 failed.
    func failure() -> GoldenError {
        if let failure = input.failure { return Self.inputError(failure, file: file) }
        // An unsafe DOCTYPE explains any error that follows it (entity loops, undeclared entities).
        if let refusal = doctypeRefusal() { return refusal }
        var error = golden_xml_error()
        guard golden_xml_reader_error(reader, &error) == 1 else {
            return parseError("the XML parser stopped without reporting why", line: nil)
        }
        let location = SourceLocation(
            file: file, line: error.line > 0 ? Int(error.line) : nil,
            column: error.column > 0 ? Int(error.column) : nil)
        switch Int(error.kind) {
        case GOLDEN_XML_ERROR_ENCODING:
            return GoldenError(
                .parse,
                "malformed XML: bytes that are not valid in the document's encoding, or a character "
                    + "XML does not allow (encoding errors end the whole file)", at: location)
        case GOLDEN_XML_ERROR_ENTITY_EXPANSION:
            return GoldenError(.unsafeInput, "entity expansion refused (entity loop or amplification)", at: location)
        case GOLDEN_XML_ERROR_REFUSED_DOCTYPE:
            let message = error.message.map { String(cString: $0) } ?? "the DOCTYPE"
            return GoldenError(.unsafeInput, "refused: " + message, at: location)
        case GOLDEN_XML_ERROR_EMPTY_DOCUMENT:
            return GoldenError(.parse, "malformed XML: the document has no root element", at: location)
        case GOLDEN_XML_ERROR_DOCUMENT_END:
            return GoldenError(
                .parse, "malformed XML: the document ends early (an unclosed element, or no root element) "
                    + "or has content after its root element", at: location)
        default:
            let message = error.message.map { String(cString: $0) } ?? ""
            return GoldenError(.parse, "malformed XML: " + Self.tidy(message), at: location)
        }
    }

    /// `.unsafeInput` when the DOCTYPE read so far declares entities or names an external DTD.
    func doctypeRefusal() -> GoldenError? {
        let flags = Int(golden_xml_reader_doctype(reader))
        let line = golden_xml_reader_doctype_line(reader)
        let location = SourceLocation(file: file, line: line > 0 ? line : nil)
        if flags & GOLDEN_XML_DOCTYPE_DECLARES_ENTITIES != 0 {
            return GoldenError(
                .unsafeInput,
                "refused: the DOCTYPE declares entities (XML entities are never expanded: "
                    + "external entities and entity-expansion bombs)", at: location)
        }
        if flags & GOLDEN_XML_DOCTYPE_EXTERNAL_ID != 0 {
            return GoldenError(
                .unsafeInput, "refused: the DOCTYPE references an external DTD (SYSTEM or PUBLIC identifier)",
                at: location)
        }
        return nil
    }

    func parseError(_ message: String, line: Int?) -> GoldenError {
        GoldenError(.parse, "malformed XML: " + message, at: SourceLocation(file: file, line: line))
    }

    func unsafeError(_ message: String, line: Int?) -> GoldenError {
        GoldenError(.unsafeInput, "refused: " + message, at: SourceLocation(file: file, line: line))
    }

    /// The source's own `GoldenError` (say, a corrupt gzip stream) passes through unchanged.
    static func inputError(_ error: any Error, file: String) -> GoldenError {
        if var golden = error as? GoldenError {
            if golden.location == nil { golden.location = SourceLocation(file: file) }
            return golden
        }
        return GoldenError(
            .io, "reading the input failed", at: SourceLocation(file: file),
            cause: XMLInputFailure(description: String(describing: error)))
    }

    /// libxml2's first line, without its trailing blanks; it may name elements, attributes or
    /// entities, not values (the C side already cut the raw bytes libxml2 adds on later lines).
    static func tidy(_ message: String) -> String {
        let trimmed = message.trimmingSuffix { $0 == " " || $0 == "\n" }
        return trimmed.isEmpty ? "the XML parser reported an error" : trimmed
    }
}

/// A source error that is not a `GoldenError`, kept as text so that it can cross threads.
struct XMLInputFailure: Error, Sendable, CustomStringConvertible {
    var description: String
}

extension String {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
