import GoldenCore

/// Turns one input row (a CSV row or an XML record element) into a source record and events, or
/// into one quarantined row saying which field failed and why.
///
/// A row is stored whole or quarantined whole: a row whose key or timestamp cannot be read yields
/// nothing else, so `rows read = rows stored + rows quarantined` holds.
public struct RowMapper: Sendable {
    public let source: String
    public let mapping: Mapping

    public init(source: String, mapping: Mapping) {
        self.source = source
        self.mapping = mapping
    }

    /// What became of a row.
    public enum Outcome: Sendable {
        case stored(record: SourceRecord?, events: [Event])
        case quarantined(QuarantinedRow)
    }

    /// Maps `row`, found at `lineage`, whose raw bytes are `raw`.
    public func map(_ row: some FieldLookup, lineage: Lineage, raw: some Collection<UInt8>) -> Outcome {
        func quarantine(_ reason: QuarantineReason, field: String?, _ message: String) -> Outcome {
            .quarantined(
                QuarantinedRow(
                    source: source, file: lineage.file, line: lineage.line, elementPath: lineage.elementPath,
                    field: field, reason: reason, message: message, raw: raw))
        }

        var record: SourceRecord?
        if let recordMapping = mapping.record {
            guard let key = recordMapping.key.key(in: row, raw: raw) else {
                return quarantine(.missingKey, field: keyName(recordMapping.key), "record key is empty")
            }
            var observedAt: Timestamp?
            if let spec = recordMapping.observedAt, let text = spec.value.value(in: row) {
                guard let instant = spec.parser.parse(text) else {
                    return quarantine(.badValue, field: spec.fieldName, "observed-at timestamp matches no configured format")
                }
                observedAt = instant
            }
            var fields: [Field] = []
            fields.reserveCapacity(recordMapping.fields.count)
            for (attribute, expression) in recordMapping.fields {
                if attribute.isMultiValued {
                    for value in expression.values(in: row) where !fields.contains(Field(attribute.rawValue, value)) {
                        fields.append(Field(attribute.rawValue, value))
                    }
                } else if let value = expression.value(in: row) {
                    fields.append(Field(attribute.rawValue, value))
                }
            }
            record = SourceRecord(source: source, key: key, observedAt: observedAt, fields: fields, lineage: lineage)
        }

        var events: [Event] = []
        for eventMapping in mapping.events {
            let kind: EventKind
            switch eventMapping.kind {
            case .constant(let constant): kind = constant
            case .mapped(let expression):
                guard let text = expression.value(in: row) else {
                    return quarantine(.missingField, field: expressionName(expression), "event kind is empty")
                }
                guard let mapped = EventKind(rawValue: text.lowercased()) else {
                    return quarantine(.badValue, field: expressionName(expression), "value is not a known event kind")
                }
                kind = mapped
            }
            guard let key = eventMapping.key.key(in: row, raw: raw) else {
                return quarantine(.missingKey, field: keyName(eventMapping.key), "event key is empty")
            }
            let subjectSource: String
            let subjectKey: String
            if let subject = eventMapping.subject {
                guard let value = subject.key.key(in: row, raw: raw) else {
                    return quarantine(.missingKey, field: keyName(subject.key), "event subject key is empty")
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
            if let spec = eventMapping.occurredAt, let text = spec.value.value(in: row) {
                guard let instant = spec.parser.parse(text) else {
                    return quarantine(.badValue, field: spec.fieldName, "event timestamp matches no configured format")
                }
                occurredAt = instant
            }
            var amount: Amount?
            if let expression = eventMapping.amount, let text = expression.value(in: row) {
                guard let parsed = Amount(parsing: text) else {
                    return quarantine(.badValue, field: expressionName(expression), "amount is not a number")
                }
                amount = parsed
            }
            var attributes: [Field] = []
            for (name, expression) in eventMapping.attributes {
                for value in expression.values(in: row) { attributes.append(Field(name, value)) }
            }
            events.append(
                Event(
                    source: source, key: key, subjectSource: subjectSource, subjectKey: subjectKey, kind: kind,
                    occurredAt: occurredAt, amount: amount,
                    currency: eventMapping.currency.flatMap { $0.value(in: row) }, attributes: attributes,
                    lineage: lineage))
        }
        return .stored(record: record, events: events)
    }

    private func keyName(_ key: KeySpec) -> String? {
        switch key {
        case .fields(let references): return references.map { mapping.references.names[$0] }.joined(separator: "|")
        case .rowHash: return nil
        }
    }

    private func expressionName(_ expression: ValueExpression) -> String? {
        expression.references.first.map { mapping.references.names[$0] }
    }
}
