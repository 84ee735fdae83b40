import Foundation
import GoldenCore

extension ConfigNode {
    /// Reads a YAML configuration file as UTF-8 text. `what` names the file in errors
    /// ("mapping file"); `hint` is added when the file cannot be read.
    public static func readText(
        path: String, displayPath: String, what: String, hint: String = ""
    ) throws(GoldenError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GoldenError(.config, "cannot read \(what)\(hint)", at: SourceLocation(file: displayPath))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw GoldenError(.config, "\(what) is not valid UTF-8", at: SourceLocation(file: displayPath))
        }
        return text
    }
}
