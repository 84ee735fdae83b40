/// One comparison as a ``ScoringTable`` evaluates it: where its values are in a row, which
/// pool they are numbers of, and where its levels are.
struct ComparisonPlan: BitwiseCopyable {
    enum Kind: UInt8 {
        /// A text attribute with at most one value: one cell, the value's number or -1.
        case text
        /// A multi-valued text attribute (full names, loyalty cards): a run.
        case texts
        /// Given or family names (runs), aware of a swap with the other name.
        case names
        case date, email, phone, postcode
    }

    var kind: Kind
    /// Whether the first level is `exact`, so that a value compared with itself is at level 0.
    var exactFirst: Bool
    /// The first cell of the attribute's values in a row.
    var offset: Int32
    /// The other name's first cell (names).
    var other: Int32
    /// The text pool (text kinds).
    var pool: Int32
    /// Where the comparison's levels start in the buffer of its kind of level, and how many.
    var levelStart: Int32
    var levelCount: Int32
}

/// Everything the scoring loop reads, as plain buffers: one row of `Int32` cells per record
/// (the first value of every attribute in it, so that a record is a few cache lines), the
/// comparisons' plans and levels, and the pools and runs the rows' numbers point into. A value
/// type without references, so that reading it costs no reference counting.
///
/// Cell 0 of a row holds flags: 1 when the record is exotic — a phonetic code that is not ASCII
/// (see ``TextPoolBuilder/exotic``), a date whose parts do not fit its cells — so that its pairs
/// take the records' own comparisons.
struct TableRows {
    var stride: Int
    var cells: UnsafeBufferPointer<Int32>
    var plans: UnsafeBufferPointer<ComparisonPlan>
    var stringLevels: UnsafeBufferPointer<StringLevel>
    var dateLevels: UnsafeBufferPointer<DateLevel>
    var emailLevels: UnsafeBufferPointer<EmailLevel>
    var phoneLevels: UnsafeBufferPointer<PhoneLevel>
    var postcodeLevels: UnsafeBufferPointer<PostcodeLevel>
    var pools: UnsafeBufferPointer<TextPool>
    /// The text values of every multi-valued column, each record's after its first.
    var texts: UnsafeBufferPointer<Int32>
    var contacts: ContactColumns

    /// The row of record `record`.
    @inline(__always)
    func row(_ record: Int) -> UnsafePointer<Int32> { cells.baseAddress! + record * stride }

    /// Whether the record of `row` is exotic.
    @inline(__always)
    static func isExotic(_ row: UnsafePointer<Int32>) -> Bool { row[0] & 1 != 0 }

    /// The level of comparison `index` for the records of rows `a` and `b`, -1 when missing: the
    /// same as ``Comparison/level(_:_:)`` of the records (neither exotic).
    @inline(__always)
    func level(_ index: Int, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>) -> Int {
        let plan = plans[index]
        let offset = Int(plan.offset)
        switch plan.kind {
        case .text:
            let x = a[offset], y = b[offset]
            return pools[Int(plan.pool)].level(
                slice(stringLevels, plan), exactFirst: plan.exactFirst, Run(single: x, present: x >= 0),
                Run(single: y, present: y >= 0))
        case .texts:
            return pools[Int(plan.pool)].level(
                slice(stringLevels, plan), exactFirst: plan.exactFirst, Run(a, offset, texts), Run(b, offset, texts))
        case .names:
            let other = Int(plan.other)
            return pools[Int(plan.pool)].swappedLevel(
                slice(stringLevels, plan), exactFirst: plan.exactFirst, Run(a, offset, texts), Run(b, offset, texts),
                otherX: Run(a, other, texts), otherY: Run(b, other, texts))
        case .date: return DateCells.level(slice(dateLevels, plan), a, b, offset)
        case .email: return contacts.emailLevel(slice(emailLevels, plan), a, b, offset)
        case .phone: return contacts.phoneLevel(slice(phoneLevels, plan), a, b, offset)
        case .postcode: return contacts.postcodeLevel(slice(postcodeLevels, plan), a, b, offset)
        }
    }

    /// The levels of every comparison: ``ComparisonSet/vector(_:_:)``.
    @inline(__always)
    func vector(_ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>) -> ComparisonVector {
        var vector = ComparisonVector.allMissing
        for index in plans.indices {
            let level = level(index, a, b)
            if level >= 0 { vector[index] = level }
        }
        return vector
    }

    @inline(__always)
    private func slice<Level>(_ levels: UnsafeBufferPointer<Level>, _ plan: ComparisonPlan) -> UnsafeBufferPointer<Level> {
        UnsafeBufferPointer(start: levels.baseAddress! + Int(plan.levelStart), count: Int(plan.levelCount))
    }
}

// MARK: - Reading ahead, costs and presence

extension TableRows {
    /// Reads the cache lines of record `record`'s row (rows of more than 16 cells start at a
    /// line and take whole lines), so that a later read finds them.
    @inline(__always)
    func touch(_ record: Int) -> Int32 {
        let row = self.row(record)
        var read = row[0]
        var line = 16
        while line < stride {
            read ^= row[line]
            line += 16
        }
        return read
    }

    /// How costly comparison `index` is to evaluate, in rough classes: 0 for integers, 1 for
    /// numbers and bytes kept in the row (e-mails are told apart by their byte classes before
    /// their bytes are read), 2 for names (a similarity of short keys), 3 for similarities of
    /// longer values. The bulk scorer evaluates the cheap comparisons first.
    func cost(of index: Int) -> Int {
        let plan = plans[index]
        switch plan.kind {
        case .date: return 0
        case .postcode, .phone, .email: return 1
        case .text, .texts, .names:
            let levels = UnsafeBufferPointer(rebasing: stringLevels[Int(plan.levelStart)..<Int(plan.levelStart + plan.levelCount)])
            let measured = levels.contains { level in
                switch level {
                case .exact, .phonetic, .nicknameAware, .initials, .else: false
                default: true
                }
            }
            guard measured else { return 1 }
            return plan.kind == .names ? 2 : 3
        }
    }

    /// Whether both records of rows `a` and `b` have a value of comparison `index`'s attribute:
    /// exactly when ``level(_:_:_:)`` is not -1.
    @inline(__always)
    func isPresent(_ index: Int, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>) -> Bool {
        let plan = plans[index]
        let offset = Int(plan.offset)
        switch plan.kind {
        // A value's number, a run's count, a postcode's number: -1, 0 and -1 when missing.
        case .text, .postcode: return a[offset] >= 0 && b[offset] >= 0
        case .texts, .names, .email, .phone: return a[offset] > 0 && b[offset] > 0
        case .date: return a[offset + 1] >= 0 && b[offset + 1] >= 0
        }
    }
}
