import GoldenCore

/// Turns one input row (a CSV row or an XML record element) into a source record and events, or
/// into one quarantined row saying which field failed and why.
///
/// A row is stored whole or quarantined whole: a row whose key or timestamp cannot be read yields
/// nothing else, so `rows read = rows stored + rows quarantined` holds.
public struct RowMapper: Sendable {
    public let source: String
    public let mapping: Mapping
    private let plan: MappingPlan

    public init(source: String, mapping: Mapping) {
        self.source = source
        self.mapping = mapping
        plan = MappingPlan(mapping)
    }

    /// What became of a row.
    public enum Outcome: Sendable {
        case stored(record: SourceRecord?, events: [Event])
        case quarantined(QuarantinedRow)
    }

    /// Maps `row`, found at `lineage`, whose raw bytes are `raw`.
    public func map(_ row: some FieldLookup, lineage: Lineage, raw: some Collection<UInt8>) -> Outcome {
        map(row, lineage: lineage, rawBytes: { raw })
    }

    /// ``map(_:lineage:raw:)`` with the raw bytes made only when needed (a quarantine, a row hash).
    func map<Raw: Collection<UInt8>>(_ row: some FieldLookup, lineage: Lineage, rawBytes: () -> Raw) -> Outcome {
        func quarantine(_ reason: QuarantineReason, field: String?, _ message: String) -> Outcome {
            .quarantined(
                QuarantinedRow(
                    source: source, file: lineage.file, line: lineage.line, elementPath: lineage.elementPath,
                    field: field, reason: reason, message: message, raw: rawBytes()))
        }

        var record: SourceRecord?
        if let recordPlan = plan.record {
            guard let key = recordPlan.key.key(in: row, raw: rawBytes) else {
                return quarantine(.missingKey, field: recordPlan.keyName, "record key is empty")
            }
            var observedAt: Timestamp?
            if let spec = recordPlan.observedAt {
                switch spec.instant(in: row) {
                case .absent: break
                case .unreadable:
                    return quarantine(.badValue, field: spec.fieldName, "observed-at timestamp matches no configured format")
                case .instant(let instant): observedAt = instant
                }
            }
            var fields: [Field] = []
            fields.reserveCapacity(recordPlan.fields.count)
            for (name, isMultiValued, expression) in recordPlan.fields {
                if isMultiValued {
                    expression.forEachValue(in: row) { value in
                        let field = Field(name, value)
                        if !fields.contains(field) { fields.append(field) }
                        return true
                    }
                } else if let value = expression.value(in: row) {
                    fields.append(Field(name, value))
                }
            }
            record = SourceRecord(source: source, key: key, observedAt: observedAt, fields: fields, lineage: lineage)
        }

        var events: [Event] = []
        for eventPlan in plan.events {
            let kind: EventKind
            if let constant = eventPlan.kind {
                kind = constant
            } else {
                guard let text = eventPlan.kindValue?.value(in: row) else {
                    return quarantine(.missingField, field: eventPlan.kindName, "event kind is empty")
                }
                guard let mapped = EventKind(rawValue: text.lowercased()) else {
                    return quarantine(.badValue, field: eventPlan.kindName, "value is not a known event kind")
                }
                kind = mapped
            }
            guard let key = eventPlan.key.key(in: row, raw: rawBytes) else {
                return quarantine(.missingKey, field: eventPlan.keyName, "event key is empty")
            }
            let subjectSource: String
            let subjectKey: String
            if let subject = eventPlan.subject {
                guard let value = subject.key.key(in: row, raw: rawBytes) else {
                    return quarantine(.missingKey, field: subject.keyName, "event subject key is empty")
                }
                subjectSource = subject.source
                subjectKey = value
            } else if let record {
                subjectSource = source
                subjectKey = record.key
            } else {
                return quarantine(.missingKey, field: nil, "event has no subject")
            }
            var occurredAt = record?.observedAt
            if let spec = eventPlan.occurredAt {
                switch spec.instant(in: row) {
                case .absent: break
                case .unreadable:
                    return quarantine(.badValue, field: spec.fieldName, "event timestamp matches no configured format")
                case .instant(let instant): occurredAt = instant
                }
            }
            var amount: Amount?
            if let value = eventPlan.amount {
                // nil: no value; .some(nil): a value that is not a number.
                let parsed: Amount?? = value.withFirstValueUTF8(in: row) { bytes in
                    bytes.map { Amount(parsingUTF8: $0) }
                }
                if let parsed {
                    guard let parsed else {
                        return quarantine(.badValue, field: eventPlan.amountName, "amount is not a number")
                    }
                    amount = parsed
                }
            }
            var attributes: [Field] = []
            attributes.reserveCapacity(eventPlan.attributes.count)
            for (name, expression) in eventPlan.attributes {
                expression.forEachValue(in: row) { value in
                    attributes.append(Field(name, value))
                    return true
                }
            }
            events.append(
                Event(
                    source: source, key: key, subjectSource: subjectSource, subjectKey: subjectKey, kind: kind,
                    occurredAt: occurredAt, amount: amount,
                    currency: eventPlan.currency.flatMap { $0.value(in: row) }, attributes: attributes,
                    lineage: lineage))
        }
        return .stored(record: record, events: events)
    }
}

extension MappingPlan.Timestamp {
    /// What a row's timestamp value reads as.
    enum Reading {
        case absent
        case unreadable
        case instant(GoldenCore.Timestamp)
    }

    /// The row's value parsed, in place when the value is a plain field.
    func instant(in row: some FieldLookup) -> Reading {
        value.withFirstValueUTF8(in: row) { bytes in
            guard let bytes else { return .absent }
            return parser.parse(utf8: bytes).map(Reading.instant) ?? .unreadable
        }
    }
}
