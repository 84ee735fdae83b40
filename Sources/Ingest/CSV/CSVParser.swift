import GoldenCore

private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// The CSV state machine behind ``CSVReader``: a chunk of input, the row being built and the
/// line count, kept in one non-copyable value so the hot loop works on plain stored properties.
///
/// A row's raw bytes are copied once into its storage; a field is recorded as a span of them
/// (row offsets), its end found eight bytes at a time. Only fields that need decoding (doubled
/// quotes, a single-byte encoding) get a decoded copy, when the row is finished
/// (`CSVParser+Fields.swift`).
struct CSVParser: ~Copyable {
    /// The size of one read from the byte source.
    static let chunkSize = 64 * 1024

    /// Where the parser is within a row.
    private enum State {
        /// Before the first byte of a row; empty lines are skipped here.
        case rowStart
        /// At the first byte of a field.
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: a doubled quote, or the field's end.
        case quoteInQuoted
    }

    private static let unquotedStop: UInt8 = 1
    private static let quotedStop: UInt8 = 2
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    let options: CSVOptions
    /// ``CSVOptions/maxRowBytes``, clamped so that offset arithmetic cannot overflow.
    let maxRowBytes: Int
    private let input: UnsafeMutableRawBufferPointer
    /// For each byte value, which scans stop at it (``unquotedStop``, ``quotedStop``).
    private let byteClasses: UnsafeMutablePointer<UInt8>
    /// The delimiter, the quote and the line-break bytes, each repeated in all eight bytes of a
    /// word, for scanning eight bytes at a time.
    private let delimiterWord: UInt64
    private let quoteWord: UInt64
    private let lineFeedWord = UInt64(lineFeed) &* lowBits
    private let carriageReturnWord = UInt64(carriageReturn) &* lowBits
    private var position = 0
    private var limit = 0
    private var sourceEnded = false
    private var checkedByteOrderMark = false

    /// The 1-based physical line of ``position``.
    private var line = 1
    /// Whether the last line break consumed was a CR, so that an LF right after it is not
    /// counted again.
    private var afterCR = false

    // The row being read. Offsets are row offsets: 0 is the row's first byte, whichever chunk
    // it is in. Internal for the `CSVParser+` extensions.
    /// Where the row's bytes are kept; replaced when a row handed out still holds it.
    var storage = CSVRowStorage()
    /// ``storage``'s span area and its capacity, cached for the hot loop.
    private var spans: UnsafeMutablePointer<Int>
    private var spanCapacity: Int
    /// The raw bytes kept so far, at most ``maxRowBytes``.
    var rawCount = 0
    /// The fields recorded so far; ``storage`` holds (start, end) for each, the start
    /// bit-inverted (negative) when the field has doubled quotes to decode.
    var fieldCount = 0
    /// Whether some field has doubled quotes to decode.
    var rowHasDoubledQuotes = false
    var problems = Problems()
    /// The row offset of index 0 of the current chunk.
    private var chunkOffset = 0
    /// The row offset where the current field's content starts (after an opening quote).
    private var fieldBegin = 0
    /// Whether the current field starts within the row limit. A row past the limit keeps the
    /// fields that start within it, the last of them cut short.
    private var fieldKept = true
    /// Whether the current field has doubled quotes.
    private var fieldHasDoubledQuotes = false

    init(options: CSVOptions) {
        self.options = options
        spans = storage.spans
        spanCapacity = storage.spanCapacity
        maxRowBytes = min(options.maxRowBytes, Int.max / 4)
        input = .allocate(byteCount: Self.chunkSize, alignment: 16)
        byteClasses = .allocate(capacity: 256)
        byteClasses.initialize(repeating: 0, count: 256)
        for byte in [lineFeed, carriageReturn] { byteClasses[Int(byte)] = Self.unquotedStop | Self.quotedStop }
        byteClasses[Int(options.delimiter)] |= Self.unquotedStop
        byteClasses[Int(options.quote)] |= Self.quotedStop
        delimiterWord = UInt64(options.delimiter) &* Self.lowBits
        quoteWord = UInt64(options.quote) &* Self.lowBits
    }

    deinit {
        input.deallocate()
        byteClasses.deallocate()
    }

    /// Reads the next row, or returns nil at the end of the input.
    mutating func nextRow(from source: any ByteSource) throws -> CSVRow? {
        if !checkedByteOrderMark { try skipByteOrderMark(from: source) }
        beginRow()
        var state = State.rowStart
        var rowLine = line
        let quote = options.quote
        let delimiter = options.delimiter
        while true {
            if position == limit {
                if state != .rowStart { keepRaw(upTo: limit) }
                chunkOffset += limit
                guard try refill(from: source) else {
                    switch state {
                    case .rowStart: return nil
                    case .fieldStart: beginField(at: 0)
                    case .quoted: problems.note(.unbalancedQuote)
                    case .unquoted, .quoteInQuoted: break
                    }
                    endField(at: 0, afterClosingQuote: state == .quoteInQuoted)
                    return finishRow(line: rowLine)
                }
            }
            let base = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
            switch state {
            case .rowStart:
                let byte = base[position]
                if byte == lineFeed || byte == carriageReturn {
                    position += 1
                    if byte == carriageReturn || !afterCR { line += 1 }
                    afterCR = byte == carriageReturn
                    continue
                }
                afterCR = false
                rowLine = line
                chunkOffset = -position
                state = .fieldStart
            case .fieldStart:
                beginField(at: position)
                if base[position] == quote {
                    position += 1
                    fieldBegin += 1
                    state = .quoted
                    continue
                }
                state = .unquoted
                fallthrough
            case .unquoted:
                // Unquoted fields follow one another here without going round the outer loop.
                while true {
                    let stop = scan(base, mask: Self.unquotedStop, for: delimiterWord)
                    position = stop
                    guard stop < limit else { break }
                    position += 1
                    endField(at: stop, afterClosingQuote: false)
                    let byte = base[stop]
                    if byte == delimiter {
                        guard position < limit, base[position] != quote else {
                            state = .fieldStart
                            break
                        }
                        beginField(at: position)
                        continue
                    }
                    line += 1
                    afterCR = byte == carriageReturn
                    keepRaw(upTo: stop)
                    return finishRow(line: rowLine)
                }
            case .quoted:
                let stop = scan(base, mask: Self.quotedStop, for: quoteWord)
                if stop > position { afterCR = false }
                position = stop
                guard stop < limit else { continue }
                position += 1
                let byte = base[stop]
                if byte == quote {
                    afterCR = false
                    state = .quoteInQuoted
                    continue
                }
                if byte == carriageReturn || !afterCR { line += 1 }
                afterCR = byte == carriageReturn
            case .quoteInQuoted:
                let byte = base[position]
                if byte == quote {
                    fieldHasDoubledQuotes = true
                    position += 1
                    state = .quoted
                } else if byte == delimiter {
                    endField(at: position, afterClosingQuote: true)
                    position += 1
                    state = .fieldStart
                } else if byte == lineFeed || byte == carriageReturn {
                    line += 1
                    afterCR = byte == carriageReturn
                    keepRaw(upTo: position)
                    endField(at: position, afterClosingQuote: true)
                    position += 1
                    return finishRow(line: rowLine)
                } else {
                    // The closing quote and what follows it up to the delimiter stay literal.
                    problems.note(.unexpectedQuote(field: fieldCount))
                    state = .unquoted
                }
            }
        }
    }

    /// The index of the first byte from ``position`` that is a line break or `stopWord`'s byte
    /// (whose class has `mask`), or ``limit``.
    ///
    /// Eight bytes at a time: a byte equal to the pattern's is zero in `word ^ pattern`, and
    /// `(x - 0x01…) & ~x & 0x80…` flags zero bytes; the lowest flag is always a true one.
    @inline(__always)
    private func scan(_ base: UnsafePointer<UInt8>, mask: UInt8, for stopWord: UInt64) -> Int {
        let end = limit
        var index = position
        let words = UnsafeRawPointer(base)
        while index + 8 <= end {
            let word = UInt64(littleEndian: words.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let hits = Self.zeroBytes(word ^ stopWord) | Self.zeroBytes(word ^ lineFeedWord)
                | Self.zeroBytes(word ^ carriageReturnWord)
            if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
            index += 8
        }
        let classes = UnsafePointer(byteClasses)
        while index < end && classes[Int(base[index])] & mask == 0 { index += 1 }
        return index
    }

    /// The high bit of each byte of `x` that may be zero (exact for the lowest one).
    @inline(__always)
    private static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- lowBits) & ~x & (lowBits &* 0x80)
    }

    /// Starts a new row in a storage no row handed out still holds. A fresh storage starts
    /// small, so that callers keeping many rows do not each inherit the size of one huge row.
    private mutating func beginRow() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = CSVRowStorage()
            spans = storage.spans
            spanCapacity = storage.spanCapacity
        }
        rawCount = 0
        fieldCount = 0
        rowHasDoubledQuotes = false
        problems = Problems()
    }

    /// Starts a field whose first byte is at chunk index `index`.
    @inline(__always)
    private mutating func beginField(at index: Int) {
        fieldBegin = chunkOffset + index
        fieldKept = fieldBegin < maxRowBytes
        fieldHasDoubledQuotes = false
    }

    /// Records the current field, which ends before the delimiter or line end at chunk index
    /// `index` (and before its closing quote), unless it started past the row limit.
    @inline(__always)
    private mutating func endField(at index: Int, afterClosingQuote: Bool) {
        guard fieldKept else {
            problems.note(.oversizedRow)
            return
        }
        var end = chunkOffset + index - (afterClosingQuote ? 1 : 0)
        if fieldHasDoubledQuotes {
            rowHasDoubledQuotes = true
        } else if end - fieldBegin > options.maxFieldBytes {
            problems.note(.oversizedField(field: fieldCount))
            end = fieldBegin + options.maxFieldBytes
        }
        let slot = 2 * fieldCount
        if slot + 2 > spanCapacity {
            storage.reserveSpans(slot + 2, keeping: slot)
            spans = storage.spans
            spanCapacity = storage.spanCapacity
        }
        spans[slot] = fieldHasDoubledQuotes ? ~fieldBegin : fieldBegin
        spans[slot + 1] = end
        fieldCount += 1
    }

    /// Copies the row's bytes up to chunk index `index` into the storage, up to ``maxRowBytes``.
    private mutating func keepRaw(upTo index: Int) {
        let end = chunkOffset + index
        if end > maxRowBytes { problems.note(.oversizedRow) }
        let target = min(end, maxRowBytes)
        guard target > rawCount else { return }
        let count = target - rawCount
        if target > storage.byteCapacity { storage.reserveBytes(target, keeping: rawCount) }
        (storage.bytes + rawCount).update(
            from: input.baseAddress!.assumingMemoryBound(to: UInt8.self) + (rawCount - chunkOffset), count: count)
        rawCount = target
    }

    /// Decodes the row's fields and hands the row out.
    private mutating func finishRow(line rowLine: Int) -> CSVRow {
        resolveFields()
        return CSVRow(
            line: rowLine, problem: problems.first, fieldCount: fieldCount, rawCount: rawCount, storage: storage)
    }

    /// Reads the next chunk; false at the end of the input.
    private mutating func refill(from source: any ByteSource) throws -> Bool {
        let count = sourceEnded ? 0 : try source.read(into: input)
        position = 0
        limit = count
        if count == 0 { sourceEnded = true }
        return count > 0
    }

    /// Skips `EF BB BF` at the start of a UTF-8 file, reading as many times as it takes to see
    /// three bytes.
    private mutating func skipByteOrderMark(from source: any ByteSource) throws {
        checkedByteOrderMark = true
        guard options.encoding == .utf8 else { return }
        while limit < 3 && !sourceEnded {
            let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: input[limit...]))
            if count == 0 { sourceEnded = true }
            limit += count
        }
        if limit >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF { position = 3 }
    }
}
