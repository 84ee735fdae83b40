/// Where the generator's bytes go: a file, or a compressor in front of one.
///
/// Private to the generator on purpose: it needs only "append bytes, then close", and keeping the
/// abstraction this small lets it swap to GoldenIO's writers without touching the feed code.
protocol FeedSink: AnyObject {
    /// Appends `bytes`. May buffer; ``close()`` flushes.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Flushes what is buffered and releases the underlying file. Writing afterwards is an error.
    func close() throws
}

extension FeedSink {
    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}
