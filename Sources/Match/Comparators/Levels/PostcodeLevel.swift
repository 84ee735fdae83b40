import GoldenCore

/// The levels of a comparison of postcodes, on addresses (`PostalAddress`) so that the
/// countries can be checked too.
///
/// | level | name | holds when (see ``PostcodeComparison``) |
/// |---|---|---|
/// | ``exact`` | `exact` | same postcode |
/// | ``sector`` | `sector` | same outward code and first inward character (`SW1A 1`) |
/// | ``district`` | `district` | same outward code (`SW1A`, `K1A`), or same first 3 characters of a code without a space (the US ZIP3 `021`) |
/// | ``area`` | `area` | same leading letters (`SW`) |
/// | ``else`` | `else` | always |
///
/// An address without a postcode is missing. When both addresses name a country and the
/// countries differ, only `else` holds.
public enum PostcodeLevel: ComparisonLevel, BitwiseCopyable {
    case exact
    case sector
    case district
    case area
    case `else`

    public typealias Value = PostalAddress

    public static let nameForms = ["exact", "sector", "district", "area", "else"]

    public var name: String {
        switch self {
        case .exact: "exact"
        case .sector: "sector"
        case .district: "district"
        case .area: "area"
        case .else: "else"
        }
    }

    public init(name: some StringProtocol) throws(ComparisonLevelError) {
        let syntax = try LevelSyntax(name)
        let all: [PostcodeLevel] = [.exact, .sector, .district, .area, .else]
        guard let level = all.first(where: { $0.name == syntax.word }) else {
            throw syntax.unknown(among: Self.nameForms)
        }
        try syntax.expectingNoThreshold()
        self = level
    }

    public static func isMissing(_ value: PostalAddress) -> Bool { (value.postcode ?? "").isEmpty }

    /// - Complexity: O(*n*) for postcodes of *n* bytes.
    public func holds(_ a: PostalAddress, _ b: PostalAddress) -> Bool {
        if case .else = self { return true }
        guard let x = a.postcode, let y = b.postcode, PostcodeComparison.countriesAgree(a, b) else { return false }
        return String.withKeyBytes(x, y) { holds($0, $1) }
    }

    /// Evaluates the levels in order, with the countries checked and the postcodes read once.
    public static func firstHolding(in levels: [PostcodeLevel], _ a: PostalAddress, _ b: PostalAddress) -> Int {
        guard let x = a.postcode, let y = b.postcode, PostcodeComparison.countriesAgree(a, b) else {
            return levels.count - 1
        }
        return String.withKeyBytes(x, y) { p, q in
            for (index, level) in levels.enumerated() where level.holds(p, q) { return index }
            return levels.count - 1
        }
    }

    /// Whether the level holds for two postcodes' bytes, the countries already found to agree.
    @inline(__always)
    func holds(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .exact: x.count > 0 && KeyBytes.equal(x, y)
        case .sector: PostcodeComparison.same(.sector, x, y)
        case .district: PostcodeComparison.same(.district, x, y)
        case .area: PostcodeComparison.same(.area, x, y)
        case .else: true
        }
    }
}
