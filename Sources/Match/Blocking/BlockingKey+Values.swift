import GoldenCore

extension BlockingKey {
    /// The most values one key takes from one record; further values (a 17th e-mail) are ignored.
    public static let maxValuesPerRecord = 16

    /// Appends to `hashes` one 64-bit hash per value of this key in `record`, in the record's
    /// order; nothing when the record has no such value.
    ///
    /// The values, by form (see ``Transform``):
    /// - text attributes: `value` is the key's bytes, `initial` its first byte, `phonetic` the
    ///   primary Double Metaphone code (none when missing or empty; for `full_name`, the code of
    ///   every given and family name, in either role), `canonical` each of a given name's
    ///   canonical names, else its key;
    /// - `date_of_birth`: `value` is the full date (a birthday without a year has none), `year`
    ///   the year, `month_day` month and day;
    /// - `email`: `value` is the canonical address, `local` its canonical local part (only
    ///   comparable addresses, see ``EmailComparison/isComparable(_:)``);
    /// - `phone`: `value` is the E.164 number, else the local digits (only usable numbers);
    /// - `postcode`: the postcode or its part (``PostcodeComparison/part(_:of:)``).
    ///
    /// Each key hashes under its own seed, so equal text under two keys gives unrelated hashes.
    /// At most ``maxValuesPerRecord`` values are taken; equal values are not merged here.
    ///
    /// - Complexity: O(*n*) in the total length of the record's values of the attribute; no
    ///   allocation beyond growing `hashes`.
    public func hashes(of record: MatchRecord, into hashes: inout [UInt64]) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.maxValuesPerRecord) { buffer in
            var sink = HashSink(buffer.baseAddress!, capacity: buffer.count)
            withUnsafePointer(to: record) { appendHashes(of: $0, seed: seed, into: &sink) }
            hashes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<sink.count]))
        }
    }

    /// The seed of this key's hashes, from its attribute and form.
    var seed: UInt64 {
        BlockHash.hash(attribute.rawValue, seed: BlockHash.hash(transform.rawValue, seed: BlockHash.k2))
    }

    /// ``hashes(of:into:)`` with the seed computed once by the caller, into a fixed buffer.
    ///
    /// The record is read in place, one value at a time: a copy of the whole record per key
    /// (which passing it by value from an array costs) would cost more than the hashing.
    func appendHashes(of record: UnsafePointer<MatchRecord>, seed: UInt64, into hashes: inout HashSink) {
        switch attribute {
        case .givenName: appendTexts(record.pointee.givenNames, seed, &hashes)
        case .familyName: appendTexts(record.pointee.familyNames, seed, &hashes)
        case .fullName where transform == .phonetic:
            appendTexts(record.pointee.givenNames, seed, &hashes)
            appendTexts(record.pointee.familyNames, seed, &hashes)
        case .fullName: appendTexts(record.pointee.fullNames, seed, &hashes)
        case .loyaltyCard: appendTexts(record.pointee.loyaltyCards, seed, &hashes)
        case .street: appendText(record.pointee.street, seed, &hashes)
        case .city: appendText(record.pointee.city, seed, &hashes)
        case .region: appendText(record.pointee.region, seed, &hashes)
        case .accountId: appendText(record.pointee.accountId, seed, &hashes)
        case .username: appendText(record.pointee.username, seed, &hashes)
        case .gender: appendText(record.pointee.gender, seed, &hashes)
        case .dateOfBirth:
            if let date = record.pointee.birthDate, let hash = dateHash(date, seed) { hashes.append(hash) }
        case .email:
            record.pointee.emails.withUnsafeBufferPointer { emails in
                for index in emails.indices where !hashes.isFull {
                    if let hash = emailHash(emails.baseAddress! + index, seed) { hashes.append(hash) }
                }
            }
        case .phone:
            record.pointee.phones.withUnsafeBufferPointer { phones in
                for index in phones.indices where !hashes.isFull {
                    if let hash = phoneHash(phones.baseAddress! + index, seed) { hashes.append(hash) }
                }
            }
        case .postcode:
            if let code = record.pointee.address?.postcode, let hash = postcodeHash(code, seed) { hashes.append(hash) }
        }
    }

    // MARK: - One value

    private func appendTexts(_ texts: [TextKey], _ seed: UInt64, _ hashes: inout HashSink) {
        texts.withUnsafeBufferPointer { texts in
            for index in texts.indices where !hashes.isFull {
                // A nickname of several names blocks under each (`ted`: edmund, edward), so that it
                // meets `edward` and `eddie` alike.
                if transform == .canonical, texts[index].variants.count > 1 {
                    for variant in texts[index].variants where !hashes.isFull {
                        if let hash = hash(variant, seed) { hashes.append(hash) }
                    }
                } else if let hash = textHash(texts.baseAddress! + index, seed) {
                    hashes.append(hash)
                }
            }
        }
    }

    private func appendText(_ text: TextKey?, _ seed: UInt64, _ hashes: inout HashSink) {
        guard let text else { return }
        if let hash = withUnsafePointer(to: text, { textHash($0, seed) }) { hashes.append(hash) }
    }

    private func textHash(_ text: UnsafePointer<TextKey>, _ seed: UInt64) -> UInt64? {
        switch transform {
        case .value:
            return hash(text.pointee.key, seed)
        case .phonetic:
            return text.pointee.phonetic.flatMap { hash($0.primary, seed) }
        case .canonical:
            return text.pointee.variants.first.flatMap { hash($0, seed) } ?? hash(text.pointee.key, seed)
        case .initial:
            return text.pointee.key.withKeyBytes { hash(prefix(1, of: $0), seed) }
        case .year, .monthDay, .local, .district, .sector, .area:
            return nil
        }
    }

    private func dateHash(_ date: BirthDate, _ seed: UInt64) -> UInt64? {
        guard date.status.isUsable, let month = date.month, let day = date.day else { return nil }
        let monthDay = UInt64(truncatingIfNeeded: month) << 8 | UInt64(truncatingIfNeeded: day & 0xFF)
        switch transform {
        case .value:
            guard let year = date.year else { return nil }
            return BlockHash.hash(word: UInt64(truncatingIfNeeded: year) << 16 | monthDay, seed: seed)
        case .year:
            return date.year.map { BlockHash.hash(word: UInt64(truncatingIfNeeded: $0), seed: seed) }
        case .monthDay:
            return BlockHash.hash(word: monthDay, seed: seed)
        case .phonetic, .canonical, .initial, .local, .district, .sector, .area:
            return nil
        }
    }

    private func emailHash(_ email: UnsafePointer<EmailAddress>, _ seed: UInt64) -> UInt64? {
        guard email.pointee.status.isUsable, let canonical = email.pointee.canonical else { return nil }
        switch transform {
        case .value:
            return hash(canonical, seed)
        case .local:
            return canonical.withKeyBytes { bytes in
                bytes.lastIndex(of: UInt8(ascii: "@")).flatMap { hash(prefix($0, of: bytes), seed) }
            }
        default:
            return nil
        }
    }

    private func phoneHash(_ phone: UnsafePointer<PhoneNumber>, _ seed: UInt64) -> UInt64? {
        guard phone.pointee.status.isUsable, transform == .value else { return nil }
        return phone.pointee.e164.flatMap { hash($0, seed) } ?? phone.pointee.localDigits.flatMap { hash($0, seed) }
    }

    private func postcodeHash(_ code: String, _ seed: UInt64) -> UInt64? {
        let part: PostcodeComparison.Part
        switch transform {
        case .value: return hash(code, seed)
        case .district: part = .district
        case .sector: part = .sector
        case .area: part = .area
        default: return nil
        }
        return code.withKeyBytes { bytes in
            PostcodeComparison.length(of: part, in: bytes).flatMap { hash(prefix($0, of: bytes), seed) }
        }
    }

    /// The hash of non-empty text; `nil` for empty text (a missing value).
    @inline(__always)
    private func hash(_ text: String, _ seed: UInt64) -> UInt64? {
        text.withKeyBytes { hash($0, seed) }
    }

    /// The first `count` bytes (all when fewer).
    @inline(__always)
    private func prefix(_ count: Int, of bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes.prefix(count))
    }

    /// The hash of non-empty bytes; `nil` for none.
    @inline(__always)
    private func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ seed: UInt64) -> UInt64? {
        bytes.isEmpty ? nil : BlockHash.hash(bytes, seed: seed)
    }
}
