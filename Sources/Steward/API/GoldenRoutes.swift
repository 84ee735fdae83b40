import Foundation
import GoldenCore
import Hummingbird
import Match
import Pipeline
import Quality
import Store

/// `/api/goldens/…`: search, one golden record in full, merge and split; `/api/audit`: the
/// merge log. Decisions go through the same ``ReviewDesk`` as `golden review`.
struct GoldenRoutes: Sendable {
    let desk: ReviewDesk
    let search: GoldenSearch

    /// What a merge carries.
    struct MergeBody: Decodable {
        var goldens: [String]?
        var reason: String?
    }

    /// What a split carries.
    struct SplitBody: Decodable {
        /// The records that leave, as `source:key`.
        var records: [String]?
        var reason: String?
        /// The golden record's `updated_at` as the steward saw it.
        var updatedAt: String?
    }

    /// Search results.
    struct SearchResults: Encodable {
        var query: String
        /// What the query was searched as: `id`, `email`, `phone` or `name`.
        var by: String
        var items: [Item]

        struct Item: Encodable {
            var goldenId: String
            var status: String
            var recordCount: Int
            var displayName: String?
            var updatedAt: String
        }
    }

    /// A page of the audit log, newest first.
    struct AuditPage: Encodable {
        var entries: [AuditEntry]
        /// Pass as `before` for the next page; `nil` on the last.
        var nextBefore: Int64?
    }

    func add(to router: some RouterMethods<StewardContext>) {
        router.get("/api/goldens") { request, context in
            let input = RequestInput(request)
            guard let query = input.string("q")?.trimmingCharacters(in: .whitespaces), !query.isEmpty else {
                throw APIError.badRequest("q", "is required: a golden id, an e-mail address, a phone number or a name")
            }
            let by = try input.choice("by", in: GoldenSearch.Kind.allCases.map(\.rawValue)).flatMap(GoldenSearch.Kind.init)
            let limit = try input.integer("limit", in: 1...200, default: 50)
            let (kind, rows) = try answering(field: "q") { () throws(GoldenError) in try search.find(query, as: by, limit: limit) }
            return try context.json(
                SearchResults(
                    query: query, by: kind.rawValue,
                    items: rows.map {
                        .init(goldenId: $0.goldenID, status: $0.status, recordCount: $0.recordCount, displayName: $0.displayName, updatedAt: $0.updatedAt)
                    }))
        }
        router.get("/api/goldens/{id}") { _, context in
            let id = try context.parameters.require("id")
            return try context.json(try answering(field: "id") { () throws(GoldenError) in 
                try GoldenRecordDetail.load(
                    id, store: desk.store,
                    freshness: FreshnessEvaluator(
                        settings: desk.config.quality.freshness, sourceKinds: desk.config.sourceKinds, asOf: .now))
            })
        }
        router.post("/api/goldens/merge") { request, context in
            let body = try await RequestInput.body(MergeBody.self, of: request, context: context)
            guard let goldens = body.goldens, goldens.count == 2, goldens.allSatisfy({ !$0.isEmpty }) else {
                throw APIError.badRequest("goldens", "must name exactly two golden ids")
            }
            let note = try note(body.reason, actor: context.actor)
            return try context.json(try answering(field: "goldens") { () throws(GoldenError) in try desk.merge(goldens[0], goldens[1], by: note) })
        }
        router.post("/api/goldens/{id}/split") { request, context in
            let id = try context.parameters.require("id")
            let body = try await RequestInput.body(SplitBody.self, of: request, context: context)
            guard let records = body.records, !records.isEmpty else {
                throw APIError.badRequest("records", "must name at least one record that leaves, as source:key")
            }
            var refs: [RecordRef] = []
            for (index, text) in records.enumerated() {
                guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else {
                    throw APIError.badRequest("records[\(index)]", "must be source:key")
                }
                refs.append(RecordRef(source: String(text[..<colon]), key: String(text[text.index(after: colon)...])))
            }
            let note = try note(body.reason, actor: context.actor)
            let updatedAt = try RequestInput.timestamp(body.updatedAt, "updated_at")
            let report = try answering(field: "records") { () throws(GoldenError) in
                let expected = try updatedAt.flatMap { time throws(GoldenError) in
                    try desk.store.goldenRecord(id: id).map { GoldenRecordVersion(sequence: $0.sequence, updatedAt: time) }
                }
                return try desk.split(id, leaving: refs, expected: expected, by: note)
            }
            return try context.json(report)
        }
        router.get("/api/audit") { request, context in
            let input = RequestInput(request)
            let limit = try input.integer("limit", in: 1...500, default: 100)
            let before = try input.string("before").map { (text: String) throws(APIError) -> Int64 in
                guard let id = Int64(text), id > 0 else { throw APIError.badRequest("before", "must be a positive whole number") }
                return id
            }
            let page = try answering(field: "query") { () throws(GoldenError) in
                let entries = try desk.store.mergeLogPage(before: before, actor: input.string("actor"), limit: limit)
                let sequences = Set(entries.flatMap { [$0.entry.golden, $0.entry.other].compactMap(\.self) })
                let ids = Dictionary(
                    try desk.store.goldenSummaries(sequences.sorted()).map { ($0.sequence, $0.goldenID) }, uniquingKeysWith: { a, _ in a })
                return AuditPage(
                    entries: entries.map { AuditEntry($0, ids: ids) }, nextBefore: entries.count == limit ? entries.last?.id : nil)
            }
            return try context.json(page)
        }
    }

    private func note(_ reason: String?, actor: String) throws(APIError) -> StewardNote {
        let reason = try RequestInput.required(reason, "reason")
        return try answering(field: "reason") { () throws(GoldenError) in try StewardNote(actor: actor, reason: reason) }
    }
}
