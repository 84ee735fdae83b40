import GoldenCore

private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// The CSV state machine behind ``CSVReader``: a chunk of input, the row being built and the
/// line count, kept in one non-copyable value so the hot loop works on plain stored properties.
///
/// A row's fields are collected in one byte buffer with the end offset of each field; runs of
/// ordinary bytes are found with a byte-class table and copied in bulk.
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

    let options: CSVOptions
    private let input: UnsafeMutableRawBufferPointer
    /// For each byte value, which scans stop at it (``unquotedStop``, ``quotedStop``).
    private let byteClasses: UnsafeMutablePointer<UInt8>
    private var position = 0
    private var limit = 0
    private var sourceEnded = false
    private var checkedByteOrderMark = false

    /// The 1-based physical line of ``position``.
    private var line = 1
    /// Whether the last line break consumed was a CR, so that an LF right after it is not
    /// counted again.
    private var afterCR = false

    // The row being read (internal for the `CSVParser+` extensions).
    /// The fields' bytes, one after the other.
    var content: [UInt8] = []
    /// Where each finished field ends in ``content``.
    var ends: [Int] = []
    /// A second buffer the same size as ``content``, for transcoding into.
    var spare: [UInt8] = []
    var problems = Problems()
    private var raw: [UInt8] = []
    /// Where the current field starts in ``content``.
    private var fieldStart = 0
    /// The chunk index at which the row passes ``CSVOptions/maxRowBytes`` (it moves back by a
    /// chunk's length at each refill). Every byte kept is checked against it by its index, so
    /// what a row keeps does not depend on where the chunks happen to break.
    private var budgetEnd = Int.max
    /// Whether the current field starts within the row limit. A row past the limit keeps the
    /// fields that start within it, the last of them cut short.
    private var fieldKept = true
    /// ``CSVOptions/maxRowBytes``, clamped so that index arithmetic cannot overflow.
    private let maxRowBytes: Int

    init(options: CSVOptions) {
        self.options = options
        maxRowBytes = min(options.maxRowBytes, Int.max / 2)
        input = .allocate(byteCount: Self.chunkSize, alignment: 16)
        byteClasses = .allocate(capacity: 256)
        byteClasses.initialize(repeating: 0, count: 256)
        for byte in [lineFeed, carriageReturn] { byteClasses[Int(byte)] = Self.unquotedStop | Self.quotedStop }
        byteClasses[Int(options.delimiter)] |= Self.unquotedStop
        byteClasses[Int(options.quote)] |= Self.quotedStop
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
        var rawStart = position
        let quote = options.quote
        let delimiter = options.delimiter
        while true {
            if position == limit {
                if state != .rowStart { keepRaw(rawStart..<limit) }
                let consumed = limit
                let more = try refill(from: source)
                rawStart = 0
                budgetEnd -= consumed
                guard more else {
                    if state == .rowStart { return nil }
                    if state == .quoted { problems.note(.unbalancedQuote) }
                    if state == .fieldStart { fieldKept = position < budgetEnd }
                    endField()
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
                rawStart = position
                budgetEnd = position + maxRowBytes
                state = .fieldStart
            case .fieldStart:
                fieldKept = position < budgetEnd
                if base[position] == quote {
                    position += 1
                    state = .quoted
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let stop = scan(base, mask: Self.unquotedStop)
                appendToField(position..<stop)
                position = stop
                guard stop < limit else { continue }
                position += 1
                let byte = base[stop]
                endField()
                if byte == delimiter {
                    state = .fieldStart
                    continue
                }
                line += 1
                afterCR = byte == carriageReturn
                keepRaw(rawStart..<stop)
                return finishRow(line: rowLine)
            case .quoted:
                let stop = scan(base, mask: Self.quotedStop)
                if stop > position {
                    afterCR = false
                    appendToField(position..<stop)
                }
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
                appendToField(stop..<stop + 1)
            case .quoteInQuoted:
                let byte = base[position]
                if byte == quote {
                    appendToField(position..<position + 1)
                    position += 1
                    state = .quoted
                } else if byte == delimiter {
                    endField()
                    position += 1
                    state = .fieldStart
                } else if byte == lineFeed || byte == carriageReturn {
                    line += 1
                    afterCR = byte == carriageReturn
                    keepRaw(rawStart..<position)
                    endField()
                    position += 1
                    return finishRow(line: rowLine)
                } else {
                    // Keep the closing quote (the byte before this one) as a literal character.
                    problems.note(.unexpectedQuote(field: ends.count))
                    appendToField(position - 1..<position, byte: quote)
                    state = .unquoted
                }
            }
        }
    }

    /// The index of the first byte from ``position`` whose class has `mask`, or ``limit``.
    @inline(__always)
    private func scan(_ base: UnsafePointer<UInt8>, mask: UInt8) -> Int {
        let classes = UnsafePointer(byteClasses)
        let end = limit
        var index = position
        while index < end && classes[Int(base[index])] & mask == 0 { index += 1 }
        return index
    }

    private mutating func beginRow() {
        content.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        raw.removeAll(keepingCapacity: true)
        fieldStart = 0
        budgetEnd = Int.max
        problems = Problems()
    }

    /// Adds the input bytes at `range` (chunk indices) to the current field, as far as the row
    /// and field limits allow. `byte` stands in for the bytes of a one-byte range that may lie
    /// in the previous chunk.
    @inline(__always)
    private mutating func appendToField(_ range: Range<Int>, byte: UInt8? = nil) {
        var end = range.upperBound
        if end > budgetEnd {
            problems.note(.oversizedRow)
            end = max(budgetEnd, range.lowerBound)
        }
        let count = end - range.lowerBound
        guard count > 0 else { return }
        let room = options.maxFieldBytes - (content.count - fieldStart)
        if count > room { problems.note(.oversizedField(field: ends.count)) }
        let kept = min(count, room)
        guard kept > 0 else { return }
        if let byte {
            content.append(byte)
        } else {
            content.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[range.lowerBound..<range.lowerBound + kept]))
        }
    }

    /// Ends the current field, unless it started past the row limit.
    private mutating func endField() {
        guard fieldKept else {
            problems.note(.oversizedRow)
            return
        }
        ends.append(content.count)
        fieldStart = content.count
    }

    /// Keeps the input bytes at `range` (chunk indices) as raw bytes of the row, up to
    /// ``CSVOptions/maxRowBytes``.
    private mutating func keepRaw(_ range: Range<Int>) {
        let end = min(range.upperBound, budgetEnd)
        if end < range.upperBound { problems.note(.oversizedRow) }
        guard end > range.lowerBound else { return }
        raw.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[range.lowerBound..<end]))
    }

    /// Decodes the row's fields and hands the row out.
    private mutating func finishRow(line rowLine: Int) -> CSVRow {
        checkEncoding()
        return CSVRow(line: rowLine, problem: problems.first, raw: raw, content: content, ends: ends)
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
