import GoldenCore

extension NameNormalizer {
    /// Normalizes the separate name fields.
    ///
    /// The given field's first word is the given name and its other words middle names (`John
    /// A.` → John, A.), before those of the middle field; a title before it (`Mr John`) and a
    /// suffix after the family name (`Smith Jr`) are taken out, the separate title and suffix
    /// fields winning. `John & Mary` in the given field, or `Mr & Mrs` in the title field, make a
    /// joint name sharing the family name. A placeholder or handle field is left out, with its
    /// finding.
    static func normalizeParts(_ input: NameInput, findings: inout [Finding]) -> (names: [PersonName], isJoint: Bool) {
        NameWorkspace.with { workspace in
            var screenedOut = false
            func add(_ text: String?, _ field: NameField) -> NameWorkspace.Segment? {
                guard let text, !isBlank(text) else { return nil }
                let findingCount = findings.count
                let segment = workspace.addScreened(text, field, &findings)
                if segment == nil && findings.count > findingCount { screenedOut = true }
                return segment
            }
            let title = add(input.title, .title)
            let given = add(input.given, .given)
            let middle = add(input.middle, .middle)
            let family = add(input.family, .family)
            let suffix = add(input.suffix, .suffix)
            var scratch: [UInt8] = []
            scratch.reserveCapacity(128)

            var first = NameRoles()
            var second: NameRoles? = nil
            var jointField: IdentityAttribute? = nil
            if let given {
                if let (left, right) = workspace.jointSides(given.tokens) {
                    workspace.assignGivenSide(left, &first)
                    var other = NameRoles()
                    workspace.assignGivenSide(right, &other)
                    second = other
                    jointField = .givenName
                } else {
                    workspace.assignGivenSide(given.tokens.subtracting(workspace.conjunctions(in: given.tokens)), &first)
                }
            }
            if let middle {
                first.middle = first.middle.union(middle.tokens.subtracting(workspace.conjunctions(in: middle.tokens)))
            }
            if let family {
                var tokens = family.tokens.subtracting(workspace.conjunctions(in: family.tokens))
                workspace.takeSuffixes(&tokens, &first)
                first.family = tokens
                second?.family = tokens
            }
            if let title {
                if let (left, right) = workspace.titleSides(title) {
                    first.title = left
                    if second == nil { second = NameRoles(family: first.family) }
                    second?.title = right
                    jointField = jointField ?? .title
                } else if let key = workspace.fieldKey(title, suffix: false, &scratch) {
                    first.title = key
                }
            }
            if let suffix, let key = workspace.fieldKey(suffix, suffix: true, &scratch) { first.suffix = key }

            guard !first.namesNobody else {
                if !screenedOut && (given != nil || family != nil) {
                    findings.append(Finding(given != nil ? .givenName : .familyName, .placeholder, NameFindings.placeholder))
                }
                return ([], false)
            }
            let raw = rawText(input, &scratch)
            let person = workspace.render(first, raw: raw, &scratch)
            guard let second, !second.namesNobody else { return finish([person], .givenName, &findings) }
            return finish([person, workspace.render(second, raw: raw, &scratch)], jointField ?? .givenName, &findings)
        }
    }

    /// The fields joined by spaces in the order title, given, middle, family, suffix, each trimmed.
    private static func rawText(_ input: NameInput, _ scratch: inout [UInt8]) -> String {
        var only: String? = nil
        var count = 0
        let start = scratch.count
        func append(_ field: String?) {
            guard let field, !isBlank(field) else { return }
            count += 1
            only = field
            if scratch.count > start { scratch.append(ASCII.space) }
            field.withUTF8Bytes { bytes in
                var start = 0
                var end = bytes.count
                while start < end && ASCII.isSpace(bytes[start]) { start += 1 }
                while end > start && ASCII.isSpace(bytes[end - 1]) { end -= 1 }
                scratch.append(contentsOf: bytes[start..<end])
            }
        }
        append(input.title)
        append(input.given)
        append(input.middle)
        append(input.family)
        append(input.suffix)
        if count == 1, let only, let first = only.utf8.first, let last = only.utf8.last,
            !ASCII.isSpace(first) && !ASCII.isSpace(last)
        {
            return only
        }
        return String(scratch, from: start)
    }
}

extension NameWorkspace {
    /// The titles on each side of `Mr & Mrs` in a title field, or `nil` when it has no
    /// conjunction between two titles.
    func titleSides(_ segment: Segment) -> (String?, String?)? {
        guard let conjunction = segment.tokens.first(where: { self[$0].isConjunction }) else { return nil }
        let left = segment.tokens.before(conjunction).first { self[$0].word.titleKey != nil }
        let right = segment.tokens.after(conjunction).first { self[$0].word.titleKey != nil }
        guard let left, let right else { return nil }
        return (self[left].word.titleKey, self[right].word.titleKey)
    }
}
