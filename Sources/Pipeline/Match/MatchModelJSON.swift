import Foundation
import Match

/// How a ``MatchModel`` is kept in the store: JSON with sorted keys, so that a saved model reads
/// the same in the database, in `golden train --json` and in a diff.
enum MatchModelJSON {
    static func encode(_ model: MatchModel) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // A model is plain numbers and names: encoding cannot fail.
        return String(decoding: try! encoder.encode(model), as: UTF8.self)
    }

    /// The model, or `nil` when the JSON is not a model this version reads (it is then retrained).
    static func decode(_ json: String) -> MatchModel? {
        guard let model = try? JSONDecoder().decode(MatchModel.self, from: Data(json.utf8)),
            model.formatVersion == MatchModel.formatVersion
        else { return nil }
        return model
    }
}
