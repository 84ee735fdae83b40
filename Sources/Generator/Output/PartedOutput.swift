import GoldenCore
import GoldenIO

/// One feed's output, split into numbered part files of at most `rowLimit` rows each:
/// `DIR/STEM_001.EXT`, `DIR/STEM_002.EXT`, …. Each part is a complete file: it starts with the
/// header and ends with the footer (a CSV header row, an XML root element).
///
/// A record that spans several rows (a receipt's lines) is never split across parts. Parts of the
/// same feed already in the directory (`STEM_NNN.EXT`) are deleted first.
///
/// With a `holdBack` share above 0, that share of the records (chosen by a hash of the feed's name
/// and the record's number, so the same run always holds back the same ones) goes to a later
/// delivery instead: `ROOT/delta/DIR/STEM_delta_NNN.EXT`, parted the same way.
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
    /// Records at or above this hash go to the main parts; below it, to `heldBack`.
    private let holdBackBelow: UInt64
    private let salt: UInt64
    private let heldBackArguments: (root: String, header: [UInt8], footer: [UInt8])
    /// The later delivery's parts, opened with the first record held back.
    private var heldBack: PartedOutput?
    /// Whether the current record goes to `heldBack`.
    private var holdingBack = false
    /// Records begun so far, over both deliveries.
    private var recordNumber: UInt64 = 0
    /// Paths of the parts written so far, relative to the output root: the main delivery's, then
    /// the held-back delivery's (`delta/…`).
    var files: [String] { mainFiles + (heldBack?.files.map { "delta/" + $0 } ?? []) }
    private var mainFiles: [String] = []
    /// Rows written over all parts of both deliveries.
    private(set) var rows = 0

    /// - Parameters:
    ///   - root: the output root; `relativeDirectory` is created under it.
    ///   - gzipLevel: compress each part with this zlib level; `nil` writes plain files.
    ///   - holdBack: the share of records (0 ≤ share < 1) written to the later delivery.
    init(
        root: String, relativeDirectory: String, stem: String, fileExtension: String,
        gzipLevel: Int?, header: [UInt8], footer: [UInt8], rowLimit: Int, holdBack: Double = 0
    ) throws {
        directory = root + "/" + relativeDirectory
        self.relativeDirectory = relativeDirectory
        self.stem = stem
        self.fileExtension = fileExtension
        self.gzipLevel = gzipLevel
        self.header = header
        self.footer = footer
        self.rowLimit = max(rowLimit, 1)
        holdBackBelow = holdBack > 0 ? UInt64(min(holdBack, 1) * 0x1p64.nextDown) : 0
        salt = FNV1a.hash(stem.utf8)
        heldBackArguments = (root + "/delta", header, footer)
        try makeDirectories(directory)
        // Parts left by an earlier, larger run would otherwise be read as part of this one; a
        // held-back delivery left by an earlier run is removed too (it is rewritten when needed).
        try Self.removeParts(in: directory, stem: stem, fileExtension: fileExtension)
        try Self.removeParts(in: root + "/delta/" + relativeDirectory, stem: stem + "_delta", fileExtension: fileExtension)
        try startPart()
    }

    /// Makes room for a record of `rowCount` rows, starting a new part if this one would overflow;
    /// the record's bytes then go to the delivery it was drawn for.
    func beginRecord(rows rowCount: Int) throws {
        recordNumber += 1
        holdingBack = holdBackBelow > 0 && SplitMix64.mix(salt ^ recordNumber) < holdBackBelow
        if holdingBack {
            if heldBack == nil {
                heldBack = try PartedOutput(
                    root: heldBackArguments.root, relativeDirectory: relativeDirectory, stem: stem + "_delta",
                    fileExtension: fileExtension, gzipLevel: gzipLevel, header: heldBackArguments.header,
                    footer: heldBackArguments.footer, rowLimit: rowLimit)
            }
            try heldBack?.beginRecord(rows: rowCount)
            rows += rowCount
            return
        }
        if rowsInPart > 0, rowsInPart + rowCount > rowLimit {
            try finishPart()
            try startPart()
        }
        rowsInPart += rowCount
        rows += rowCount
    }

    /// Appends bytes to the current record's part.
    func write(_ bytes: [UInt8]) throws {
        if holdingBack { try heldBack?.write(bytes) } else { try sink?.write(bytes) }
    }

    /// Writes the footer and closes the last part of each delivery.
    func close() throws {
        try finishPart()
        try heldBack?.close()
    }

    /// Deletes `STEM_NNN.EXT` files from `directory`, if it exists.
    private static func removeParts(in directory: String, stem: String, fileExtension: String) throws {
        try removeFiles(in: directory) { name in
            guard name.hasPrefix(stem + "_"), name.hasSuffix("." + fileExtension) else { return false }
            let number = name.dropFirst(stem.count + 1).dropLast(fileExtension.count + 1)
            return number.count >= 3 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
        }
    }

    private func startPart() throws {
        var number = String(mainFiles.count + 1)
        while number.count < 3 { number = "0" + number }
        let name = "\(stem)_\(number).\(fileExtension)"
        let part = try ByteSources.create(
            path: directory + "/" + name, gzip: gzipLevel != nil, level: gzipLevel ?? GzipWriter.defaultLevel)
        try part.write(header)
        sink = part
        rowsInPart = 0
        mainFiles.append(relativeDirectory + "/" + name)
    }

    private func finishPart() throws {
        guard let sink else { return }
        try sink.write(footer)
        try sink.close()
        self.sink = nil
    }
}
