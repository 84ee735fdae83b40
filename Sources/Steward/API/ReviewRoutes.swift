import Foundation
import GoldenCore
import Hummingbird
import Match
import Pipeline
import Store

/// `/api/review/…`: the review queue and the decisions on its items, through the same
/// ``ReviewDesk`` as `golden review`.
struct ReviewRoutes: Sendable {
    let desk: ReviewDesk

    /// What an accept or reject carries.
    struct PairDecision: Decodable {
        /// Why (required).
        var reason: String?
        /// The item's `updated_at` as the steward saw it: a decision on a changed item is a conflict.
        var updatedAt: String?
    }

    func add(to router: some RouterMethods<StewardContext>) {
        router.get("/api/review/items") { request, context in try context.json(try list(RequestInput(request))) }
        router.get("/api/review/items/{id}") { request, context in
            let input = RequestInput(request)
            let id = try itemID(context)
            let values = try input.choice("values", in: ["true", "false"]) != "false"
            return try context.json(try answering(field: "id") { () throws(GoldenError) in try desk.show(id, showValues: values) })
        }
        for (action, accept) in [("accept", true), ("reject", false)] {
            router.post("/api/review/items/{id}/\(action)") { request, context in
                let id = try itemID(context)
                let body = try await RequestInput.body(PairDecision.self, of: request, context: context)
                let report = try decide(id, accept: accept, body: body, actor: context.actor)
                return try context.json(report)
            }
        }
    }

    /// A page of the queue under the request's filters.
    func list(_ input: RequestInput) throws(APIError) -> ReviewPage {
        let statuses = ReviewDesk.Status.allCases.map(\.rawValue) + ["all"]
        let status = try input.choice("status", in: statuses) ?? ReviewDesk.Status.open.rawValue
        let query = ReviewQuery(
            status: status == "all" ? nil : status, kind: try input.choice("kind", in: ReviewDesk.kinds),
            limit: try input.integer("limit", in: 1...500, default: 50),
            offset: try input.integer("offset", in: 0...Int(Int32.max), default: 0),
            minProbability: try input.probability("min_probability"), maxProbability: try input.probability("max_probability"),
            source: input.string("source"))
        if let low = query.minProbability, let high = query.maxProbability, low > high {
            throw APIError.badRequest("min_probability", "must not be above max_probability")
        }
        if let source = query.source, !desk.config.sources.contains(where: { $0.name == source }) {
            throw APIError.badRequest("source", "must be one of \(desk.config.sources.map(\.name).joined(separator: ", "))")
        }
        return try answering(field: "query") { () throws(GoldenError) in try desk.list(query) }
    }

    /// Accepts or rejects item `id` for `actor`.
    func decide(_ id: Int64, accept: Bool, body: PairDecision, actor: String) throws(APIError) -> DecisionReport {
        let reason = try RequestInput.required(body.reason, "reason")
        let expected = try RequestInput.timestamp(body.updatedAt, "updated_at").map {
            ReviewItemVersion(status: ReviewDesk.Status.open.rawValue, updatedAt: $0)
        }
        let note = try answering(field: "reason") { () throws(GoldenError) in try StewardNote(actor: actor, reason: reason) }
        return try answering(field: "body") { () throws(GoldenError) in
            accept ? try desk.accept(id, expected: expected, by: note) : try desk.reject(id, expected: expected, by: note)
        }
    }

    private func itemID(_ context: StewardContext) throws(APIError) -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self), id > 0 else {
            throw APIError.badRequest("id", "must be a review item's id, a positive whole number")
        }
        return id
    }
}
