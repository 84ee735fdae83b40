/// A compressed file format recognised by its magic bytes.
public enum CompressionFormat: String, Sendable, CaseIterable {
    case gzip
    case zip
    case bzip2
    case xz
    case zstd

    /// The most leading bytes any format's signature needs.
    public static let longestMagic = 10

    /// The format whose signature `head` (a file's first bytes) starts with, or nil for data that
    /// is not recognisably compressed.
    ///
    /// Signatures are chosen so that no text file matches: each holds bytes that are not printable
    /// text, except bzip2's, which is checked with its block magic (ten bytes in all).
    public init?(sniffing head: some Collection<UInt8>) {
        let bytes = Array(head.prefix(Self.longestMagic))
        func starts(with magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        if starts(with: [0x1F, 0x8B]) {
            self = .gzip
        } else if starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            self = .zip
        } else if starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) {
            self = .xz
        } else if starts(with: [0x28, 0xB5, 0x2F, 0xFD]) {
            self = .zstd
        } else if bytes.count == 10, starts(with: [0x42, 0x5A, 0x68]), (0x31...0x39).contains(bytes[3]),
            bytes[4...].elementsEqual([0x31, 0x41, 0x59, 0x26, 0x53, 0x59] as [UInt8])
        {
            self = .bzip2
        } else {
            return nil
        }
    }
}
