extension CSVParser {
    /// Turns the spans recorded while scanning into the fields handed out, then validates
    /// (UTF-8) or transcodes (single-byte encodings) the text.
    ///
    /// Spans need work only in a row with doubled quotes (decoded into a copy) or past the row
    /// limit (clamped to the raw bytes kept); scanning already applied the field limit to the
    /// others. An all-ASCII or valid UTF-8 row needs one pass over its raw bytes.
    mutating func resolveFields() {
        var used = rawCount
        if rowHasDoubledQuotes || problems.oversizedRow { resolveSpans(appendingAt: &used) }
        let raw = UnsafeRawBufferPointer(start: storage.bytes, count: rawCount)
        if options.encoding == .utf8 {
            // Fields split valid UTF-8 only at ASCII bytes, so a valid row has valid fields;
            // a cut field may end mid-character, but its size problem outranks the encoding.
            if problems.first == nil && !UTF8Validator.isValid(raw) { validateFields() }
        } else if !UTF8Validator.isASCII(raw) {
            transcodeFields(appendingAt: &used)
        }
    }

    /// Clamps every span to the raw bytes kept, decodes doubled quotes and applies the field
    /// limit to the decoded fields.
    private mutating func resolveSpans(appendingAt used: inout Int) {
        for field in 0..<fieldCount {
            let slot = 2 * field
            var start = storage.spans[slot]
            let hasDoubledQuotes = start < 0
            if hasDoubledQuotes { start = ~start }
            var end = min(storage.spans[slot + 1], rawCount)
            start = min(start, end)
            if hasDoubledQuotes { (start, end) = undoubleQuotes(start..<end, appendingAt: &used) }
            if end - start > options.maxFieldBytes {
                problems.note(.oversizedField(field: field))
                end = start + options.maxFieldBytes
            }
            storage.spans[slot] = start
            storage.spans[slot + 1] = end
        }
    }

    /// The bytes of a resolved field.
    private func bytes(ofField field: Int) -> UnsafeRawBufferPointer {
        let start = storage.spans[2 * field]
        return UnsafeRawBufferPointer(start: storage.bytes + start, count: storage.spans[2 * field + 1] - start)
    }

    /// Copies the quoted field content at `range` to offset `used` with each doubled quote made
    /// single; returns the copy's span. A lone quote ends the quoting (``CSVProblem/unexpectedQuote(field:)``):
    /// it and everything after it are copied as they are, as the scanner read them.
    private mutating func undoubleQuotes(_ range: Range<Int>, appendingAt used: inout Int) -> (Int, Int) {
        storage.reserveBytes(used + range.count, keeping: used)
        let bytes = storage.bytes
        let quote = options.quote
        let start = used
        var output = used
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            bytes[output] = byte
            output += 1
            if byte == quote {
                if index + 1 < range.upperBound && bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                let rest = range.upperBound - index - 1
                (bytes + output).update(from: bytes + index + 1, count: rest)
                output += rest
                break
            }
            index += 1
        }
        used = output
        return (start, output)
    }

    /// Reports the first field that is not well-formed UTF-8.
    private mutating func validateFields() {
        for field in 0..<fieldCount where !UTF8Validator.isValid(bytes(ofField: field)) {
            problems.note(.invalidUTF8(field: field))
            return
        }
    }

    /// Rewrites each non-ASCII field as UTF-8 after the bytes in use, and points its span there.
    private mutating func transcodeFields(appendingAt used: inout Int) {
        let encoding = options.encoding
        for field in 0..<fieldCount {
            let slot = 2 * field
            let length = storage.spans[slot + 1] - storage.spans[slot]
            guard !UTF8Validator.isASCII(bytes(ofField: field)) else { continue }
            storage.reserveBytes(used + length * TextEncoding.maxUTF8BytesPerByte, keeping: used)
            let written = encoding.transcodeToUTF8(bytes(ofField: field), into: storage.bytes + used)
            storage.spans[slot] = used
            storage.spans[slot + 1] = used + written
            used += written
        }
    }
}
