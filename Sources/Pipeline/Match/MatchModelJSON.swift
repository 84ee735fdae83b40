import Foundation
import Match

/// How a ``MatchModel`` is kept in the store: JSON with sorted keys, so that a saved model reads
/// the same in the database, in `golden train --json` and in a diff — with the term frequencies
/// it was fitted with beside its parameters (`term_frequencies`), so that every run scoring
/// with the model weighs a pair the same way.
enum MatchModelJSON {
    /// A model and its term frequencies, encoded as one JSON object.
    private struct Stored: Codable {
        var model: MatchModel
        var termFrequencies: TermFrequencies?

        enum Key: String, CodingKey { case termFrequencies = "term_frequencies" }

        init(model: MatchModel, termFrequencies: TermFrequencies?) {
            self.model = model
            self.termFrequencies = termFrequencies
        }

        init(from decoder: any Decoder) throws {
            model = try MatchModel(from: decoder)
            termFrequencies = try decoder.container(keyedBy: Key.self).decodeIfPresent(TermFrequencies.self, forKey: .termFrequencies)
        }

        func encode(to encoder: any Encoder) throws {
            try model.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(termFrequencies, forKey: .termFrequencies)
        }
    }

    static func encode(_ model: MatchModel, termFrequencies: TermFrequencies? = nil) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // A model is plain numbers and names: encoding cannot fail.
        return String(decoding: try! encoder.encode(Stored(model: model, termFrequencies: termFrequencies)), as: UTF8.self)
    }

    /// The model, or `nil` when the JSON is not a model this version reads (it is then retrained).
    static func decode(_ json: String) -> MatchModel? {
        decodeWithFrequencies(json)?.model
    }

    /// The model and the term frequencies saved with it (`nil` for a model saved without).
    static func decodeWithFrequencies(_ json: String) -> (model: MatchModel, termFrequencies: TermFrequencies?)? {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: Data(json.utf8)),
            stored.model.formatVersion == MatchModel.formatVersion
        else { return nil }
        return (stored.model, stored.termFrequencies)
    }
}
