/// A value a ``ScoringTable`` keeps in a record's row: plain numbers that take a whole number
/// of `Int32` cells, read and written unaligned.
protocol RowValue: BitwiseCopyable {}

extension Int32: RowValue {}

extension RowValue {
    /// The number of `Int32` cells the value takes in a row.
    static var cells: Int { MemoryLayout<Self>.stride / MemoryLayout<Int32>.stride }
}

/// A record's values of one multi-valued attribute, read from its row: how many there are, the
/// first (kept in the row itself, so that most records need no other memory), and where the
/// others are in the column's buffer of values.
///
/// In a row, a run takes the cells `[count, first…, start]`, where `start` is the position of
/// the record's second value in the column's buffer.
struct Run<Value: RowValue> {
    let count: Int
    let first: Value
    /// The values after the first.
    let rest: UnsafePointer<Value>

    /// The run whose cells start at `offset` in `row`, its other values in `values`.
    @inline(__always)
    init(_ row: UnsafePointer<Int32>, _ offset: Int, _ values: UnsafeBufferPointer<Value>) {
        count = Int(row[offset])
        first = UnsafeRawPointer(row + offset + 1).loadUnaligned(as: Value.self)
        rest = values.baseAddress! + Int(row[offset + 1 + Value.cells])
    }

    /// A run of at most one value: `value`, or none when `present` is false.
    @inline(__always)
    init(single value: Value, present: Bool) {
        count = present ? 1 : 0
        first = value
        // Never read: a run of one value has no rest.
        rest = UnsafePointer(bitPattern: MemoryLayout<Value>.alignment)!
    }

    @inline(__always)
    subscript(index: Int) -> Value { index == 0 ? first : rest[index - 1] }

    /// The number of cells a run of `Value`s takes in a row.
    static var cells: Int { 2 + Value.cells }

    /// Writes the cells of a run of `count` values, the first `first`, the others from
    /// `start` in the column's buffer.
    static func write(count: Int, first: Value, start: Int, to row: UnsafeMutablePointer<Int32>, at offset: Int) {
        row[offset] = Int32(count)
        UnsafeMutableRawPointer(row + offset + 1).storeBytes(of: first, as: Value.self)
        row[offset + 1 + Value.cells] = Int32(start)
    }
}

/// ``ComparisonLevels/level(ofAny:_:)`` over two runs: the smallest level of any pair of
/// values, stopping at 0; -1 when either run is empty.
@inline(__always)
func bestLevel<Value>(_ x: Run<Value>, _ y: Run<Value>, _ firstHolding: (Value, Value) -> Int) -> Int {
    var best = -1
    for i in 0..<x.count {
        let a = x[i]
        for j in 0..<y.count {
            let found = firstHolding(a, y[j])
            if found == 0 { return 0 }
            if best < 0 || found < best { best = found }
        }
    }
    return best
}
