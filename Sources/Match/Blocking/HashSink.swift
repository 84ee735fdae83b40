/// Room for the hashes of one key's values of one record: a fixed buffer that ignores what does
/// not fit.
struct HashSink {
    let base: UnsafeMutablePointer<UInt64>
    let capacity: Int
    private(set) var count = 0

    init(_ base: UnsafeMutablePointer<UInt64>, capacity: Int) {
        self.base = base
        self.capacity = capacity
    }

    var isFull: Bool {
        @inline(__always) get { count >= capacity }
    }

    @inline(__always)
    mutating func append(_ hash: UInt64) {
        guard count < capacity else { return }
        base[count] = hash
        count += 1
    }
}
