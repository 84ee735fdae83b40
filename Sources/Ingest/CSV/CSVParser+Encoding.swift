extension CSVParser {
    /// Makes the finished row's fields UTF-8: validates them in a UTF-8 file, transcodes them
    /// from a single-byte encoding. An all-ASCII row (the common case) is checked in one pass.
    mutating func checkEncoding() {
        let isASCII = content.withUnsafeBytes { UTF8Validator.isASCII($0) }
        guard !isASCII else { return }
        if options.encoding == .utf8 {
            validateFields()
        } else {
            transcodeFields()
        }
    }

    private mutating func validateFields() {
        content.withUnsafeBytes { bytes in
            var start = 0
            for (field, end) in ends.enumerated() {
                if !UTF8Validator.isValid(UnsafeRawBufferPointer(rebasing: bytes[start..<end])) {
                    problems.note(.invalidUTF8(field: field))
                    return
                }
                start = end
            }
        }
    }

    /// Rewrites the fields into the spare buffer as UTF-8, then swaps the buffers.
    private mutating func transcodeFields() {
        spare.removeAll(keepingCapacity: true)
        let encoding = options.encoding
        content.withUnsafeBytes { bytes in
            var start = 0
            for field in ends.indices {
                let end = ends[field]
                encoding.transcodeToUTF8(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), appendingTo: &spare)
                ends[field] = spare.count
                start = end
            }
        }
        swap(&content, &spare)
    }
}
