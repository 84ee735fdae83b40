import GoldenCore

/// Opens input files as byte sources, recognising compression by the file's first bytes.
public enum ByteSources {
    /// Opens the file at `path`: gzip data (magic bytes `1F 8B`) is inflated on the fly, anything
    /// else is read as it is.
    ///
    /// The format is decided by content, never by the file name: `feed.csv` may be gzipped and
    /// `feed.csv.gz` may be plain. The sniffed bytes are not lost; reading starts at the first byte.
    ///
    /// - Throws: ``GoldenError`` with code `.io` when the file cannot be opened, `.compression` when
    ///   it is compressed in a format Golden does not read (zip, bzip2, xz, zstd).
    public static func open(path: String) throws -> any ByteSource {
        let file = try FileByteSource(path: path)
        let head = try file.peek(upTo: CompressionFormat.longestMagic)
        switch CompressionFormat(sniffing: head) {
        case .gzip:
            return try GzipByteSource(wrapping: file, file: path)
        case .some(let format):
            throw GoldenError(
                .compression, "\(format.rawValue) compressed input is not supported; decompress it or use gzip",
                at: SourceLocation(file: path))
        case nil:
            return file
        }
    }

    /// Creates (or truncates) the file at `path` for writing, gzipped at `level` when `gzip` is
    /// true.
    ///
    /// - Throws: ``GoldenError`` with code `.io` when the file cannot be created, `.config` for a
    ///   gzip level outside 0...9.
    public static func create(path: String, gzip: Bool, level: Int = GzipWriter.defaultLevel) throws -> any ByteSink {
        gzip ? try GzipWriter(path: path, level: level) : try FileWriter(path: path)
    }
}
