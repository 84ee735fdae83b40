import GoldenCore

/// Comparison keys: the form two values are compared in.
///
/// Lower case; accented Latin letters folded to ASCII (`José` → `jose`, `Łódź` → `lodz`,
/// `Straße` → `strasse`); combining marks dropped, so composed and decomposed input give the same
/// key; apostrophes and periods removed (`O'Brien` → `obrien`, `St.` → `st`); every other
/// punctuation, symbol or space becomes one separator space (`Wilson-McKenzie` → `wilson mckenzie`).
/// Letters of other scripts are kept, lower-cased (`Дмитрий` → `дмитрий`).
enum ComparisonKey {
    /// The key of `text`; empty when it has no letters or digits.
    static func make(_ text: String, germanStyle: Bool = false) -> String {
        text.withUTF8Bytes { make($0, germanStyle: germanStyle) }
    }

    /// ``make(_:germanStyle:)-(String,_)`` of a substring.
    static func make(_ text: some StringProtocol, germanStyle: Bool = false) -> String {
        make(String(text), germanStyle: germanStyle)
    }

    /// The key of `bytes` (UTF-8); ASCII and accented Latin text (``writeLatin(_:into:)``) is
    /// keyed in stack memory, so that only the result is allocated (nothing for a key of up to
    /// 15 bytes).
    static func make(_ bytes: UnsafeBufferPointer<UInt8>, germanStyle: Bool = false) -> String {
        guard !bytes.isEmpty else { return "" }
        if !germanStyle && bytes.count <= 256 {
            // A key is never longer than its text: a folded letter of two bytes gives at most two.
            let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> String? in
                guard let count = writeLatin(bytes, into: buffer) else { return nil }
                return String(utf8Bytes: UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
            if let key { return key }
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        append(bytes, to: &output, germanStyle: germanStyle)
        return String(utf8Bytes: output)
    }

    /// The key of `bytes` (UTF-8), appended to `output`, with one space between words and none
    /// at either end (a space already ending `output` is kept as the separator).
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], germanStyle: Bool = false
    ) {
        let start = output.count
        var pendingSpace = false
        @inline(__always) func emit(_ byte: UInt8) {
            if pendingSpace {
                if output.count > start { output.append(ASCII.space) }
                pendingSpace = false
            }
            output.append(byte)
        }
        var scalars = UTF8Scalars(bytes)
        while let scalar = scalars.next() {
            if scalar < 0x80 {
                let byte = UInt8(scalar)
                if ASCII.isAlphanumeric(byte) {
                    emit(ASCII.lower(byte))
                } else if byte != ASCII.apostrophe && byte != ASCII.period && byte != UInt8(ascii: "`") {
                    pendingSpace = true
                }
                continue
            }
            switch classify(scalar) {
            case .drop:
                continue
            case .separator:
                pendingSpace = true
            case .letter:
                if let (a, b) = LatinFold.ascii(scalar, germanStyle: germanStyle) {
                    emit(ASCII.lower(a))
                    if b != 0 { emit(ASCII.lower(b)) }
                } else {
                    appendLowercased(scalar, emit: emit)
                }
            }
        }
    }

    private enum ScalarClass { case letter, separator, drop }

    @inline(__always)
    private static func classify(_ scalar: UInt32) -> ScalarClass {
        switch scalar {
        case 0x300...0x36F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            return .drop  // combining marks
        case 0x2018, 0x2019, 0x02BC, 0x00B4, 0x02B9, 0x2032, 0x00AD, 0x200B...0x200D, 0xFEFF:
            return .drop  // apostrophes and invisible characters
        case 0xC0..<0x250:
            return scalar == 0xD7 || scalar == 0xF7 ? .separator : .letter
        default:
            guard let value = Unicode.Scalar(scalar) else { return .separator }
            let properties = value.properties
            return properties.isAlphabetic || properties.numericType != nil ? .letter : .separator
        }
    }

    private static func appendLowercased(_ scalar: UInt32, emit: (UInt8) -> Void) {
        guard let value = Unicode.Scalar(scalar) else { return }
        for lowered in value.properties.lowercaseMapping.utf8 { emit(lowered) }
    }
}
