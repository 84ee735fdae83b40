extension CSVRow: Equatable {
    /// Rows are equal when they start on the same line with the same problem, raw bytes and fields.
    public static func == (lhs: CSVRow, rhs: CSVRow) -> Bool {
        guard lhs.line == rhs.line, lhs.problem == rhs.problem, lhs.fieldCount == rhs.fieldCount else { return false }
        guard lhs.withRawBytes({ l in rhs.withRawBytes { r in l.elementsEqual(r) } }) else { return false }
        return (0..<lhs.fieldCount).allSatisfy { index in
            lhs.withFieldBytes(index) { l in rhs.withFieldBytes(index) { r in l.elementsEqual(r) } }
        }
    }
}
