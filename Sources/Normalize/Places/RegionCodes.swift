/// Codes of the regions that feeds abbreviate: US states (`Texas`, `tex`, `tx` → `TX`), Canadian
/// provinces (`Ontario`, `Québec` → `ON`, `QC`) and Australian states (`New South Wales` → `NSW`).
/// See ``RegionTable``.
enum RegionCodes {
    /// The code of the region written as `bytes` in `country`, or `nil` when that country has no
    /// table here or the text names none of its regions.
    static func code(_ bytes: UnsafeBufferPointer<UInt8>, country: String) -> String? {
        table(for: country)?.code(bytes)
    }

    /// The region table of `country`, when there is one.
    static func table(for country: String) -> PlaceNameTable? {
        switch CountryCodes.packed(country) {
        case CountryCodes.packed("US"): unitedStates
        case CountryCodes.packed("CA"): canada
        case CountryCodes.packed("AU"): australia
        default: nil
        }
    }

    private static let unitedStates = PlaceNameTable(lines: RegionTable.unitedStates)
    private static let canada = PlaceNameTable(lines: RegionTable.canada)
    private static let australia = PlaceNameTable(lines: RegionTable.australia)
}
