/// Correction of mistyped provider domains (`gmial.com` → `gmail.com`).
///
/// A domain is corrected to a provider domain *P* (one of ``EmailProviders/targets``) when it is
/// not itself a known domain (a target or one of ``EmailProviders/lookalikes``), and
/// 1. its top-level label is a slip of `com` (``EmailProviders/comSlips``: `con`, `cmo`, `co`, …)
///    and the rest, with `.com`, is *P* (`gmail.con`, `hotmail.co`); or
/// 2. it is at Damerau–Levenshtein distance 1 (one letter inserted, deleted, replaced, or two
///    neighbours swapped) from *P* and from no other target, and either the edit lies after the
///    first label (`gmx.dee`, `web.d`, `aol.con`) or *P*'s first label has at least five letters.
///
/// The five-letter floor keeps short provider names from swallowing real neighbours: `aon.com`
/// is not `aol.com`, `msc.com` not `msn.com`, `mic.com` not `mac.com`, `wed.de` not `web.de`.
/// A domain one edit from two targets (`hotmail.fe`: `.fr` or `.de`?) is left as it is.
enum EmailDomainTypos {
    /// The index in ``EmailProviders/targets`` of the provider `domain` is a typo of, if any.
    static func correction(for domain: UnsafeBufferPointer<UInt8>) -> Int? {
        let index = Index.shared
        if index.known.contains(domain) { return nil }
        if let target = comSlipTarget(domain, index) { return target }
        return index.flat.withUnsafeBufferPointer { flat in
            var found: Int? = nil
            let lengths = max(domain.count &- 1, 0)...(domain.count &+ 1)
            for length in lengths where length < index.byLength.count {
                for target in index.byLength[length] {
                    let entry = index.entries[target]
                    let candidate = UnsafeBufferPointer(rebasing: flat[entry.start..<entry.end])
                    guard entry.firstLabel >= minimumEditedLabel
                        || sameFirstLabel(domain, candidate, entry.firstLabel)
                    else { continue }
                    guard isOneEdit(domain, candidate) else { continue }
                    guard found == nil else { return nil }
                    found = entry.target
                }
            }
            return found
        }
    }

    /// Length of a target's first label from which edits inside it are corrected.
    static let minimumEditedLabel = 5

    /// Rule 1: `<provider>.<slip of com>`.
    private static func comSlipTarget(_ domain: UnsafeBufferPointer<UInt8>, _ index: Index) -> Int? {
        guard let dot = domain.lastIndex(of: ASCII.period) else { return nil }
        guard index.comSlips.contains(UnsafeBufferPointer(rebasing: domain[(dot &+ 1)...])) else { return nil }
        return index.comSecondLevel.value(for: UnsafeBufferPointer(rebasing: domain[..<dot]))
    }

    /// Whether `domain` starts with the first label of `target` and its dot.
    @inline(__always)
    private static func sameFirstLabel(
        _ domain: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>, _ labelLength: Int
    ) -> Bool {
        guard domain.count > labelLength else { return false }
        for offset in 0...labelLength where domain[offset] != target[offset] { return false }
        return true
    }

    /// Whether `a` and `b` are exactly one edit apart: one byte inserted, deleted or replaced,
    /// or two neighbouring bytes swapped.
    static func isOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.count == b.count {
            var first = 0
            while first < a.count, a[first] == b[first] { first &+= 1 }
            guard first < a.count else { return false }
            if equalTails(a, from: first &+ 1, b, from: first &+ 1) { return true }
            return first &+ 1 < a.count && a[first] == b[first &+ 1] && a[first &+ 1] == b[first]
                && equalTails(a, from: first &+ 2, b, from: first &+ 2)
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count &- short.count == 1 else { return false }
        var first = 0
        while first < short.count, short[first] == long[first] { first &+= 1 }
        return equalTails(short, from: first, long, from: first &+ 1)
    }

    @inline(__always)
    private static func equalTails(
        _ a: UnsafeBufferPointer<UInt8>, from i: Int, _ b: UnsafeBufferPointer<UInt8>, from j: Int
    ) -> Bool {
        guard a.count &- i == b.count &- j else { return false }
        var i = i
        var j = j
        while i < a.count {
            guard a[i] == b[j] else { return false }
            i &+= 1
            j &+= 1
        }
        return true
    }

    /// The targets laid out for the search: one flat byte array, grouped by length.
    private final class Index: Sendable {
        struct Entry: Sendable {
            var target: Int
            var start: Int
            var end: Int
            var firstLabel: Int
        }

        let flat: [UInt8]
        let entries: [Entry]
        /// Entry indices by domain length.
        let byLength: [[Int]]
        let known: ByteKeyTable<Bool>
        let comSlips: ByteKeyTable<Bool>
        /// `gmail` → the index of `gmail.com`.
        let comSecondLevel: ByteKeyTable<Int>

        static let shared = Index()

        private init() {
            let targets = EmailProviders.targets
            known = ByteKeyTable(set: targets + EmailProviders.lookalikes)
            comSlips = ByteKeyTable(set: EmailProviders.comSlips)
            comSecondLevel = ByteKeyTable(
                targets.enumerated().compactMap { index, domain in
                    domain.hasSuffix(".com") ? (String(domain.dropLast(4)), index) : nil
                })
            var flat: [UInt8] = []
            var entries: [Entry] = []
            var byLength: [[Int]] = []
            for (index, domain) in targets.enumerated() {
                let bytes = Array(domain.utf8)
                let firstLabel = bytes.firstIndex(of: ASCII.period) ?? bytes.count
                entries.append(
                    Entry(target: index, start: flat.count, end: flat.count + bytes.count, firstLabel: firstLabel))
                flat += bytes
                while byLength.count <= bytes.count { byLength.append([]) }
                byLength[bytes.count].append(entries.count - 1)
            }
            self.flat = flat
            self.entries = entries
            self.byLength = byLength
        }
    }
}
