import Foundation
import GoldenCore
import HTTPTypes
import Hummingbird
import Pipeline
import Store

/// An error answer of the JSON API: a status and a body that says what went wrong and, for a
/// bad request, which field.
///
/// ```json
/// {"error": {"code": "bad_request", "field": "min_probability", "message": "must be a number from 0 to 1"}}
/// ```
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String
    /// The query parameter, path parameter or body field at fault.
    public var field: String?

    public init(_ status: HTTPResponse.Status, code: String, _ message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    /// 400: `field` is missing or malformed.
    public static func badRequest(_ field: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "bad_request", message, field: field)
    }

    /// 404: no such item, golden record or record.
    public static func notFound(_ message: String) -> APIError {
        APIError(.notFound, code: "not_found", message)
    }

    /// 401: no valid token or session.
    public static let unauthorized = APIError(.unauthorized, code: "unauthorized", "sign in or send 'Authorization: Bearer <token>'")

    /// 403: a cookie session's state-changing request without its CSRF token or from elsewhere.
    public static func forbidden(_ message: String) -> APIError {
        APIError(.forbidden, code: "forbidden", message)
    }

    /// The answer to a `GoldenError` from the review desk: 404 for `notFound`, 409 for
    /// `conflict`, 400 naming `field` for `usage`, 500 otherwise (the message hides store details).
    public init(_ error: GoldenError, field: String? = nil) {
        switch error.code {
        case .notFound: self = .notFound(error.message)
        case .conflict: self = APIError(.conflict, code: "conflict", error.message)
        case .usage: self = .badRequest(field ?? "body", error.message)
        default: self = APIError(.internalServerError, code: "internal", "the store could not be read or written; see the server log")
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(ErrorBody(error: .init(code: code, message: message, field: field)))
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The JSON body of an error answer.
private struct ErrorBody: Encodable {
    struct Detail: Encodable {
        var code: String
        var message: String
        var field: String?
    }
    var error: Detail
}

/// Runs a review desk call, turning its `GoldenError` into the API's answer; `field` names the
/// request field a `usage` error is about.
func answering<T>(field: String? = nil, _ body: () throws(GoldenError) -> T) throws(APIError) -> T {
    do {
        return try body()
    } catch {
        throw APIError(error, field: field)
    }
}
