import Foundation

/// File globs as in shells: `*` and `?` within one path segment, `[abc]` classes, and `**` for any
/// number of directories. Matching works on path segments relative to a base directory.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [String]

    public init(_ pattern: String) {
        self.pattern = pattern
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Regular files under `directory` whose relative path matches, sorted by path.
    public func files(in directory: String) -> [String] {
        var results: [String] = []
        walk(directory: directory, relative: "", segmentIndex: 0, into: &results)
        return Array(Set(results)).sorted()
    }

    /// Whether a relative path (with `/` separators) matches the whole pattern.
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map(String.init)
        return Self.match(segments[...], parts[...])
    }

    private func walk(directory: String, relative: String, segmentIndex: Int, into results: inout [String]) {
        let manager = FileManager.default
        guard segmentIndex < segments.count else { return }
        let segment = segments[segmentIndex]
        let isLast = segmentIndex == segments.count - 1
        if segment == "**" {
            // Zero directories...
            walk(directory: directory, relative: relative, segmentIndex: segmentIndex + 1, into: &results)
            // ...or one more, keeping `**` active.
            for entry in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] where !entry.hasPrefix(".") {
                let path = directory + "/" + entry
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    walk(directory: path, relative: join(relative, entry), segmentIndex: segmentIndex, into: &results)
                }
            }
            return
        }
        let entries = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        for entry in entries.sorted() where Self.matchSegment(Array(segment.utf8)[...], Array(entry.utf8)[...]) {
            if entry.hasPrefix(".") && !segment.hasPrefix(".") { continue }
            let path = directory + "/" + entry
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isLast {
                if !isDirectory.boolValue { results.append(join(relative, entry)) }
            } else if isDirectory.boolValue {
                walk(directory: path, relative: join(relative, entry), segmentIndex: segmentIndex + 1, into: &results)
            }
        }
    }

    private func join(_ base: String, _ entry: String) -> String { base.isEmpty ? entry : base + "/" + entry }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            if match(pattern.dropFirst(), path) { return true }
            return !path.isEmpty && match(pattern, path.dropFirst())
        }
        guard let head = path.first, matchSegment(Array(first.utf8)[...], Array(head.utf8)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*`, `?` and `[...]` within one segment, on bytes.
    static func matchSegment(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) -> Bool {
        guard let p = pattern.first else { return name.isEmpty }
        switch p {
        case UInt8(ascii: "*"):
            var rest = name
            while true {
                if matchSegment(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case UInt8(ascii: "?"):
            return !name.isEmpty && matchSegment(pattern.dropFirst(), name.dropFirst())
        case UInt8(ascii: "["):
            guard let close = pattern.dropFirst().firstIndex(of: UInt8(ascii: "]")), let n = name.first else {
                return name.first == p && matchSegment(pattern.dropFirst(), name.dropFirst())
            }
            var set = pattern[(pattern.startIndex + 1)..<close]
            let negate = set.first == UInt8(ascii: "!") || set.first == UInt8(ascii: "^")
            if negate { set = set.dropFirst() }
            var found = false
            var index = set.startIndex
            while index < set.endIndex {
                if index + 2 < set.endIndex, set[index + 1] == UInt8(ascii: "-") {
                    if set[index] <= n && n <= set[index + 2] { found = true }
                    index += 3
                } else {
                    if set[index] == n { found = true }
                    index += 1
                }
            }
            return found != negate && matchSegment(pattern[(close + 1)...], name.dropFirst())
        default:
            return name.first == p && matchSegment(pattern.dropFirst(), name.dropFirst())
        }
    }
}
