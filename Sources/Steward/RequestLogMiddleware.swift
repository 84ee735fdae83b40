import Foundation
import Hummingbird
import Logging

/// Logs one line per request: method, route pattern (`/api/goldens/{id}`, never the path with
/// its values, never the query), status and time taken. Nothing about who or what was asked
/// for: paths and queries can hold personal data (a searched e-mail address).
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, since: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            log(request, context, status: status, since: start)
            throw error
        }
    }

    private func log(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let route = context.endpointPath ?? "(no route)"
        logger.info("\(request.method) \(route) \(status) \(String(format: "%.1f", milliseconds)) ms")
    }
}
