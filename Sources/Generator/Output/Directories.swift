#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import GoldenCore

/// Creates `path` and its missing parents, like `mkdir -p`.
func makeDirectories(_ path: String) throws {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
        prefix += component
        if mkdir(prefix, 0o755) != 0, errno != EEXIST {
            throw GoldenError(.io, "cannot create directory \(prefix) (errno \(errno))")
        }
        prefix += "/"
    }
}

/// Deletes the files in `directory` whose names `matches` accepts (directory entries that are
/// not regular files are left alone).
func removeFiles(in directory: String, where matches: (String) -> Bool) throws {
    guard let handle = opendir(directory) else { return }
    defer { closedir(handle) }
    var doomed: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if matches(name) { doomed.append(name) }
    }
    for name in doomed where unlink(directory + "/" + name) != 0 && errno != ENOENT {
        throw GoldenError(.io, "cannot remove \(directory)/\(name) (errno \(errno))")
    }
}
