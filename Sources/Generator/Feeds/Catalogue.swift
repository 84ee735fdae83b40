/// A fixed, made-up product catalogue: SKU `n` always has the same department and price, so
/// receipts and orders agree on what things cost.
enum Catalogue {
    static let departments = [
        "GROCERY", "HOME", "CLOTHING", "ELECTRONICS", "BEAUTY", "TOYS", "GARDEN", "FOOD & DRINK",
    ]
    static let size = 5000

    /// A product, drawn with popular ones more likely.
    static func drawProduct(_ generator: inout SplitMix64) -> Int {
        let u = generator.unit()
        return Int(u * u * Double(size))
    }

    /// The SKU code: eight digits, the first naming the department.
    static func sku(_ product: Int) -> String {
        String(department(product) + 1) + padded(product * 7 + 1000, 7)
    }

    static func department(_ product: Int) -> Int { product % departments.count }

    /// Price in minor units (pence, cents), ending in 9: 0.99 … 99.99.
    static func price(_ product: Int) -> Int {
        let base = Int(SplitMix64.mix(UInt64(product) &+ 0xC0FFEE) % 100)
        return (base + 1) * 100 - 1 - (product % 3 == 0 ? 50 : 0)
    }
}
