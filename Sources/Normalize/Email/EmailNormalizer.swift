import GoldenCore

/// Normalizes e-mail addresses: the address found in the field, lower case, checked, mistyped
/// provider domains repaired, junk recognized, and the matching form made.
///
/// - Trimming: ``EmailTrim`` (whitespace, `mailto:`, quotes, `<…>`, a display name).
/// - Syntax: ``EmailSyntax``; an invalid address has no `normalized` or `canonical` form and is
///   reported as `email.invalid_syntax`.
/// - Domain typos: ``EmailDomainTypos``; the repaired address has status `.corrected` and is
///   reported as `email.domain_typo`.
/// - Placeholders: ``EmailPlaceholders``, and words such as `none` or `n/a` in place of an
///   address (``MissingValueWords``); status `.placeholder`, reported as `email.placeholder`,
///   `normalized` kept (when the value was an address) so that the quality report can count
///   them, `canonical` `nil` so that they never match.
/// - Matching form: ``EmailCanonical``.
///
/// Works on UTF-8 bytes; ASCII addresses are lower-cased in a stack buffer, so that the only
/// allocations are the output strings (none for addresses of up to 15 bytes).
enum EmailNormalizer {
    static func normalize(_ raw: String, findings: inout [Finding]) -> EmailAddress {
        raw.withUTF8Bytes { bytes in
            let trimmed = EmailTrim.address(in: bytes)
            guard !trimmed.isEmpty, trimmed.count <= EmailSyntax.maxLength * 2 else {
                return invalid(raw, &findings)
            }
            if !EmailUnicode.hasNonASCII(trimmed) {
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: trimmed.count) { buffer in
                    for index in trimmed.indices { buffer[index] = ASCII.lower(trimmed[index]) }
                    return examine(UnsafeBufferPointer(buffer), raw, &findings)
                }
            }
            guard let lowered = EmailUnicode.lowercased(trimmed) else {
                return MissingValueWords.contains(trimmed) ? placeholder(raw, nil, &findings) : invalid(raw, &findings)
            }
            return lowered.withUnsafeBufferPointer { examine($0, raw, &findings) }
        }
    }

    /// Checks `lowered` (trimmed, lower case) and repairs its domain, also when the typo made the
    /// domain invalid.
    private static func examine(
        _ lowered: UnsafeBufferPointer<UInt8>, _ raw: String, _ findings: inout [Finding]
    ) -> EmailAddress {
        let at: Int
        let target: Int
        if let valid = EmailSyntax.atOffset(lowered) {
            guard let correction = EmailDomainTypos.correction(for: domain(of: lowered, at: valid)) else {
                return finish(lowered, at: valid, corrected: false, raw, &findings)
            }
            (at, target) = (valid, correction)
        } else if let end = EmailSyntax.localPartEnd(lowered), lowered.count <= EmailSyntax.maxLength,
            let correction = EmailDomainTypos.correction(for: domain(of: lowered, at: end))
        {
            // A typo that broke the domain's syntax: `web.d`, `gmailcom`, `gmail..com`.
            (at, target) = (end, correction)
        } else {
            return MissingValueWords.contains(lowered) ? placeholder(raw, nil, &findings) : invalid(raw, &findings)
        }
        let targetDomain = EmailProviders.targets[target].utf8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: at &+ 1 &+ targetDomain.count) { buffer in
            for index in 0...at { buffer[index] = lowered[index] }
            var count = at &+ 1
            for byte in targetDomain {
                buffer[count] = byte
                count &+= 1
            }
            return finish(UnsafeBufferPointer(buffer), at: at, corrected: true, raw, &findings)
        }
    }

    /// The result for a syntactically valid `address` whose `@` is at `at`.
    private static func finish(
        _ address: UnsafeBufferPointer<UInt8>, at: Int, corrected: Bool, _ raw: String, _ findings: inout [Finding]
    ) -> EmailAddress {
        let local = UnsafeBufferPointer(rebasing: address[..<at])
        let domain = UnsafeBufferPointer(rebasing: address[(at &+ 1)...])
        let normalized = String(utf8Bytes: address)
        if EmailPlaceholders.isPlaceholder(address: address, local: local, domain: domain) {
            return placeholder(raw, normalized, &findings)
        }
        let canonical = EmailCanonical.make(local: local, domain: domain, normalized: normalized)
        if corrected { findings.append(Finding(.email, .corrected, "email.domain_typo")) }
        return EmailAddress(
            raw: raw, normalized: normalized, canonical: canonical, status: corrected ? .corrected : .valid)
    }

    @inline(__always)
    private static func domain(of address: UnsafeBufferPointer<UInt8>, at: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: address[(at &+ 1)...])
    }

    private static func invalid(_ raw: String, _ findings: inout [Finding]) -> EmailAddress {
        findings.append(Finding(.email, .invalid, "email.invalid_syntax"))
        return EmailAddress(raw: raw, normalized: nil, canonical: nil, status: .invalid)
    }

    /// A placeholder: `normalized` is kept when the value was an address.
    private static func placeholder(_ raw: String, _ normalized: String?, _ findings: inout [Finding]) -> EmailAddress {
        findings.append(Finding(.email, .placeholder, "email.placeholder"))
        return EmailAddress(raw: raw, normalized: normalized, canonical: nil, status: .placeholder)
    }
}
