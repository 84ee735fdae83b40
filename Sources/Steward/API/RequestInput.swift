import Foundation
import GoldenCore
import HTTPTypes
import Hummingbird

/// Reads a request's query parameters and JSON body, answering `400` with the field's name
/// for anything missing or malformed.
struct RequestInput: Sendable {
    let query: [String: String]

    init(_ request: Request) {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
        self.query = query
    }

    /// A query parameter's text; `nil` when absent or empty.
    func string(_ name: String) -> String? {
        query[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A query parameter that must be one of `allowed` when given.
    func choice(_ name: String, in allowed: [String]) throws(APIError) -> String? {
        guard let value = string(name) else { return nil }
        guard allowed.contains(value) else {
            throw APIError.badRequest(name, "must be one of \(allowed.joined(separator: ", "))")
        }
        return value
    }

    /// A whole-number query parameter in `range`, else `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIError) -> Int {
        guard let text = string(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badRequest(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A probability query parameter (0…1), `nil` when absent.
    func probability(_ name: String) throws(APIError) -> Double? {
        guard let text = string(name) else { return nil }
        guard let value = Double(text), value.isFinite, (0...1).contains(value) else {
            throw APIError.badRequest(name, "must be a number from 0 to 1")
        }
        return value
    }

    /// The request's JSON body as `Body`; `400` naming `body` when it is not JSON of that shape.
    static func body<Body: Decodable>(_ type: Body.Type, of request: Request, context: StewardContext) async throws -> Body {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Body.self, from: Data(buffer.readableBytesView))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw APIError.badRequest(Self.field(context.codingPath), "has the wrong type")
        } catch {
            throw APIError.badRequest("body", "must be a JSON object")
        }
    }

    /// A coding path as the API names fields (`records[1]`).
    static func field(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "body" }
        var text = ""
        for key in path {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + snakeCase(key.stringValue) }
        }
        return text
    }

    private static func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { text, character in
            if character.isUppercase { text += "_" + character.lowercased() } else { text.append(character) }
        }
    }

    /// A required, non-blank text field.
    static func required(_ value: String?, _ field: String) throws(APIError) -> String {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.badRequest(field, "is required")
        }
        return value
    }

    /// An optional ISO 8601 time field.
    static func timestamp(_ value: String?, _ field: String) throws(APIError) -> Timestamp? {
        guard let value else { return nil }
        guard let time = Timestamp(iso8601: value) else { throw APIError.badRequest(field, "must be an ISO 8601 time") }
        return time
    }
}

extension StewardContext {
    /// `value` as the API's JSON, with `status`.
    func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try responseEncoder.encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
