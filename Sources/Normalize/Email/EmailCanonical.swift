/// The matching form of an address: the mailbox the provider actually delivers to.
///
/// - Every domain: a `+tag` is removed (`john+shop@x.com` → `john@x.com`); sub-addressing with
///   `+` is supported by nearly every provider, and a local part that merely contains a `+` by
///   coincidence is rare enough to accept the risk. A local part that *starts* with `+` is kept.
/// - Gmail (`gmail.com`, `googlemail.com`): dots in the local part are removed too
///   (`j.o.h.n@gmail.com` → `john@gmail.com`), and the domain becomes `gmail.com`.
/// - Yahoo's disposable form `base-keyword@yahoo.com` is **not** reduced: a hyphen can also be
///   part of an ordinary local part, and removing it would merge different mailboxes.
enum EmailCanonical {
    /// The canonical form of `local@domain`; `normalized` itself when no rule changes it.
    static func make(
        local: UnsafeBufferPointer<UInt8>, domain: UnsafeBufferPointer<UInt8>, normalized: String
    ) -> String {
        var end = local.count
        if let plus = local.firstIndex(of: ASCII.plus), plus > 0 { end = plus }
        let isGoogleMail = domain.elementsEqual(googleMail)
        let gmail = isGoogleMail || domain.elementsEqual(gmailDomain)
        let removesDots = gmail && local[..<end].contains(ASCII.period)
        guard end < local.count || removesDots || isGoogleMail else { return normalized }
        let outputDomain = gmail ? gmailDomain : domain
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end &+ 1 &+ outputDomain.count) { buffer in
            var count = 0
            for index in 0..<end where !(gmail && local[index] == ASCII.period) {
                buffer[count] = local[index]
                count &+= 1
            }
            buffer[count] = ASCII.at
            count &+= 1
            for byte in outputDomain {
                buffer[count] = byte
                count &+= 1
            }
            return String(utf8Bytes: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static var gmailDomain: UnsafeBufferPointer<UInt8> { StaticString("gmail.com").bytes }
    private static var googleMail: UnsafeBufferPointer<UInt8> { StaticString("googlemail.com").bytes }
}

fileprivate extension StaticString {
    /// The literal's UTF-8 bytes (they live as long as the program).
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount)
    }
}
