import GoldenCore

/// A date of birth in a row: the cells `[year, month << 16 | day]` of its comparable parts,
/// the second -1 when the date is missing and the first `Int32.min` when it has no year.
enum DateCells {
    static let cells = 2
    static let noYear = Int32.min

    /// The cells of `date`, `nil` when its parts do not fit them.
    static func cells(_ date: DateComparison.Parts?) -> (Int32, Int32)? {
        guard let date else { return (noYear, -1) }
        let fits: (Int) -> Bool = { (0..<(1 << 15)).contains($0) }
        guard fits(date.month), fits(date.day) else { return nil }
        let year: Int32
        if let known = date.year {
            guard known > Int(Int32.min), known <= Int(Int32.max) else { return nil }
            year = Int32(known)
        } else {
            year = noYear
        }
        return (year, Int32(date.month << 16 | date.day))
    }

    /// The parts kept at `offset` of `row`; `nil` when missing.
    @inline(__always)
    static func parts(_ row: UnsafePointer<Int32>, _ offset: Int) -> DateComparison.Parts? {
        let monthDay = row[offset + 1]
        guard monthDay >= 0 else { return nil }
        let year = row[offset]
        return DateComparison.Parts(
            year: year == noYear ? nil : Int(year), month: Int(monthDay >> 16), day: Int(monthDay & 0xFFFF))
    }

    /// ``ComparisonLevels/level(of:_:)-(Value?,Value?)`` of two rows' dates; -1 when either is
    /// missing.
    @inline(__always)
    static func level(_ levels: UnsafeBufferPointer<DateLevel>, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, _ offset: Int) -> Int {
        guard let x = parts(a, offset), let y = parts(b, offset) else { return -1 }
        for index in levels.indices where levels[index].holds(x, y) { return index }
        return levels.count - 1
    }
}

extension DateComparison.Parts {
    init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// One comparable e-mail address as numbers.
struct EmailValue: RowValue {
    /// The canonical address's number.
    var address: Int32
    /// Where the address's bytes are among the e-mail strings' bytes, and how many.
    var start: Int32
    var length: Int32
    /// The length in bytes of the canonical local part, the address's first bytes; -1 when it
    /// has none.
    var localPart: Int32
    /// Which of 64 classes of byte (the low 6 bits) the address has: with the length, enough to
    /// bound the Jaro–Winkler similarity of two addresses without reading them.
    var classes: UInt64
}

/// One comparable phone number as numbers.
struct PhoneValue: RowValue {
    /// The E.164 form's number; -1 when it is empty, -2 when there is none.
    var number: Int32
    /// The comparable digits (``PhoneComparison``'s digits): where their bytes are among the
    /// phone strings' bytes, and how many.
    var digits: Int32
    var digitCount: Int32
    /// The local digits' number; -1 when there are none or they are empty.
    var local: Int32
    /// The last 8 digits (fewer when there are fewer), the last in the lowest byte.
    var tail: UInt64
}

/// The e-mail addresses, phone numbers and postcodes of a table: the strings their numbers
/// stand for and the runs of values beyond each record's first.
struct ContactColumns {
    var emailStrings: InternedBytes
    var emails: UnsafeBufferPointer<EmailValue>
    var phoneStrings: InternedBytes
    var phones: UnsafeBufferPointer<PhoneValue>
    var postcodeStrings: InternedBytes

    /// The best level of any pair of two rows' addresses (a run at `offset`); -1 when either
    /// has none.
    @inline(__always)
    func emailLevel(_ levels: UnsafeBufferPointer<EmailLevel>, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, _ offset: Int) -> Int {
        bestLevel(Run(a, offset, emails), Run(b, offset, emails)) { x, y in
            // EmailLevel.holds of each level in order.
            var similarity: Double?, bound: Double?, tighter: Double?
            for index in levels.indices {
                switch levels[index] {
                case .exact:
                    if x.address == y.address { return index }
                case .localPart:
                    if sameLocalPart(x, y) { return index }
                case .jaroWinklerAtLeast(let threshold):
                    if bound == nil { bound = Self.classBound(x, y) }
                    if bound! < threshold - JaroWinkler.boundMargin { continue }
                    if JaroWinkler.reaches(threshold, bytes(x), bytes(y), similarity: &similarity, bound: &tighter) {
                        return index
                    }
                case .else:
                    return index
                }
            }
            return levels.count - 1
        }
    }

    /// ``EmailComparison/sameLocalPart(_:_:)``: both local parts non-empty and the same bytes.
    @inline(__always)
    private func sameLocalPart(_ x: EmailValue, _ y: EmailValue) -> Bool {
        guard x.localPart > 0, x.localPart == y.localPart else { return false }
        let count = Int(x.localPart)
        return KeyBytes.equal(UnsafeBufferPointer(rebasing: bytes(x)[..<count]), UnsafeBufferPointer(rebasing: bytes(y)[..<count]))
    }

    @inline(__always)
    private func bytes(_ email: EmailValue) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: emailStrings.bytes.baseAddress! + Int(email.start), count: Int(email.length))
    }

    /// An upper bound of the Jaro–Winkler similarity of two addresses from their lengths and
    /// classes of byte (see ``JaroWinkler/upperBound(_:_:prefixScale:)``): a byte of a class
    /// the other address lacks matches nothing, and the prefix is taken as long as it may be.
    @inline(__always)
    static func classBound(_ x: EmailValue, _ y: EmailValue) -> Double {
        let lengthX = Int(x.length), lengthY = Int(y.length)
        let common = min(
            lengthX - (x.classes & ~y.classes).nonzeroBitCount, lengthY - (y.classes & ~x.classes).nonzeroBitCount)
        guard common > 0 else { return 0 }
        let shared = Double(common)
        let jaro = min(1, (shared / Double(lengthX) + shared / Double(lengthY) + 1) / 3)
        return jaro + Double(JaroWinkler.maxPrefix) * 0.1 * (1 - jaro)
    }

    /// The best level of any pair of two rows' numbers (a run at `offset`); -1 when either has none.
    @inline(__always)
    func phoneLevel(_ levels: UnsafeBufferPointer<PhoneLevel>, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, _ offset: Int) -> Int {
        bestLevel(Run(a, offset, phones), Run(b, offset, phones)) { x, y in
            // PhoneLevel.holds of each level in order.
            for index in levels.indices {
                switch levels[index] {
                case .exact:
                    if x.number >= 0, x.number == y.number { return index }
                case .lastDigits(let count):
                    if sameLastDigits(x, y, count) { return index }
                case .localDigits:
                    if endsWithLocal(y, of: x) || endsWithLocal(x, of: y) { return index }
                case .else:
                    return index
                }
            }
            return levels.count - 1
        }
    }

    /// Whether `local` has no E.164 form but local digits, and `other`'s digits end with them.
    @inline(__always)
    private func endsWithLocal(_ other: PhoneValue, of local: PhoneValue) -> Bool {
        local.number == -2 && local.local >= 0 && PhoneComparison.endsWith(digits(other), phoneStrings[local.local])
    }

    /// ``PhoneComparison/sameLastDigits(_:_:count:)``, on the tails for up to 8 digits.
    @inline(__always)
    private func sameLastDigits(_ x: PhoneValue, _ y: PhoneValue, _ count: Int) -> Bool {
        guard count <= 8 else { return PhoneComparison.sameLastDigits(digits(x), digits(y), count: count) }
        guard Int(x.digitCount) >= count, Int(y.digitCount) >= count else { return false }
        let mask: UInt64 = count == 8 ? .max : (1 << UInt64(8 * count)) - 1
        return (x.tail ^ y.tail) & mask == 0
    }

    @inline(__always)
    private func digits(_ phone: PhoneValue) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: phoneStrings.bytes.baseAddress! + Int(phone.digits), count: Int(phone.digitCount))
    }

    /// ``PostcodeLevel/firstHolding(in:_:_:)`` of two rows' postcodes (see ``PostcodeCells``);
    /// -1 when either is missing.
    @inline(__always)
    func postcodeLevel(
        _ levels: UnsafeBufferPointer<PostcodeLevel>, _ a: UnsafePointer<Int32>, _ b: UnsafePointer<Int32>, _ offset: Int
    ) -> Int {
        let x = a[offset], y = b[offset]
        guard x >= 0, y >= 0 else { return -1 }
        let countryA = a[offset + 1], countryB = b[offset + 1]
        guard countryA < 0 || countryB < 0 || countryA == countryB else { return levels.count - 1 }
        return PostcodeCells.withBytes(a, offset, postcodeStrings) { p in
            PostcodeCells.withBytes(b, offset, postcodeStrings) { q in
                for index in levels.indices where levels[index].holds(p, q) { return index }
                return levels.count - 1
            }
        }
    }
}

/// A postcode in a row: the cells `[code, country, length, bytes…]`, the code's and the
/// country's numbers (-1: missing, none), and a postcode of up to 8 bytes kept in the row itself.
enum PostcodeCells {
    static let cells = 5
    static let inline = 8

    /// Calls `body` with the bytes of the postcode at `offset` of `row`.
    @inline(__always)
    static func withBytes<R>(
        _ row: UnsafePointer<Int32>, _ offset: Int, _ strings: InternedBytes, _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        let length = Int(row[offset + 2])
        guard length <= inline else { return body(strings[row[offset]]) }
        return (row + offset + 3).withMemoryRebound(to: UInt8.self, capacity: inline) {
            body(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Writes the cells of a postcode (`code` -1: none).
    static func write(code: Int32, country: Int32, _ strings: ByteInterner, to row: UnsafeMutablePointer<Int32>, at offset: Int) {
        (row[offset], row[offset + 1], row[offset + 2], row[offset + 3], row[offset + 4]) = (code, country, 0, 0, 0)
        guard code >= 0 else { return }
        let start = Int(strings.starts[Int(code)]), end = Int(strings.starts[Int(code) + 1])
        row[offset + 2] = Int32(end - start)
        guard end - start <= inline else { return }
        (row + offset + 3).withMemoryRebound(to: UInt8.self, capacity: inline) { target in
            for index in start..<end { target[index - start] = strings.bytes[index] }
        }
    }
}
