import Foundation
import GoldenCore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Pipeline
import Steward
import Store

/// A throwaway copy of `Fixtures/retail` after one `golden run`, with a workbench server over
/// its store. The run happens once per test process, through ``Runner``; every test gets its
/// own copy of the resulting workspace and store, removed when it ends.
final class StewardWorkspace: @unchecked Sendable {
    let path: String
    let runner: Runner
    let server: StewardServer
    /// The access token the server accepts.
    let token = "test-token-0123456789abcdef"
    /// Every line the server logged.
    let log = LogLines()

    /// The repository's `Fixtures/` folder.
    static let fixtures: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures").path
    }()

    /// `Fixtures/retail` after one run, made once.
    private static let reference: Result<String, any Error> = Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("golden-steward-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: fixtures + "/retail", toPath: path)
        for file in try FileManager.default.contentsOfDirectory(atPath: path) where file.hasPrefix("golden.sqlite") {
            try FileManager.default.removeItem(atPath: path + "/" + file)
        }
        _ = try Runner(configPath: path + "/golden.yml", progress: .silent).run(command: "run")
        return path
    }

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("golden-steward-\(UUID().uuidString)").path
        try Self.copy(try Self.reference.get(), to: path)
        runner = try Runner(configPath: path + "/golden.yml", progress: .silent)
        server = StewardServer(
            desk: ReviewDesk(config: runner.config, store: runner.store, explainerCache: PairExplainerCache()), token: AccessToken(token))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Copies the reference workspace. The reference run's store connections close when they
    /// are released, which can remove its `-shm` file while a copy is under way: that copy is
    /// dropped and made again.
    private static func copy(_ source: String, to destination: String) throws {
        for attempt in 1...5 {
            do {
                try FileManager.default.copyItem(atPath: source, toPath: destination)
                return
            } catch where attempt < 5 {
                try? FileManager.default.removeItem(atPath: destination)
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    var config: String { path + "/golden.yml" }
    var store: GoldenStore { runner.store }
    var desk: ReviewDesk { server.desk }

    /// A logger that keeps every line in ``log``.
    var logger: Logger {
        let lines = log
        var logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
        logger.logLevel = .info
        return logger
    }

    /// The server's router as an application, for `app.test(.router)`.
    func application() -> some ApplicationProtocol {
        Application(router: server.router(logger: logger), logger: logger)
    }

    /// Runs `body` with a test client over the router.
    func withClient(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await application().test(.router, body)
    }

    /// The bearer headers of an API call, optionally naming the actor.
    func bearer(actor: String? = nil) -> HTTPFields {
        var headers = HTTPFields()
        headers[.authorization] = "Bearer \(token)"
        if let actor { headers[HTTPField.Name("X-Golden-Actor")!] = actor }
        return headers
    }

    /// Runs the pipeline again (as `golden run`).
    func run() throws { _ = try Runner(configPath: config, progress: .silent).run(command: "run") }
}

/// Log lines, shared between the handler and the test.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// A log handler that keeps the message and metadata of every line.
struct CapturingLogHandler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let extra = (event.metadata ?? [:]).merging(metadata) { a, _ in a }.map { "\($0)=\($1)" }.sorted().joined(separator: " ")
        lines.append("\(event.message) \(extra)")
    }
}

extension TestResponse {
    /// The body as JSON.
    func json() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] ?? [:]
    }

    /// The body as text.
    var text: String { String(buffer: body) }
}

extension Data {
    init(buffer: ByteBuffer) { self.init(buffer.readableBytesView) }
}

/// A JSON request body.
func jsonBody(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
}
