import ArgumentParser
import Foundation
import GoldenCore
import Hummingbird
import Pipeline
import Steward

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the data stewards' workbench: a web UI and a JSON API for the review queue.",
        discussion: """
            Listens on 127.0.0.1 by default. Every route but the sign-in page needs the workspace's \
            access token: $GOLDEN_TOKEN when set, else the file .golden-token in the workspace (made, \
            readable by its owner only, when missing). The API takes 'Authorization: Bearer TOKEN'; \
            the browser signs in once with it. Decisions are the same as 'golden review' ones and \
            take effect on the next 'golden run'. The server logs method, route, status and time, \
            never personal data. The API is described at /api/openapi.yaml (see docs/STEWARD.md).
            """)

    @Option(name: .shortAndLong, help: "The workspace configuration file.")
    var config = "golden.yml"

    @Option(help: "The address to listen on; keep the default unless a proxy with TLS is in front.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() throws {
        let server = try guarded {
            let runner = try Runner(configPath: config, progress: .silent)
            let token = try AccessToken.resolve(workspace: runner.config.directory)
            FileHandle.standardError.write(Data("access token: \(token.origin)\n".utf8))
            return StewardServer(
                desk: ReviewDesk(config: runner.config, store: runner.store, explainerCache: PairExplainerCache()), token: token)
        }
        let host = host, port = port
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.application(host: host, port: port) { bound in
                    FileHandle.standardError.write(Data("serving the workbench on http://\(host):\(bound)/\n".utf8))
                }.runService()
            } catch {
                failure.error = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Carries a server failure out of its task.
private final class ServeFailure: @unchecked Sendable {
    var error: String?
}
