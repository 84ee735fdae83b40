import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Pipeline
import Steward
import Store
import Testing

/// Every route refuses a caller without the token; the browser's session is bound to a CSRF
/// token and to this origin.
@Suite struct AuthTests {
    /// Every route of the server but `/signin`, with a method that reaches it.
    static let routes: [(HTTPRequest.Method, String)] = [
        (.get, "/"), (.get, "/assets/app.js"), (.get, "/assets/app.css"), (.get, "/api/openapi.yaml"),
        (.get, "/api/review/items"), (.get, "/api/review/items/1"), (.post, "/api/review/items/1/accept"),
        (.post, "/api/review/items/1/reject"), (.get, "/api/goldens?q=smith"), (.get, "/api/goldens/G00000000"),
        (.post, "/api/goldens/merge"), (.post, "/api/goldens/G00000000/split"), (.get, "/api/audit"), (.post, "/signout"),
    ]

    /// Headers that fail: none, a wrong token, a right one without `Bearer `, an unknown session.
    static let badCredentials: [(String, HTTPFields)] = [
        ("none", [:]),
        ("wrong token", [.authorization: "Bearer not-the-token"]),
        ("token without scheme", [.authorization: "test-token-0123456789abcdef"]),
        ("basic scheme", [.authorization: "Basic dGVzdA=="]),
        ("unknown session", [.cookie: "golden_session=0123456789abcdef"]),
    ]

    @Test(arguments: badCredentials)
    func everyRouteButSignInNeedsTheToken(_ credentials: (name: String, headers: HTTPFields)) async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            for (method, uri) in Self.routes {
                let response = try await client.executeRequest(uri: uri, method: method, headers: credentials.headers, body: nil)
                if uri.hasPrefix("/api/") {
                    #expect(response.status == .unauthorized, "\(method) \(uri) with \(credentials.name)")
                    #expect(try response.json()["error"] != nil)
                } else {
                    // A page (or the sign-out) with a bad bearer header is refused; without one, the browser goes to sign in.
                    let expected: [HTTPResponse.Status] = credentials.headers[.authorization] == nil ? [.found] : [.unauthorized]
                    #expect(expected.contains(response.status), "\(method) \(uri) with \(credentials.name)")
                }
            }
            let signIn = try await client.executeRequest(uri: "/signin", method: .get, headers: credentials.headers, body: nil)
            #expect(signIn.status == .ok && signIn.text.contains("name=\"token\""))
        }
    }

    @Test func theBearerTokenOpensEveryReadRoute() async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            for (method, uri) in Self.routes where method == .get {
                let response = try await client.executeRequest(uri: uri, method: method, headers: workspace.bearer(), body: nil)
                #expect([.ok, .notFound].contains(response.status), "\(uri): \(response.status)")
            }
        }
    }

    @Test func signingInSetsAStrictHttpOnlyCookieAndTheWrongTokenDoesNot() async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            let wrong = try await client.executeRequest(
                uri: "/signin", method: .post, headers: Self.form(origin: "http://localhost"),
                body: ByteBuffer(string: "name=ana&token=nope"))
            #expect(wrong.status == .unauthorized && wrong.headers[.setCookie] == nil)
            #expect(wrong.text.contains("not this workspace"))

            let foreign = try await client.executeRequest(
                uri: "/signin", method: .post, headers: Self.form(origin: "http://evil.example"),
                body: ByteBuffer(string: "token=\(workspace.token)"))
            #expect(foreign.status == .forbidden && foreign.headers[.setCookie] == nil)

            let session = try await Self.signIn(client, workspace)
            #expect(session.cookie.hasPrefix("golden_session="))
            #expect(session.setCookie.contains("HttpOnly") && session.setCookie.contains("SameSite=Strict"))
            let page = try await client.executeRequest(uri: "/", method: .get, headers: [.cookie: session.cookie], body: nil)
            #expect(page.status == .ok && page.text.contains(session.csrf) && page.text.contains("ana"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true)
        }
    }

    /// A cookie session's decision needs its CSRF token and this origin; the bearer header needs neither.
    @Test(arguments: [
        ("no CSRF token", false, "http://localhost", HTTPResponse.Status.forbidden),
        ("another site", true, "http://evil.example", .forbidden),
        ("a lookalike port", true, "http://localhost:8081", .forbidden),
        ("no origin", true, "", .forbidden),
        ("same origin with token", true, "http://localhost", .ok),
    ])
    func aCookieSessionsDecisionNeedsItsCSRFTokenAndThisOrigin(
        _ name: String, _ withToken: Bool, _ origin: String, _ expected: HTTPResponse.Status
    ) async throws {
        let workspace = try StewardWorkspace()
        let item = try #require(try workspace.desk.list().items.first)
        try await workspace.withClient { client in
            let session = try await Self.signIn(client, workspace)
            var headers: HTTPFields = [.cookie: session.cookie, .contentType: "application/json"]
            if withToken { headers[HTTPField.Name("X-CSRF-Token")!] = session.csrf }
            if !origin.isEmpty { headers[.origin] = origin }
            let response = try await client.executeRequest(
                uri: "/api/review/items/\(item.id)/reject", method: .post, headers: headers, body: jsonBody(["reason": "two people"]))
            #expect(response.status == expected, "\(name)")
        }
        let decided = try workspace.desk.show(item.id).item.status
        #expect(decided == (expected == .ok ? "rejected" : "open"))
        if expected == .ok { #expect(try workspace.store.mergeLog().last?.entry.actor == "ana") }
    }

    @Test func signingOutEndsTheSession() async throws {
        let workspace = try StewardWorkspace()
        try await workspace.withClient { client in
            let session = try await Self.signIn(client, workspace)
            let headers: HTTPFields = [
                .cookie: session.cookie, .origin: "http://localhost", HTTPField.Name("X-CSRF-Token")!: session.csrf,
            ]
            let out = try await client.executeRequest(uri: "/signout", method: .post, headers: headers, body: nil)
            #expect(out.status == .found)
            let after = try await client.executeRequest(uri: "/api/review/items", method: .get, headers: [.cookie: session.cookie], body: nil)
            #expect(after.status == .unauthorized)
        }
    }

    static func form(origin: String) -> HTTPFields {
        [.contentType: "application/x-www-form-urlencoded", .origin: origin]
    }

    /// Signs in as `ana`: the cookie to send back, the `Set-Cookie` line, and the page's CSRF token.
    static func signIn(
        _ client: any TestClientProtocol, _ workspace: StewardWorkspace
    ) async throws -> (cookie: String, setCookie: String, csrf: String) {
        let response = try await client.executeRequest(
            uri: "/signin", method: .post, headers: form(origin: "http://localhost"),
            body: ByteBuffer(string: "name=ana&token=\(workspace.token)"))
        #expect(response.status == .found && response.headers[.location] == "/")
        let setCookie = try #require(response.headers[.setCookie])
        let cookie = String(setCookie.prefix { $0 != ";" })
        let page = try await client.executeRequest(uri: "/", method: .get, headers: [.cookie: cookie], body: nil)
        let marker = "name=\"csrf-token\" content=\""
        let start = try #require(page.text.range(of: marker)).upperBound
        let csrf = String(page.text[start...].prefix { $0 != "\"" })
        #expect(csrf.count == 64)
        return (cookie, setCookie, csrf)
    }
}

@Suite struct AccessTokenTests {
    @Test func theTokenFileIsMadeOnceReadableByItsOwnerOnly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-token-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try AccessToken.resolve(workspace: directory, environment: [:])
        let path = directory + "/" + AccessToken.fileName
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let secret = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.count == 64 && first.matches(secret) && first.origin == path)
        #expect(try AccessToken.create(in: directory) == false)
        #expect(try AccessToken.resolve(workspace: directory, environment: [:]).matches(secret))
        let fromEnvironment = try AccessToken.resolve(workspace: directory, environment: ["GOLDEN_TOKEN": " other \n"])
        #expect(fromEnvironment.matches("other") && !fromEnvironment.matches(secret) && fromEnvironment.origin == "GOLDEN_TOKEN")
    }

    @Test(arguments: [
        ("secret", "secret", true), ("secret", "secreT", false), ("secret", "secret ", false), ("secret", "", false),
        ("", "", true), ("secret", "secre", false),
    ])
    func tokensMatchOnlyWhenEqual(_ token: String, _ presented: String, _ expected: Bool) {
        #expect(AccessToken(token).matches(presented) == expected)
    }
}
