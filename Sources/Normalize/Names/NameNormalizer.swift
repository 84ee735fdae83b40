import GoldenCore

/// Parses and normalizes person names: title, given, middle and family names and suffix, each
/// displayed as written (title case when written all in capitals or small letters) and keyed for
/// comparison, with the other keys the family name is known by.
///
/// The record's separate fields are used when it has a given or a family name; the full-name
/// field is parsed only when it has neither (or when they hold no usable name). Givens are one
/// word (`Jean-Pierre` is one): the other given words are middle names. The canonical given
/// names and the phonetic keys are left empty for the nickname and phonetic steps.
///
/// Works on the UTF-8 bytes in stack memory; allocates only the values it returns (and one
/// scratch buffer). Fields longer than 256 bytes are cut first (`name.too_long`).
enum NameNormalizer {
    /// The persons named by `input` (usually one; two for a joint name; none when it holds no
    /// usable name) and whether it was a joint name. Findings are appended to `findings`.
    static func normalize(_ input: NameInput, findings: inout [Finding]) -> (names: [PersonName], isJoint: Bool) {
        let hasFullName = !isBlank(input.fullName)
        if !isBlank(input.given) || !isBlank(input.family) {
            let result = normalizeParts(input, findings: &findings)
            if !result.names.isEmpty || !hasFullName { return result }
        }
        guard hasFullName, let fullName = input.fullName else { return ([], false) }
        return normalizeFullName(fullName, input, findings: &findings)
    }

    /// Parses a full-name field; the separate title, middle and suffix fields fill what it lacks.
    private static func normalizeFullName(
        _ text: String, _ input: NameInput, findings: inout [Finding]
    ) -> (names: [PersonName], isJoint: Bool) {
        NameWorkspace.with { workspace in
            guard let segment = workspace.addScreened(text, .full, &findings) else { return ([], false) }
            let reading = NameReading(mixedCase: segment.hasUpper && segment.hasLower, loneCapitalsAreFamily: true)
            let raw = NameWorkspace.parsedText(text)
            var scratch: [UInt8] = []
            scratch.reserveCapacity(128)
            if let (left, right) = workspace.jointSides(segment.tokens) {
                let (first, second) = workspace.parseJoint(left: left, right: right, reading)
                var names: [PersonName] = []
                if !first.namesNobody { names.append(workspace.render(first, raw: raw, &scratch)) }
                if !second.namesNobody { names.append(workspace.render(second, raw: raw, &scratch)) }
                return finish(names, .fullName, &findings)
            }
            let words = segment.tokens.subtracting(workspace.conjunctions(in: segment.tokens))
            var roles = workspace.parsePerson(words, reading)
            guard !roles.namesNobody else { return finish([], .fullName, &findings) }
            workspace.fillFromFields(&roles, input, &findings, &scratch)
            return finish([workspace.render(roles, raw: raw, &scratch)], .fullName, &findings)
        }
    }

    /// The findings every result gets: joint, initial only, and a placeholder when a usable
    /// field named nobody (a title alone: `Mr`).
    static func finish(
        _ names: [PersonName], _ attribute: IdentityAttribute, _ findings: inout [Finding]
    ) -> (names: [PersonName], isJoint: Bool) {
        if names.isEmpty {
            findings.append(Finding(attribute, .placeholder, NameFindings.placeholder))
            return (names, false)
        }
        if names.count == 2 { findings.append(Finding(attribute, .ambiguous, NameFindings.joint)) }
        for index in names.indices where names[index].givenIsInitial {
            let field: IdentityAttribute = attribute == .fullName ? .fullName : .givenName
            findings.append(Finding(field, .partial, NameFindings.initialOnly))
        }
        return (names, names.count == 2)
    }

    /// Whether `text` is missing or only whitespace.
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        // The usual answer, from the first byte: an ASCII letter or digit.
        if let first = text.utf8.first, first < 0x80, !ASCII.isSpace(first) { return false }
        return text.withUTF8Bytes { bytes in
            var scalars = UTF8Scalars(bytes)
            while let scalar = scalars.next() {
                if !DisplayText.isWhitespace(scalar) { return false }
            }
            return true
        }
    }
}

extension NameWorkspace {
    /// Adds a field and screens it: findings for a cut or unusable field; `nil` when it holds no
    /// name.
    mutating func addScreened(_ text: String, _ field: NameField, _ findings: inout [Finding]) -> Segment? {
        let segment = add(text, field: field)
        if segment.truncated { findings.append(Finding(field.attribute, .invalid, NameFindings.tooLong)) }
        if let finding = screen(segment) {
            findings.append(finding)
            return nil
        }
        return segment
    }

    /// The canonical key of a title or suffix field: the first known title (or suffix) in it, or
    /// else the comparison key of the whole field (`Captain` → `captain`).
    func fieldKey(_ segment: Segment, suffix: Bool, _ scratch: inout [UInt8]) -> String? {
        for index in segment.tokens {
            let word = self[index].word
            if let key = suffix ? word.suffixKey : word.titleKey { return key }
        }
        let start = scratch.count
        ComparisonKey.append(UnsafeBufferPointer(rebasing: bytes[segment.byteRange]), to: &scratch)
        return scratch.count == start ? nil : String(scratch, from: start)
    }

    /// Title, middle names and suffix from the separate fields where the full name had none.
    mutating func fillFromFields(
        _ roles: inout NameRoles, _ input: NameInput, _ findings: inout [Finding], _ scratch: inout [UInt8]
    ) {
        if roles.title == nil, let text = input.title, !NameNormalizer.isBlank(text),
            let segment = addScreened(text, .title, &findings)
        {
            roles.title = fieldKey(segment, suffix: false, &scratch)
        }
        if roles.middle.isEmpty, let text = input.middle, !NameNormalizer.isBlank(text),
            let segment = addScreened(text, .middle, &findings)
        {
            roles.middle = segment.tokens.subtracting(conjunctions(in: segment.tokens))
        }
        if roles.suffix == nil, let text = input.suffix, !NameNormalizer.isBlank(text),
            let segment = addScreened(text, .suffix, &findings)
        {
            roles.suffix = fieldKey(segment, suffix: true, &scratch)
        }
    }

    /// The conjunction tokens among `tokens`.
    func conjunctions(in tokens: TokenSet) -> TokenSet {
        var found = TokenSet.empty
        for index in tokens where self[index].isConjunction { found.insert(index) }
        return found
    }
}
