import Foundation
import HTTPTypes
import Hummingbird

/// The web UI: the sign-in page, the single-page workbench and its script and style sheet, and
/// the OpenAPI document — all compiled into the binary (`Resources/`), nothing fetched from
/// elsewhere, so it works offline.
struct UIRoutes: Sendable {
    let token: AccessToken
    let sessions: SessionStore

    /// Every page: no framing, no script or style from anywhere but this server, no inline script.
    static let securityHeaders: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "same-origin"),
        (.cacheControl, "no-store"),
    ]

    func add(to router: some RouterMethods<StewardContext>) {
        router.get("/signin") { _, _ in Self.page(PackageResources.signin_html, status: .ok) }
        router.post("/signin") { request, context in try await signIn(request, context: context) }
        router.post("/signout") { request, context in
            if let session = context.session { sessions.close(session.id) }
            var response = Response.redirect(to: "/signin", type: .found)
            response.setCookie(Cookie(name: AuthMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        router.get("/") { _, context in
            // The CSRF token reaches the script through the page: the cookie itself is HttpOnly.
            let csrf = context.session?.csrfToken ?? ""
            let actor = Self.escape(context.actor)
            let html = String(decoding: PackageResources.app_html, as: UTF8.self)
                .replacingOccurrences(of: "{{csrf}}", with: csrf).replacingOccurrences(of: "{{actor}}", with: actor)
            return Self.page(Array(html.utf8), status: .ok)
        }
        router.get("/assets/app.js") { _, _ in Self.asset(PackageResources.app_js, type: "text/javascript; charset=utf-8") }
        router.get("/assets/app.css") { _, _ in Self.asset(PackageResources.app_css, type: "text/css; charset=utf-8") }
        router.get("/api/openapi.yaml") { _, _ in Self.asset(PackageResources.openapi_yaml, type: "application/yaml; charset=utf-8") }
    }

    /// Checks the posted token; a session cookie and the workbench on success, the sign-in page
    /// again (401) on failure.
    private func signIn(_ request: Request, context: StewardContext) async throws -> Response {
        try AuthMiddleware.checkSameOrigin(request)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let form = Self.form(String(buffer: body))
        guard let presented = form["token"], token.matches(presented) else {
            let html = String(decoding: PackageResources.signin_html, as: UTF8.self)
                .replacingOccurrences(of: "<p id=\"message\"></p>", with: "<p id=\"message\" class=\"error\">That is not this workspace's token.</p>")
            return Self.page(Array(html.utf8), status: .unauthorized)
        }
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let session = sessions.open(actor: name.isEmpty ? "steward" : String(name.prefix(100)))
        var response = Response.redirect(to: "/", type: .found)
        response.setCookie(
            Cookie(name: AuthMiddleware.cookie, value: session.id, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    /// The fields of an `application/x-www-form-urlencoded` body.
    static func form(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func page(_ bytes: [UInt8], status: HTTPResponse.Status) -> Response {
        asset(bytes, type: "text/html; charset=utf-8", status: status)
    }

    static func asset(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        for (name, value) in securityHeaders { headers[name] = value }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
