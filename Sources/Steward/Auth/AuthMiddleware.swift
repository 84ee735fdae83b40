import Foundation
import HTTPTypes
import Hummingbird

/// Lets a request in only with the workspace's token or a live session, and refuses
/// cross-site state changes.
///
/// - `Authorization: Bearer <token>`: the API's way in; the actor is `X-Golden-Actor`, else
///   `steward`. A bearer header cannot be sent by another site's page, so it needs nothing more.
/// - The session cookie (`HttpOnly`, `SameSite=Strict`): the web UI's way in. A request that
///   changes state (anything but `GET` and `HEAD`) must also carry the session's CSRF token in
///   `X-CSRF-Token`, and its `Origin` — else its `Referer` — must be this server.
/// - Anything else: `401` with a JSON error under `/api/`, a redirect to the sign-in page
///   elsewhere. Only `/signin` is open.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = StewardContext

    /// The session cookie's name.
    static let cookie = "golden_session"
    /// The header a cookie session's state-changing request carries its CSRF token in.
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!
    /// The header an API caller names its steward in.
    static let actorHeader = HTTPField.Name("X-Golden-Actor")!

    let token: AccessToken
    let sessions: SessionStore

    func handle(
        _ request: Request, context: StewardContext, next: (Request, StewardContext) async throws -> Response
    ) async throws -> Response {
        if request.uri.path == "/signin" { return try await next(request, context) }
        var context = context
        if let authorization = request.headers[.authorization] {
            guard authorization.hasPrefix("Bearer "), token.matches(authorization.dropFirst(7)) else {
                throw APIError.unauthorized
            }
            let actor = request.headers[Self.actorHeader]?.trimmingCharacters(in: .whitespaces) ?? ""
            context.actor = actor.isEmpty ? "steward" : String(actor.prefix(100))
            return try await next(request, context)
        }
        guard let id = request.cookies[Self.cookie]?.value, let session = sessions.session(id) else {
            if request.uri.path.hasPrefix("/api/") { throw APIError.unauthorized }
            return .redirect(to: "/signin", type: .found)
        }
        context.session = session
        context.actor = session.actor
        if request.method != .get, request.method != .head {
            try Self.checkSameOrigin(request)
            guard let presented = request.headers[Self.csrfHeader],
                AccessToken.constantTimeEquals(Array(presented.utf8), Array(session.csrfToken.utf8))
            else { throw APIError.forbidden("missing or wrong CSRF token (X-CSRF-Token)") }
        }
        return try await next(request, context)
    }

    /// Refuses a request whose `Origin` (else `Referer`) is not this server's `Host`; one
    /// with neither is refused too.
    static func checkSameOrigin(_ request: Request) throws(APIError) {
        guard let host = request.head.authority else {
            throw APIError.forbidden("no Host header")
        }
        let claimed = request.headers[.origin] ?? request.headers[.referer]
        guard let claimed, claimed != "null", let url = URL(string: claimed), let claimedHost = url.host else {
            throw APIError.forbidden("a state-changing request needs an Origin or Referer header")
        }
        let authority = url.port.map { "\(claimedHost):\($0)" } ?? claimedHost
        guard authority.lowercased() == host.lowercased() else {
            throw APIError.forbidden("cross-site request refused")
        }
    }
}
