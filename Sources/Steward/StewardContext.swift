import Foundation
import Hummingbird

/// The request context of `golden serve`: who is asking, once the auth middleware let them in.
public struct StewardContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in browser session; `nil` for a request with the bearer token.
    public var session: StewardSession?
    /// The name decisions are logged under: the session's steward, or the `X-Golden-Actor`
    /// header of an API call (`steward` without one).
    public var actor: String = "steward"

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// JSON with the API's snake_case keys, sorted, so that responses read the same every time.
    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Decision bodies are small; nothing bigger is accepted.
    public var maxUploadSize: Int { 64 * 1024 }
}
