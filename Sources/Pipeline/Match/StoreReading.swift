import GoldenCore

/// Runs a streaming store read whose body may throw anything, passing `GoldenError`s on and
/// wrapping the rest as a store error that names what was read.
func readingStore(_ what: String, _ body: () throws -> Void) throws(GoldenError) {
    do {
        try body()
    } catch let error as GoldenError {
        throw error
    } catch {
        throw GoldenError(.store, "cannot read \(what)")
    }
}
