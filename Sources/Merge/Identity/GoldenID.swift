/// The opaque, stable id of a golden record: `G` and eight Crockford base-32 characters.
///
/// Ids are minted from the store's sequence (1, 2, 3…) through a bijection on 40 bits, so that
/// consecutive ids look unrelated and reveal neither how many customers there are nor in which
/// order they came, while each id still decodes back to its sequence — the id's age, which
/// decides which id survives when two golden records merge.
///
/// ```swift
/// let id = GoldenID(sequence: 1)     // "G…" (9 characters)
/// id.sequence                         // 1
/// GoldenID(id.text)?.sequence         // 1
/// GoldenID("not an id")               // nil
/// ```
public struct GoldenID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The largest sequence an id can carry: 2⁴⁰ − 1.
    public static let maxSequence: UInt64 = (1 << bits) - 1

    /// The mint order: 1 for the first golden record ever created.
    public let sequence: UInt64

    /// The id minted for `sequence`.
    ///
    /// - Precondition: `1 ≤ sequence ≤ maxSequence`.
    public init(sequence: UInt64) {
        precondition(sequence >= 1 && sequence <= Self.maxSequence, "golden id sequence out of range")
        self.sequence = sequence
    }

    /// The id written as `text`; `nil` unless it is `G` and eight Crockford base-32 characters
    /// (case-insensitive; `O` reads as `0`, `I` and `L` as `1`).
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 1 + Self.width, bytes[0] == UInt8(ascii: "G") || bytes[0] == UInt8(ascii: "g") else {
            return nil
        }
        var scrambled: UInt64 = 0
        for byte in bytes[1...] {
            guard let digit = Self.digit(of: byte) else { return nil }
            scrambled = scrambled << 5 | UInt64(digit)
        }
        let sequence = Self.unscramble(scrambled)
        guard sequence >= 1 else { return nil }
        self.sequence = sequence
    }

    /// The id as written: `G` and eight base-32 characters.
    public var text: String {
        var scrambled = Self.scramble(sequence)
        var digits = [UInt8](repeating: 0, count: 1 + Self.width)
        digits[0] = UInt8(ascii: "G")
        for index in stride(from: Self.width, through: 1, by: -1) {
            digits[index] = Self.alphabet[Int(scrambled & 31)]
            scrambled >>= 5
        }
        return String(decoding: digits, as: UTF8.self)
    }

    public var description: String { text }

    /// Older ids (smaller sequences) first.
    public static func < (lhs: GoldenID, rhs: GoldenID) -> Bool { lhs.sequence < rhs.sequence }

    // MARK: - The 40-bit bijection

    private static let bits: UInt64 = 40
    private static let width = 8
    private static let mask: UInt64 = maxSequence
    /// An odd multiplier and its inverse modulo 2⁴⁰.
    private static let multiplier: UInt64 = 0x9E_3779_B97F & mask | 1
    private static let inverse: UInt64 = {
        // Newton's iteration doubles the correct low bits each step: 5 steps exceed 40 bits.
        var x = multiplier
        for _ in 0..<5 { x = x &* (2 &- multiplier &* x) }
        return x & mask
    }()

    static func scramble(_ value: UInt64) -> UInt64 {
        var x = value & mask
        x ^= x >> 23
        x = (x &* multiplier) & mask
        x ^= x >> 20
        return x
    }

    static func unscramble(_ value: UInt64) -> UInt64 {
        var x = value & mask
        // A shift by at least half the width is its own inverse.
        x ^= x >> 20
        x = (x &* inverse) & mask
        x ^= x >> 23
        return x
    }

    private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    private static func digit(of byte: UInt8) -> UInt8? {
        let upper = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
        switch upper {
        case UInt8(ascii: "O"): return 0
        case UInt8(ascii: "I"), UInt8(ascii: "L"): return 1
        default: return alphabet.firstIndex(of: upper).map { UInt8($0) }
        }
    }
}
