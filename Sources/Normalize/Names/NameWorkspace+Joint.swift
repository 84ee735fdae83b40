/// Joint names: two people in one name field, joined by `&`, `+`, `and`, `und` or `et`.
///
/// - `John & Mary Smith`: the left side's lone given name borrows the right side's family name.
/// - `Mr & Mrs John Smith`: titles only on the left; the given name is the first person's (the
///   old form names the wife by her husband's name), and the second is `Mrs Smith`.
/// - `Mr and Mrs Smith`: both are Smith, with their titles.
/// - `Smith, John & Mary`: the family name before the comma is both people's.
/// - `John Smith & Mary Jones`: two full names; `John Smith and Mary`: Mary borrows Smith.
extension NameWorkspace {
    /// The two sides of the first conjunction that has a name word on each side, conjunctions
    /// dropped; `nil` when the words name one person.
    func jointSides(_ words: TokenSet) -> (TokenSet, TokenSet)? {
        var conjunctions = TokenSet.empty
        for index in words where self[index].isConjunction { conjunctions.insert(index) }
        guard !conjunctions.isEmpty else { return nil }
        let names = words.subtracting(conjunctions)
        for index in conjunctions {
            let left = names.before(index)
            let right = names.after(index)
            guard !left.isEmpty, !right.isEmpty,
                left.union(right).contains(where: { !self[$0].isTitle })
            else { continue }
            return (left, right)
        }
        return nil
    }

    /// The roles of the two people of a joint name.
    func parseJoint(left: TokenSet, right: TokenSet, _ reading: NameReading) -> (NameRoles, NameRoles) {
        var reading = reading
        reading.loneCapitalsAreFamily = false
        if let comma = left.first(where: { self[$0].flags.contains(.commaAfter) }), comma != left.last {
            let givenSide = left.after(comma)
            var family = left.subtracting(givenSide)
            var first = NameRoles()
            var second = NameRoles()
            takeTitles(&family, &first)
            takeSuffixes(&family, &first)
            assignGivenSide(givenSide, &first)
            assignGivenSide(right, &second)
            first.family = family
            second.family = family
            return (first, second)
        }
        var second = parsePerson(right, reading)
        let leftWords = left.count { !self[$0].isTitle }
        let leftHasTitle = left.contains { self[$0].isTitle }
        let borrows = leftWords == 0 || (leftWords == 1 && !(leftHasTitle && second.given.isEmpty))
        if borrows && !second.family.isEmpty {
            var first = NameRoles()
            var rest = left
            takeTitles(&rest, &first)
            first.given = rest
            first.family = second.family
            if first.given.isEmpty && first.title != nil && second.title != nil {
                first.given = second.given
                first.middle = second.middle
                second.given = .empty
                second.middle = .empty
            }
            return (first, second)
        }
        let first = parsePerson(left, reading)
        if second.family.isEmpty && second.middle.isEmpty && !second.given.isEmpty && !first.family.isEmpty {
            second.family = first.family
        }
        return (first, second)
    }
}
