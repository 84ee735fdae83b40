import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// Just enough of the W3C WebDriver protocol, over plain HTTP, to drive a headless Chromium
/// through `chromedriver`: sessions, navigation, elements, keys, script, screenshots.
///
/// HTTP goes through HummingbirdTesting's small NIO client (already built for the API tests):
/// FoundationNetworking's `URLSession` fails on this platform's libcurl ("Failed writing header").
struct WebDriver: Sendable {
    /// The driver's port on 127.0.0.1.
    let port: Int
    let session: String

    /// Where Debian puts the browser and its driver; `nil` when either is missing.
    static var binaries: (chromium: String, driver: String)? {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile(atPath:))
        let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first(where: FileManager.default.isExecutableFile(atPath:))
        guard let chromium, let driver else { return nil }
        return (chromium, driver)
    }

    /// A new headless browser session on the driver listening on `port`.
    static func start(driverPort port: Int, chromium: String) async throws -> WebDriver {
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": chromium,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
                            "--no-first-run", "--no-default-browser-check",
                        ],
                    ],
                ]
            ]
        ]
        let value = try await call(port: port, "/session", .post, capabilities)
        guard let session = (value as? [String: Any])?["sessionId"] as? String else { throw Failure("no session id in \(value)") }
        return WebDriver(port: port, session: session)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Sends a WebDriver command to the driver on `port`; its `value`.
    @discardableResult
    static func call(port: Int, _ path: String, _ method: HTTPRequest.Method, _ body: [String: Any]? = nil) async throws -> Any {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, data) = try await fetch(port: port, path, method, body: payload, timeout: .seconds(60))
        let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        let value = json?["value"] ?? NSNull()
        if status >= 400 {
            throw Failure("WebDriver \(method) \(path): \(status) \((value as? [String: Any])?["message"] ?? value)")
        }
        return value
    }

    /// One HTTP request to 127.0.0.1:`port`: the status and the body.
    static func fetch(
        port: Int, _ path: String, _ method: HTTPRequest.Method = .get, body: Data? = nil, timeout: Duration = .seconds(5)
    ) async throws -> (Int, Data) {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: timeout)) { client in
            var headers = HTTPFields()
            if body != nil { headers[.contentType] = "application/json" }
            let request = TestClient.Request(
                path, method: method, authority: "127.0.0.1:\(port)", headers: headers, body: body.map { ByteBuffer(bytes: $0) })
            let response = try await client.execute(request)
            return (response.status.code, response.body.map { Data($0.readableBytesView) } ?? Data())
        }
    }

    @discardableResult
    func command(_ path: String, _ method: HTTPRequest.Method = .post, _ body: [String: Any]? = [:]) async throws -> Any {
        try await Self.call(port: port, "/session/\(session)/\(path)", method, method == .get ? nil : body)
    }

    func open(_ url: String) async throws { try await command("url", .post, ["url": url]) }

    func currentURL() async throws -> String { try await command("url", .get) as? String ?? "" }

    /// The element `css` selects; throws when there is none.
    func element(_ css: String) async throws -> String {
        let value = try await command("element", .post, ["using": "css selector", "value": css])
        guard let object = value as? [String: Any], let id = object.values.first as? String else { throw Failure("no element \(css)") }
        return id
    }

    func type(_ text: String, into element: String) async throws {
        try await command("element/\(element)/value", .post, ["text": text])
    }

    func click(_ element: String) async throws { try await command("element/\(element)/click") }

    /// Presses keys on whatever has the focus, as a user would.
    func press(_ text: String) async throws {
        let actions = text.unicodeScalars.flatMap { key in
            [["type": "keyDown", "value": String(key)], ["type": "keyUp", "value": String(key)]]
        }
        try await command("actions", .post, ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    func script(_ source: String) async throws -> Any {
        try await command("execute/sync", .post, ["script": source, "args": []])
    }

    /// Polls `condition` (a script returning a boolean) until it holds, for `seconds` at most.
    func wait(_ condition: String, seconds: Double = 15) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await script("return Boolean(\(condition));") as? Bool == true { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure("timed out waiting for \(condition)")
    }

    func screenshot() async throws -> Data {
        guard let base64 = try await command("screenshot", .get) as? String, let data = Data(base64Encoded: base64) else {
            throw Failure("no screenshot")
        }
        return data
    }

    func quit() async { _ = try? await Self.call(port: port, "/session/\(session)", .delete) }
}

/// A free TCP port on the loopback interface, found by binding port 0.
func freeLoopbackPort() throws -> Int {
    let socket = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
    }
    guard bound else { throw WebDriver.Failure("could not bind a loopback port") }
    return Int(UInt16(bigEndian: address.sin_port))
}
