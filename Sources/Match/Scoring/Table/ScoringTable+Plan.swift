extension ScoringTable {
    /// A part of the table that is built on its own, possibly beside the others: the attributes
    /// of one text pool, or one other kind of value.
    enum Group: Sendable {
        case texts([MatchAttribute])
        case dates, emails, phones, postcodes

        /// The group's columns, as arrays.
        func build(_ records: [MatchRecord]) -> Built {
            switch self {
            case .texts(let attributes):
                var builder = TextPoolBuilder()
                let columns = attributes.map { builder.column($0, of: records) }
                return .texts(builder, attributes, columns)
            case .dates: return .dates(ContactColumnBuilder.dates(of: records))
            case .emails: return .emails(ContactColumnBuilder.emails(of: records))
            case .phones: return .phones(ContactColumnBuilder.phones(of: records))
            case .postcodes:
                let (strings, codes) = ContactColumnBuilder.postcodes(of: records)
                return .postcodes(strings, codes)
            }
        }
    }

    /// A group's columns before they are frozen.
    enum Built {
        case texts(TextPoolBuilder, [MatchAttribute], [TextPoolBuilder.Column])
        case dates([DateComparison.Parts?])
        case emails(ContactColumnBuilder.Runs<EmailValue>)
        case phones(ContactColumnBuilder.Runs<PhoneValue>)
        case postcodes(ByteInterner, [(Int32, Int32)])
    }

    /// The groups `comparisons` read. Given and family names share a pool, both built when
    /// either is compared (a swapped name is compared across); every other text attribute has
    /// a pool of its own.
    static func groups(for comparisons: ComparisonSet) -> [Group] {
        var attributes: [MatchAttribute] = []
        for comparison in comparisons.comparisons where !attributes.contains(comparison.attribute) {
            attributes.append(comparison.attribute)
        }
        var groups: [Group] = []
        if attributes.contains(.givenName) || attributes.contains(.familyName) {
            groups.append(.texts([.givenName, .familyName]))
        }
        for attribute in attributes {
            switch attribute.valueKind {
            case .text where attribute != .givenName && attribute != .familyName: groups.append(.texts([attribute]))
            case .text: break
            case .date: groups.append(.dates)
            case .email: groups.append(.emails)
            case .phone: groups.append(.phones)
            case .postcode: groups.append(.postcodes)
            }
        }
        return groups
    }

    /// Writes the plan of each comparison, and its levels, into `rows`.
    static func plan(
        _ comparisons: ComparisonSet, textColumns: [MatchAttribute: TextColumnLayout],
        offsets: (date: Int, email: Int, phone: Int, postcode: Int), into rows: inout TableRows, owner: FrozenBuffers
    ) {
        var plans: [ComparisonPlan] = []
        var strings: [StringLevel] = []
        var dates: [DateLevel] = []
        var emails: [EmailLevel] = []
        var phones: [PhoneLevel] = []
        var postcodes: [PostcodeLevel] = []
        func plan<Level: Equatable>(
            _ kind: ComparisonPlan.Kind, _ levels: [Level], exact: Level, into all: inout [Level], offset: Int,
            other: Int = 0, pool: Int = 0
        ) -> ComparisonPlan {
            defer { all += levels }
            return ComparisonPlan(
                kind: kind, exactFirst: levels.first == exact, offset: Int32(offset), other: Int32(other),
                pool: Int32(pool), levelStart: Int32(all.count), levelCount: Int32(levels.count))
        }
        for comparison in comparisons.comparisons {
            switch comparison.levels {
            case .text(let list):
                let column = textColumns[comparison.attribute]!
                let kind: ComparisonPlan.Kind
                var other = 0
                switch comparison.attribute {
                case .givenName, .familyName:
                    kind = .names
                    other = textColumns[comparison.attribute == .givenName ? .familyName : .givenName]!.offset
                default:
                    kind = column.isMultiValued ? .texts : .text
                }
                plans.append(
                    plan(kind, list.levels, exact: .exact, into: &strings, offset: column.offset, other: other, pool: column.pool))
            case .date(let list): plans.append(plan(.date, list.levels, exact: .exact, into: &dates, offset: offsets.date))
            case .email(let list): plans.append(plan(.email, list.levels, exact: .exact, into: &emails, offset: offsets.email))
            case .phone(let list): plans.append(plan(.phone, list.levels, exact: .exact, into: &phones, offset: offsets.phone))
            case .postcode(let list):
                plans.append(plan(.postcode, list.levels, exact: .exact, into: &postcodes, offset: offsets.postcode))
            }
        }
        rows.plans = owner.freeze(plans)
        rows.stringLevels = owner.freeze(strings)
        rows.dateLevels = owner.freeze(dates)
        rows.emailLevels = owner.freeze(emails)
        rows.phoneLevels = owner.freeze(phones)
        rows.postcodeLevels = owner.freeze(postcodes)
    }
}
