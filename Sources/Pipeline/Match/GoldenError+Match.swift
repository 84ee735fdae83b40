import GoldenCore

extension GoldenError.Code {
    /// A record, model or item the command names does not exist (exit code 1).
    public static let notFound = GoldenError.Code("not-found")
}
