import Foundation
import GoldenCore
import Publish
import Store

/// The files targets of one publish, rewritten on a thread of their own while the change feed
/// is written: both only read the store (a file store serves each through its own connection),
/// so the snapshot files and the feed take the time of the longer, not of both.
///
/// ```swift
/// let files = PublishFilesJob(targets, store: store, threads: 2)   // starts now
/// …                                                                  // the feed, on this thread
/// summary.files = try files.wait()
/// ```
final class PublishFilesJob: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<[FilesPublishResult], GoldenError> = .success([])
    private var waited = false

    /// Starts writing `targets` (each with its resolved folder), in order.
    init(_ targets: [(settings: FileTargetSettings, directory: String)], store: GoldenStore, threads: Int) {
        guard !targets.isEmpty else {
            done.signal()
            return
        }
        let thread = Thread { [self] in
            result = Result { () throws(GoldenError) in
                try targets.map { target throws(GoldenError) in
                    try PublishFiles.write(target.settings, directory: target.directory, store: store, threads: threads)
                }
            }
            done.signal()
        }
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// Waits for the files to be written (once); their results, or the first error.
    func wait() throws(GoldenError) -> [FilesPublishResult] {
        if !waited {
            done.wait()
            waited = true
        }
        return try result.get()
    }
}
