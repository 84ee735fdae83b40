import GoldenCore

/// Lays a table's columns out in rows: assigns each compared attribute its cells, freezes the
/// pools and runs, and copies every record's values into its row.
///
/// A row: cell 0 the flags; per text attribute with at most one value, its value's number; per
/// multi-valued text attribute a run, and its term value when a comparison weighs it by term
/// frequency; a date in 2 cells, e-mails and phones as runs, a postcode in 5.
/// Rows are padded to whole cache lines (64 bytes) once they take more than one.
struct RowLayout {
    private(set) var stride = 1
    private(set) var textColumns: [MatchAttribute: TextColumnLayout] = [:]
    private var dateOffset = 0, emailOffset = 0, phoneOffset = 0, postcodeOffset = 0
    private var pools: [TextPool] = []
    /// The values of every multi-valued text column, one column after the other.
    private var texts: [Int32] = []
    /// Where each multi-valued text column starts in `texts`.
    private var textBases: [MatchAttribute: Int] = [:]
    private var contacts: ContactColumns
    private let owner: FrozenBuffers
    private var cells: UnsafeMutableBufferPointer<Int32>

    /// The cells of the columns `built`, their pools and runs frozen in `owner`.
    init(_ built: [ScoringTable.Built], termAttributes: Set<MatchAttribute>, owner: FrozenBuffers) {
        self.owner = owner
        let none = InternedBytes(ByteInterner(capacity: 1), in: owner)
        contacts = ContactColumns(
            emailStrings: none, emails: owner.freeze([]), phoneStrings: none, phones: owner.freeze([]),
            postcodeStrings: none)
        cells = owner.allocate(count: 0)
        for group in built {
            switch group {
            case .texts(let builder, let attributes, let columns):
                for (attribute, column) in zip(attributes, columns) {
                    let multi = attribute.isMultiValued
                    let withTerm = multi && termAttributes.contains(attribute)
                    let offset = take(multi ? Run<Int32>.cells + (withTerm ? 1 : 0) : 1)
                    if multi {
                        textBases[attribute] = texts.count
                        texts += column.ids
                    }
                    textColumns[attribute] = TextColumnLayout(
                        offset: offset, isMultiValued: multi, pool: pools.count,
                        term: multi ? (withTerm ? offset + Run<Int32>.cells : -1) : offset)
                }
                pools.append(
                    TextPool(
                        keys: InternedBytes(builder.keys, in: owner), values: owner.freeze(builder.values),
                        variants: owner.freeze(builder.variants)))
            case .dates:
                dateOffset = take(DateCells.cells)
            case .emails(let runs):
                emailOffset = take(Run<EmailValue>.cells)
                contacts.emailStrings = InternedBytes(runs.strings, in: owner)
                contacts.emails = owner.freeze(runs.values)
            case .phones(let runs):
                phoneOffset = take(Run<PhoneValue>.cells)
                contacts.phoneStrings = InternedBytes(runs.strings, in: owner)
                contacts.phones = owner.freeze(runs.values)
            case .postcodes(let strings, _):
                postcodeOffset = take(PostcodeCells.cells)
                contacts.postcodeStrings = InternedBytes(strings, in: owner)
            }
        }
    }

    private mutating func take(_ count: Int) -> Int {
        defer { stride += count }
        return stride
    }

    /// Writes the rows of `count` records from the columns `built` (the same as at `init`), in
    /// stretches of records on up to `threads` threads.
    mutating func fill(records count: Int, from built: [ScoringTable.Built], threads: Int) {
        // Whole cache lines per row, and rows that start at a line.
        stride = stride <= 16 ? 1 << (Int.bitWidth - (stride - 1).leadingZeroBitCount) : (stride + 15) / 16 * 16
        cells = owner.allocate(count: count * stride, alignment: 64)
        let stretch = 16_384
        nonisolated(unsafe) let cells = cells
        let layout = self
        Workers.run(jobs: (count + stretch - 1) / stretch, threads: threads) { job, _ in
            let records = (job * stretch)..<min(count, (job + 1) * stretch)
            // Zeroed here rather than at allocation, so that the pages are first touched by
            // the threads that fill them.
            (cells.baseAddress! + records.lowerBound * layout.stride).initialize(repeating: 0, count: records.count * layout.stride)
            for group in built { layout.write(group, records, into: cells) }
        }
        for group in built {
            guard case .texts(let builder, _, _) = group else { continue }
            for record in builder.exotic { cells[record * stride] |= 1 }
        }
    }

    /// Writes one group's cells of `records`.
    private func write(_ group: ScoringTable.Built, _ records: Range<Int>, into cells: UnsafeMutableBufferPointer<Int32>) {
        let base = cells.baseAddress!
        switch group {
        case .texts(_, let attributes, let columns):
            for (attribute, column) in zip(attributes, columns) {
                let layout = textColumns[attribute]!
                let textBase = textBases[attribute] ?? 0
                for record in records {
                    let row = base + record * stride
                    let start = Int(column.starts[record]), end = Int(column.starts[record + 1])
                    let first = end > start ? column.ids[start] : -1
                    guard layout.isMultiValued else {
                        row[layout.offset] = first
                        continue
                    }
                    Run<Int32>.write(count: end - start, first: first, start: textBase + start + 1, to: row, at: layout.offset)
                    if layout.term >= 0 { row[layout.term] = column.terms[record] }
                }
            }
        case .dates(let dates):
            for record in records { write(dates[record], to: base + record * stride) }
        case .emails(let runs):
            for record in records {
                let start = Int(runs.starts[record]), end = Int(runs.starts[record + 1])
                let first = end > start ? runs.values[start] : EmailValue(address: -1, start: 0, length: 0, localPart: -1, classes: 0)
                Run<EmailValue>.write(count: end - start, first: first, start: start + 1, to: base + record * stride, at: emailOffset)
            }
        case .phones(let runs):
            for record in records {
                let start = Int(runs.starts[record]), end = Int(runs.starts[record + 1])
                let first = end > start ? runs.values[start] : PhoneValue(number: -1, digits: 0, digitCount: 0, local: -1, tail: 0)
                Run<PhoneValue>.write(count: end - start, first: first, start: start + 1, to: base + record * stride, at: phoneOffset)
            }
        case .postcodes(let strings, let codes):
            for record in records {
                let (code, country) = codes[record]
                PostcodeCells.write(code: code, country: country, strings, to: base + record * stride, at: postcodeOffset)
            }
        }
    }

    /// Writes a date's cells (see ``DateCells``); a date whose parts do not fit them marks the
    /// record exotic.
    private func write(_ date: DateComparison.Parts?, to row: UnsafeMutablePointer<Int32>) {
        guard let cells = DateCells.cells(date) else {
            (row[dateOffset], row[dateOffset + 1]) = (DateCells.noYear, -1)
            row[0] |= 1
            return
        }
        (row[dateOffset], row[dateOffset + 1]) = cells
    }

    /// The filled rows, with the plans of `comparisons`.
    func rows(comparisons: ComparisonSet, owner: FrozenBuffers) -> TableRows {
        var rows = TableRows(
            stride: stride, cells: UnsafeBufferPointer(cells), plans: owner.freeze([]), stringLevels: owner.freeze([]),
            dateLevels: owner.freeze([]), emailLevels: owner.freeze([]), phoneLevels: owner.freeze([]),
            postcodeLevels: owner.freeze([]), pools: owner.freeze(pools), texts: owner.freeze(texts), contacts: contacts)
        ScoringTable.plan(
            comparisons, textColumns: textColumns,
            offsets: (date: dateOffset, email: emailOffset, phone: phoneOffset, postcode: postcodeOffset),
            into: &rows, owner: owner)
        return rows
    }
}
