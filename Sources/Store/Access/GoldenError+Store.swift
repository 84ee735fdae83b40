import GRDB
import GoldenCore

extension GoldenError {
    /// A store failure, with `error` as its cause when the cause is safe to print.
    ///
    /// A ``GoldenError`` passes through unchanged. GRDB's `RowDecodingError` prints the row it
    /// failed on, which may hold personal data, so it is reduced to its kind; `DatabaseError`
    /// prints SQL and hides statement arguments, so it is kept.
    static func store(_ message: String, _ error: any Error) -> GoldenError {
        switch error {
        case let error as GoldenError:
            return error
        case is RowDecodingError:
            return GoldenError(.store, "\(message): a stored row could not be decoded")
        default:
            return GoldenError(.store, message, cause: error)
        }
    }
}
