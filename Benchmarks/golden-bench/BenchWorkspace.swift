import Foundation
import Generator
import GoldenCore
import Pipeline

/// The generated dataset (cached) and the throwaway workspaces the bench runs in.
///
/// The dataset is generated once per size and seed, with 1% of every feed's records held back
/// under `delta/feeds/` (the later delivery). A run workspace links the dataset's feeds and
/// mappings and holds its own store, so every bench starts from a fresh store; `deliverDelta()`
/// links the held-back files in for the incremental pass.
struct BenchWorkspace {
    let dataset: String
    let directory: String

    /// The share of records held back for the incremental pass.
    static let holdBack = 0.01

    /// Generates the dataset unless it is cached; returns its folder and, when generated now, the
    /// generation's measurement.
    static func dataset(
        customers: Int, seed: UInt64, data: String
    ) throws -> (path: String, generated: Measure.Phase<GenerationSummary>?) {
        let path = "\(data)/customers-\(customers)-seed-\(seed)-holdback-\(holdBack)"
        if FileManager.default.fileExists(atPath: path + "/.complete") { return (path, nil) }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let measured = try Measure.phase {
            try FeedGenerator.generate(
                customers: customers, seed: seed, outputDirectory: path, options: FeedGenerator.Options(holdBack: holdBack))
        }
        _ = FileManager.default.createFile(atPath: path + "/.complete", contents: Data())
        return (path, measured)
    }

    /// Customers whose feeds hold about `records` source records, from a small sample's ratio.
    static func customers(forRecords records: Int, seed: UInt64) throws -> Int {
        let sample = NSTemporaryDirectory() + "golden-bench-sample-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: sample) }
        let sampleSize = 4_000
        let summary = try FeedGenerator.generate(customers: sampleSize, seed: seed, outputDirectory: sample)
        let perCustomer = Double(summary.totalRecords) / Double(sampleSize)
        return max(1, Int((Double(records) / perCustomer).rounded()))
    }

    /// A fresh workspace over `dataset`: this build's mappings, links to the main delivery's feed
    /// files, and an empty store.
    init(dataset: String) throws {
        self.dataset = dataset
        directory = NSTemporaryDirectory() + "golden-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // The mappings follow this build's template, so a cached dataset measures current mappings.
        _ = try WorkspaceTemplate.write(to: directory, force: true)
        try link(tree: dataset + "/feeds", into: directory + "/feeds")
    }

    var configPath: String { directory + "/golden.yml" }

    /// Links the held-back delivery's files in beside the main delivery's.
    func deliverDelta() throws {
        try link(tree: dataset + "/delta/feeds", into: directory + "/feeds")
    }

    /// Deletes the workspace (store, outputs, links); the dataset stays cached.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Mirrors `source`'s folders under `target` and links every file.
    private func link(tree source: String, into target: String) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: source) else { return }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: source + "/" + relative, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                try manager.createDirectory(atPath: target + "/" + relative, withIntermediateDirectories: true)
            } else {
                try manager.createDirectory(
                    atPath: (target + "/" + relative as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try manager.createSymbolicLink(atPath: target + "/" + relative, withDestinationPath: source + "/" + relative)
            }
        }
    }
}
