import GoldenCore

/// A ``ValueExpression`` prepared once per mapper for reading rows.
///
/// Reading a field through the enum copies its ``FieldModifiers`` (four reference-counted values)
/// out of the case on every row; a plan holds them in `let`s that rows only borrow.
final class ValuePlan: Sendable {
    private enum Form {
        case plainField
        case field
        case constant
        case other
    }

    private let form: Form
    private let reference: Int
    private let modifiers: FieldModifiers
    private let constant: String
    private let expression: ValueExpression

    init(_ expression: ValueExpression) {
        self.expression = expression
        switch expression {
        case .field(let reference, let modifiers):
            form = modifiers.isPlain ? .plainField : .field
            self.reference = reference
            self.modifiers = modifiers
            constant = ""
        case .constant(let value):
            form = .constant
            reference = -1
            modifiers = FieldModifiers()
            constant = value
        case .concat, .firstNonEmpty, .all:
            form = .other
            reference = -1
            modifiers = FieldModifiers()
            constant = ""
        }
    }

    /// ``ValueExpression/forEachValue(in:_:)``.
    @discardableResult
    func forEachValue(in row: some FieldLookup, _ body: (String) -> Bool) -> Bool {
        switch form {
        case .plainField:
            var going = true
            row.forEachValue(reference) { bytes in
                let trimmed = UTF8Text.trimmed(bytes)
                if !trimmed.isEmpty { going = body(UTF8Text.string(trimmed)) }
                return going
            }
            return going
        case .field:
            var going = true
            row.forEachValue(reference) { bytes in
                if let value = modifiers.apply(toUTF8: bytes) { going = body(value) }
                return going
            }
            return going
        case .constant:
            return constant.isEmpty ? true : body(constant)
        case .other:
            return expression.forEachValue(in: row, body)
        }
    }

    /// ``ValueExpression/value(in:)``.
    func value(in row: some FieldLookup) -> String? {
        var first: String?
        forEachValue(in: row) { value in
            first = value
            return false
        }
        return first
    }

    /// ``ValueExpression/withFirstValueUTF8(in:_:)``.
    func withFirstValueUTF8<R>(in row: some FieldLookup, _ body: (UnsafeRawBufferPointer?) -> R) -> R {
        guard form == .plainField else { return expression.withFirstValueUTF8(in: row, body) }
        return row.withFirstTrimmedValue(reference, body)
    }
}

/// A ``Mapping`` prepared for reading rows: the record's and each event's expressions as
/// ``ValuePlan``s, with the names quarantine messages use worked out once.
struct MappingPlan: Sendable {
    final class Timestamp: Sendable {
        let value: ValuePlan
        let fieldName: String
        let parser: TimestampParser

        init(_ spec: TimestampSpec) {
            value = ValuePlan(spec.value)
            fieldName = spec.fieldName
            parser = spec.parser
        }
    }

    final class Record: Sendable {
        let key: KeySpec
        let keyName: String?
        let observedAt: Timestamp?
        let fields: [(name: String, isMultiValued: Bool, value: ValuePlan)]

        init(_ record: RecordMapping, names: [String]) {
            key = record.key
            keyName = MappingPlan.name(of: record.key, names: names)
            observedAt = record.observedAt.map(Timestamp.init)
            fields = record.fields.map { ($0.attribute.rawValue, $0.attribute.isMultiValued, ValuePlan($0.value)) }
        }
    }

    final class Event: Sendable {
        /// The constant kind; nil when `kindValue` reads it from the row.
        let kind: EventKind?
        let kindValue: ValuePlan?
        let kindName: String?
        let key: KeySpec
        let keyName: String?
        let subject: (source: String, key: KeySpec, keyName: String?)?
        let occurredAt: Timestamp?
        let amount: ValuePlan?
        let amountName: String?
        let currency: ValuePlan?
        let attributes: [(name: String, value: ValuePlan)]

        init(_ event: EventMapping, names: [String]) {
            switch event.kind {
            case .constant(let constant):
                kind = constant
                kindValue = nil
                kindName = nil
            case .mapped(let expression):
                kind = nil
                kindValue = ValuePlan(expression)
                kindName = MappingPlan.name(of: expression, names: names)
            }
            key = event.key
            keyName = MappingPlan.name(of: event.key, names: names)
            subject = event.subject.map { ($0.source, $0.key, MappingPlan.name(of: $0.key, names: names)) }
            occurredAt = event.occurredAt.map(Timestamp.init)
            amount = event.amount.map(ValuePlan.init)
            amountName = event.amount.flatMap { MappingPlan.name(of: $0, names: names) }
            currency = event.currency.map(ValuePlan.init)
            attributes = event.attributes.map { ($0.name, ValuePlan($0.value)) }
        }
    }

    var record: Optional<Record>
    var events: [Event]

    init(_ mapping: Mapping) {
        let names = mapping.references.names
        record = mapping.record.map { Record($0, names: names) }
        events = mapping.events.map { Event($0, names: names) }
    }

    /// The field a key reads, for messages: its references joined with `|`.
    static func name(of key: KeySpec, names: [String]) -> String? {
        switch key {
        case .fields(let references): return references.map { names[$0] }.joined(separator: "|")
        case .rowHash: return nil
        }
    }

    /// The first field an expression reads, for messages.
    static func name(of expression: ValueExpression, names: [String]) -> String? {
        expression.references.first.map { names[$0] }
    }
}
