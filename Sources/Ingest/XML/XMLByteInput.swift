import CGoldenXML
import GoldenCore

/// Feeds libxml2 from a `ByteSource`, keeping the source's error for the reader to rethrow.
final class XMLByteInput {
    let source: any ByteSource
    /// What the source threw; libxml2 only learns that reading failed.
    private(set) var failure: (any Error)?
    /// Bytes handed to libxml2 so far.
    private(set) var byteCount = 0

    init(source: any ByteSource) {
        self.source = source
    }

    fileprivate func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        do {
            let count = try source.read(into: buffer)
            byteCount += count
            return count
        } catch {
            failure = error
            return -1
        }
    }

    /// The C callback: `context` is an unretained `XMLByteInput` that outlives the C reader.
    static let readCallback: golden_xml_read_fn = { context, buffer, capacity in
        guard let context, let buffer, capacity > 0 else { return -1 }
        let input = Unmanaged<XMLByteInput>.fromOpaque(context).takeUnretainedValue()
        return input.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
    }
}
