/// Frozen interned byte strings (a ``ByteInterner``'s contents): string *i*'s bytes by number.
struct InternedBytes {
    var bytes: UnsafeBufferPointer<UInt8>
    /// Where string *i* starts in `bytes` at *i*, and where it ends at *i* + 1.
    var starts: UnsafeBufferPointer<Int32>

    init(_ interner: ByteInterner, in owner: FrozenBuffers) {
        bytes = owner.freeze(interner.bytes)
        starts = owner.freeze(interner.starts)
    }

    /// The number of strings.
    var count: Int { starts.count - 1 }

    /// The bytes of string `id`.
    @inline(__always)
    subscript(id: Int32) -> UnsafeBufferPointer<UInt8> {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        return UnsafeBufferPointer(start: bytes.baseAddress! + start, count: end - start)
    }
}

/// One distinct text value (a ``TextKey``) of a pool as numbers: its key, its phonetic codes
/// and its variants.
struct TextValue: BitwiseCopyable {
    /// The key's number in the pool.
    var key: Int32
    /// Where the key's bytes are among the pool's key bytes, and how many.
    var keyStart: Int32
    var keyCount: Int32
    /// The primary phonetic code's number; -1 without a phonetic key or with an empty primary
    /// code (which never sounds like anything).
    var phonetic: Int32
    /// The alternate code's number (-1 without a phonetic key).
    var alternate: Int32
    /// The variants' key numbers: `variantCount` entries of the pool's variants from `variantStart`.
    var variantStart: Int32
    var variantCount: Int32
}

/// The distinct text values of the attributes compared with each other — given and family
/// names, which a swapped name compares across — or of one other text attribute. Records hold
/// value numbers; equal numbers are equal values.
struct TextPool {
    var keys: InternedBytes
    var values: UnsafeBufferPointer<TextValue>
    /// The variants of every value, as key numbers.
    var variants: UnsafeBufferPointer<Int32>

    /// ``StringLevel/firstHolding(in:_:_:)`` of values `a` and `b`.
    @inline(__always)
    func firstHolding(_ levels: UnsafeBufferPointer<StringLevel>, _ a: Int32, _ b: Int32) -> Int {
        let x = values[Int(a)], y = values[Int(b)]
        return StringLevel.firstHolding(in: levels, PooledText(x, variants), PooledText(y, variants), bytes(x), bytes(y))
    }

    @inline(__always)
    private func bytes(_ value: TextValue) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: keys.bytes.baseAddress! + Int(value.keyStart), count: Int(value.keyCount))
    }

    /// The best level of any pair of values of two runs, -1 when either is empty: with
    /// `exactFirst` (the first level is `exact`), a value compared with itself is at 0 at once.
    @inline(__always)
    func level(_ levels: UnsafeBufferPointer<StringLevel>, exactFirst: Bool, _ x: Run<Int32>, _ y: Run<Int32>) -> Int {
        bestLevel(x, y) { a, b in a == b && exactFirst ? 0 : firstHolding(levels, a, b) }
    }

    /// The level of a given or family name comparison, aware of a name swapped with the other
    /// name: ``Comparison/swappedAware(_:_:_:_:_:)`` on runs of this pool.
    @inline(__always)
    func swappedLevel(
        _ levels: UnsafeBufferPointer<StringLevel>, exactFirst: Bool, _ x: Run<Int32>, _ y: Run<Int32>,
        otherX: Run<Int32>, otherY: Run<Int32>
    ) -> Int {
        let direct = level(levels, exactFirst: exactFirst, x, y)
        let elseLevel = levels.count - 1
        guard direct == elseLevel, otherX.count > 0, otherY.count > 0 else { return direct }
        let across = level(levels, exactFirst: exactFirst, x, otherY)
        guard across >= 0, across < elseLevel else { return direct }
        let back = level(levels, exactFirst: exactFirst, otherX, y)
        guard back >= 0, back < elseLevel else { return direct }
        return across
    }
}

/// A ``TextValue`` with its pool's variants: what ``StringLevel`` asks of a value, answered by
/// comparing numbers.
struct PooledText: StringLevelValue {
    let value: TextValue
    let variants: UnsafeBufferPointer<Int32>

    @inline(__always)
    init(_ value: TextValue, _ variants: UnsafeBufferPointer<Int32>) {
        self.value = value
        self.variants = variants
    }

    @inline(__always)
    func hasSameKey(as other: PooledText, _ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        value.key == other.value.key
    }

    /// ``PhoneticKey/sharesCode(with:)``: both primary codes non-empty, and any code of one equal
    /// to any code of the other.
    @inline(__always)
    func soundsAlike(_ other: PooledText) -> Bool {
        let (p, a, q, b) = (value.phonetic, value.alternate, other.value.phonetic, other.value.alternate)
        return p >= 0 && q >= 0 && (p == q || p == b || a == q || a == b)
    }

    /// `Variants.overlap`, on key numbers.
    @inline(__always)
    func isNickname(of other: PooledText) -> Bool {
        let mine = variantKeys, theirs = other.variantKeys
        if value.key == other.value.key { return true }
        for variant in theirs where variant == value.key { return true }
        for variant in mine where variant == other.value.key { return true }
        for x in mine {
            for y in theirs where x == y { return true }
        }
        return false
    }

    @inline(__always)
    private var variantKeys: UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: variants.baseAddress! + Int(value.variantStart), count: Int(value.variantCount))
    }
}
