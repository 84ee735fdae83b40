import GoldenCore
import GoldenIO

/// Reads a feed file row by row and maps each row with the source's mapping.
///
/// `next()` returns one outcome per row read, and throws only when the file itself fails (cannot be
/// opened, truncated gzip, XML broken midway, unsafe XML); outcomes returned before stay valid.
public protocol FeedReader: AnyObject {
    func next() throws(GoldenError) -> RowMapper.Outcome?
}

/// Opens the right reader for a mapping's format. Gzip is detected from the bytes.
public enum FeedReaders {
    public static func open(
        path: String, displayPath: String, source: String, mapping: Mapping, maxFieldBytes: Int
    ) throws(GoldenError) -> any FeedReader {
        let bytes: any ByteSource
        do {
            bytes = try ByteSources.open(path: path)
        } catch let error as GoldenError {
            throw GoldenError(error.code, error.message, at: SourceLocation(file: displayPath), cause: error.cause)
        } catch {
            throw GoldenError(.io, "cannot open file", at: SourceLocation(file: displayPath))
        }
        let mapper = RowMapper(source: source, mapping: mapping)
        switch mapping.format {
        case .csv(let format):
            return try CSVFeedReader(
                bytes: bytes, file: displayPath, format: format, mapper: mapper, maxFieldBytes: maxFieldBytes)
        case .xml(let format):
            return try XMLFeedReader(bytes: bytes, file: displayPath, format: format, mapper: mapper)
        }
    }
}
