import Foundation
import GoldenCore
import Ingest
import Merge
import Normalize
import Pipeline
import Store

/// A golden-record search as a steward types it — a golden id, an e-mail address, a phone
/// number or a name — read the way the Normalize stage reads the same value, so that it finds
/// the keys golden records are indexed by (`golden_search`, see the `v8-steward` migration).
///
/// ```swift
/// let search = GoldenSearch(config: config, store: store)
/// try search.find("J.Smith@Example.com")   // by the address's canonical key
/// try search.find("020 7946 0000")         // by E.164, read with each source's country
/// try search.find("müller jur")            // every word a prefix of a given or family name
/// ```
struct GoldenSearch: Sendable {
    /// What a query is searched by.
    enum Kind: String, Sendable, CaseIterable {
        case id, email, phone, name
    }

    let store: GoldenStore
    /// The default countries of the configured sources: how a national phone number is read.
    let countries: [String?]

    init(config: WorkspaceConfig, store: GoldenStore) {
        self.store = store
        var countries: [String?] = []
        for source in config.sources where !countries.contains(source.mapping.normalize.defaultCountry) {
            countries.append(source.mapping.normalize.defaultCountry)
        }
        self.countries = countries.isEmpty ? [nil] : countries
    }

    /// What `query` looks like: a golden id, an e-mail address (an `@`), a phone number (only
    /// digits, spaces and `+-().`, six digits at least), else a name.
    static func kind(of query: String) -> Kind {
        if GoldenID(query) != nil { return .id }
        if query.contains("@") { return .email }
        let digits = query.unicodeScalars.filter { CharacterSet.decimalDigits.contains($0) }.count
        let phoneish = query.unicodeScalars.allSatisfy { CharacterSet.decimalDigits.contains($0) || " +-().".unicodeScalars.contains($0) }
        return phoneish && digits >= 6 ? .phone : .name
    }

    /// The golden records `query` finds (as `kind`, else as it looks), best first; at most
    /// `limit`.
    func find(_ query: String, as kind: Kind? = nil, limit: Int) throws(GoldenError) -> (Kind, [GoldenSummaryRow]) {
        let guessed = kind == nil
        let kind = kind ?? Self.kind(of: query)
        var sequences: [Int64] = []
        switch kind {
        case .id:
            if let active = try store.resolveGoldenID(query.uppercased()), let record = try store.goldenRecord(id: active) {
                sequences = [record.sequence]
            }
        case .email:
            let keys = normalized(field: "email", query) { record in
                record.emails.flatMap { [$0.canonical, $0.normalized?.lowercased()] }.compactMap(\.self)
            }
            sequences = try union(keys.isEmpty ? [query.lowercased()] : keys) { key throws(GoldenError) in
                try store.searchGoldens(.email, terms: [key], limit: limit)
            }
        case .phone:
            var keys: [String] = []
            for country in countries {
                keys += normalized(field: "phone", query, country: country) { $0.phones.compactMap(\.e164) }
            }
            sequences = try union(keys) { key throws(GoldenError) in try store.searchGoldens(.phone, terms: [key], limit: limit) }
        case .name:
            let words = query.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
            let keys = words.compactMap { word in normalized(field: "family_name", word) { $0.name?.familyKey.map { [$0] } ?? [] }.first }
            sequences = try store.searchGoldens(.name, terms: keys, prefix: true, limit: limit)
        }
        // A name in capitals can look like an id: found no id, it is searched as a name.
        if sequences.isEmpty, kind == .id, guessed {
            let (_, byName) = try find(query, as: .name, limit: limit)
            if !byName.isEmpty { return (.name, byName) }
        }
        return (kind, try store.goldenSummaries(Array(sequences.prefix(limit))))
    }

    /// The keys the Normalize stage makes of `value` in `field`, read as a record of a source in
    /// `country`.
    private func normalized(
        field: String, _ value: String, country: String? = nil, _ keys: (NormalizedRecord) -> [String]
    ) -> [String] {
        var options = NormalizeOptions()
        options.defaultCountry = country
        let record = SourceRecord(
            source: "search", key: "query", observedAt: nil, fields: [Field(field, value)], lineage: Lineage(file: "search"))
        return keys(RecordNormalizer(options: options).normalize(record)).filter { !$0.isEmpty }
    }

    /// The sequences each key finds, once each, in order.
    private func union(_ keys: [String], _ find: (String) throws(GoldenError) -> [Int64]) throws(GoldenError) -> [Int64] {
        var seen = Set<Int64>(), all: [Int64] = []
        for key in Set(keys).sorted() {
            for sequence in try find(key) where seen.insert(sequence).inserted { all.append(sequence) }
        }
        return all.sorted()
    }
}
