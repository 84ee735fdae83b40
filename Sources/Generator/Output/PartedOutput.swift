import GoldenIO

/// One feed's output, split into numbered part files of at most `rowLimit` rows each:
/// `DIR/STEM_001.EXT`, `DIR/STEM_002.EXT`, …. Each part is a complete file: it starts with the
/// header and ends with the footer (a CSV header row, an XML root element).
///
/// A record that spans several rows (a receipt's lines) is never split across parts. Parts of the
/// same feed already in the directory (`STEM_NNN.EXT`) are deleted first.
final class PartedOutput {
    private let directory: String
    private let relativeDirectory: String
    private let stem: String
    private let fileExtension: String
    private let gzipLevel: Int?
    private let header: [UInt8]
    private let footer: [UInt8]
    private let rowLimit: Int

    private var sink: (any ByteSink)?
    private var rowsInPart = 0
    /// Paths of the parts written so far, relative to the output root.
    private(set) var files: [String] = []
    /// Rows written over all parts.
    private(set) var rows = 0

    /// - Parameters:
    ///   - root: the output root; `relativeDirectory` is created under it.
    ///   - gzipLevel: compress each part with this zlib level; `nil` writes plain files.
    init(
        root: String, relativeDirectory: String, stem: String, fileExtension: String,
        gzipLevel: Int?, header: [UInt8], footer: [UInt8], rowLimit: Int
    ) throws {
        directory = root + "/" + relativeDirectory
        self.relativeDirectory = relativeDirectory
        self.stem = stem
        self.fileExtension = fileExtension
        self.gzipLevel = gzipLevel
        self.header = header
        self.footer = footer
        self.rowLimit = max(rowLimit, 1)
        try makeDirectories(directory)
        // Parts left by an earlier, larger run would otherwise be read as part of this one.
        try removeFiles(in: directory) { name in
            guard name.hasPrefix(stem + "_"), name.hasSuffix("." + fileExtension) else { return false }
            let number = name.dropFirst(stem.count + 1).dropLast(fileExtension.count + 1)
            return number.count >= 3 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
        }
        try startPart()
    }

    /// Makes room for a record of `rowCount` rows, starting a new part if this one would overflow.
    func beginRecord(rows rowCount: Int) throws {
        if rowsInPart > 0, rowsInPart + rowCount > rowLimit {
            try finishPart()
            try startPart()
        }
        rowsInPart += rowCount
        rows += rowCount
    }

    /// Appends bytes to the current part.
    func write(_ bytes: [UInt8]) throws {
        try sink?.write(bytes)
    }

    /// Writes the footer and closes the last part.
    func close() throws {
        try finishPart()
    }

    private func startPart() throws {
        var number = String(files.count + 1)
        while number.count < 3 { number = "0" + number }
        let name = "\(stem)_\(number).\(fileExtension)"
        let part = try ByteSources.create(
            path: directory + "/" + name, gzip: gzipLevel != nil, level: gzipLevel ?? GzipWriter.defaultLevel)
        try part.write(header)
        sink = part
        rowsInPart = 0
        files.append(relativeDirectory + "/" + name)
    }

    private func finishPart() throws {
        guard let sink else { return }
        try sink.write(footer)
        try sink.close()
        self.sink = nil
    }
}
