import Foundation
import GoldenCore
import Publish
import Store

/// A files target: each table a snapshot file, written as `golden export` writes it, through a
/// temporary file renamed into place so a reader never sees half a file.
enum PublishFiles {
    /// Whether every file of `target` exists under `directory`.
    static func complete(_ target: FileTargetSettings, directory: String) -> Bool {
        target.tables.allSatisfy { FileManager.default.fileExists(atPath: directory + "/" + target.fileName($0)) }
    }

    /// Writes every table of `target` into `directory`; golden records without a stored export
    /// row are rendered on `threads` threads.
    static func write(
        _ target: FileTargetSettings, directory: String, store: GoldenStore, threads: Int
    ) throws(GoldenError) -> FilesPublishResult {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw GoldenError(.io, "cannot create the folder of publish target '\(target.name)'", at: SourceLocation(file: directory))
        }
        let format: TableExport.Format = target.format == .csv ? .csv : .jsonl
        var result = FilesPublishResult(target: target.name, directory: directory)
        for table in target.tables {
            let path = directory + "/" + target.fileName(table)
            let partial = path + ".partial"
            defer { try? FileManager.default.removeItem(atPath: partial) }
            let rows: Int
            switch table {
            case .golden:
                rows = try GoldenExport.goldenRecords(
                    store, format: format, gzip: target.gzip, level: target.gzipLevel, to: partial, threads: threads)
            case .xref:
                rows = try TableExport.write(
                    columns: ["source", "record_key", "golden_id"], format: format, gzip: target.gzip, level: target.gzipLevel, to: partial
                ) { emit in try store.forEachXref { try emit([$0, $1, $2]) } }
            case .redirects:
                let redirects = try store.goldenRedirects()
                rows = try TableExport.write(
                    columns: ["retired_id", "survivor_id", "reason"], format: format, gzip: target.gzip, level: target.gzipLevel, to: partial
                ) { emit in for redirect in redirects { try emit([redirect.retired, redirect.survivor, redirect.reason]) } }
            }
            try moveIntoPlace(partial, path)
            result.files[target.fileName(table)] = rows
        }
        return result
    }

    /// Replaces `path` with the finished file `partial`.
    static func moveIntoPlace(_ partial: String, _ path: String) throws(GoldenError) {
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            throw GoldenError(.io, "cannot move a published file into place", at: SourceLocation(file: path))
        }
    }
}
