import Foundation
import GoldenCore

extension QualityReport {
    /// The names of the files ``write(to:)`` writes.
    public static let htmlFile = "quality.html"
    public static let jsonFile = "quality.json"

    /// Writes `quality.html` and `quality.json` into `directory` (created when missing) and
    /// returns their paths.
    @discardableResult
    public func write(to directory: String) throws(GoldenError) -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw GoldenError(.io, "cannot create the report folder", at: SourceLocation(file: directory))
        }
        var written: [String] = []
        for (name, content) in [(Self.htmlFile, html), (Self.jsonFile, json + "\n")] {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                try Data(content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw GoldenError(.io, "cannot write the report", at: SourceLocation(file: path))
            }
            written.append(path)
        }
        return written
    }
}
