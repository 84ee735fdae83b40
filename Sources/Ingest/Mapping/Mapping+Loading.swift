import Foundation
import GoldenCore

extension Mapping {
    /// Reads and checks a mapping file. Errors name the file, line and key (code `.config`).
    public static func load(path: String, displayPath: String? = nil) throws(GoldenError) -> Mapping {
        let shown = displayPath ?? path
        let text = try ConfigNode.readText(path: path, displayPath: shown, what: "mapping file")
        return try parse(yaml: text, file: shown)
    }

    /// Parses mapping YAML held in memory.
    public static func parse(yaml: String, file: String) throws(GoldenError) -> Mapping {
        let root = try ConfigNode.parse(yaml: yaml, file: file)
        try root.rejectUnknownKeys(["format", "csv", "xml", "record", "events", "normalize"])
        let formatNode = try root.required("format")
        var mapping: Mapping
        switch try formatNode.string() {
        case "csv":
            if let xml = try root.optional("xml") { throw xml.error("'xml' options given for a csv feed") }
            mapping = Mapping(file: file, format: .csv(try CSVFormat(root.optional("csv"))))
        case "xml":
            if let csv = try root.optional("csv") { throw csv.error("'csv' options given for an xml feed") }
            mapping = Mapping(file: file, format: .xml(try XMLFormat(root.required("xml"))))
        case let other:
            throw formatNode.error("unknown format '\(other)'; expected csv or xml")
        }
        var builder = ExpressionBuilder(references: mapping.references)
        if let record = try root.optional("record") {
            mapping.record = try RecordMapping(record, builder: &builder)
        }
        if let events = try root.optional("events") {
            for item in try events.list() {
                mapping.events.append(try EventMapping(item, builder: &builder))
            }
        }
        guard mapping.record != nil || !mapping.events.isEmpty else {
            throw root.error("a mapping needs a 'record', 'events', or both")
        }
        if mapping.record == nil, let event = mapping.events.first(where: { $0.subject == nil }) {
            throw GoldenError(
                .config, "an event-only feed must name each event's 'subject' (source and key)",
                at: SourceLocation(file: file, line: event.line, key: event.keyPath))
        }
        if let normalize = try root.optional("normalize") {
            mapping.normalize = try NormalizeOptions(normalize)
        }
        mapping.references = builder.references
        return mapping
    }
}

extension CSVFormat {
    init(_ node: ConfigNode?) throws(GoldenError) {
        self.init()
        guard let node else { return }
        try node.rejectUnknownKeys(["delimiter", "quote", "header", "columns", "encoding"])
        if let value = try node.optional("delimiter") { delimiter = try Self.singleByte(value) }
        if let value = try node.optional("quote") { quote = try Self.singleByte(value) }
        let header = try node.optional("header")?.bool() ?? true
        if let columnsNode = try node.optional("columns") {
            if header, try node.optional("header") != nil {
                throw columnsNode.error("give either 'header: true' or 'columns', not both")
            }
            let names = try columnsNode.stringList()
            guard !names.isEmpty else { throw columnsNode.error("'columns' is empty") }
            columns = names
        } else if !header {
            throw node.error("'header: false' needs 'columns' naming the columns in order")
        }
        if let value = try node.optional("encoding") {
            let text = try value.string().lowercased()
            let aliases: [String: TextEncoding] = [
                "utf-8": .utf8, "utf8": .utf8, "latin-1": .latin1, "latin1": .latin1,
                "iso-8859-1": .latin1, "windows-1252": .windows1252, "cp1252": .windows1252,
            ]
            guard let encoding = aliases[text] else {
                throw value.error("unknown encoding '\(text)'; expected utf-8, latin-1 or windows-1252")
            }
            self.encoding = encoding
        }
        guard delimiter != quote else { throw node.error("'delimiter' and 'quote' must differ") }
    }

    private static func singleByte(_ node: ConfigNode) throws(GoldenError) -> UInt8 {
        let text = try node.string()
        let named: [String: UInt8] = ["\\t": 9, "tab": 9, "\t": 9]
        if let byte = named[text] { return byte }
        let bytes = Array(text.utf8)
        guard bytes.count == 1, bytes[0] != 10, bytes[0] != 13 else {
            throw node.error("must be a single character (\"\\t\" for tab)")
        }
        return bytes[0]
    }
}

extension XMLFormat {
    init(_ node: ConfigNode) throws(GoldenError) {
        try node.rejectUnknownKeys(["record", "namespaces"])
        let recordNode = try node.required("record")
        var namespaces: [String: String] = [:]
        if let map = try node.optional("namespaces") {
            for (prefix, uri) in try map.entries() { namespaces[prefix] = try uri.string() }
        }
        let record = try recordNode.string()
        if let colon = record.firstIndex(of: ":"), namespaces[String(record[..<colon])] == nil {
            throw recordNode.error("prefix '\(record[..<colon])' is not declared under 'namespaces'")
        }
        self.init(record: record, namespaces: namespaces)
    }
}

extension RecordMapping {
    init(_ node: ConfigNode, builder: inout ExpressionBuilder) throws(GoldenError) {
        try node.rejectUnknownKeys(["key", "observed_at", "fields"])
        key = try builder.key(node.required("key"))
        observedAt = try node.optional("observed_at").map { (value) throws(GoldenError) in
            try builder.timestamp(value)
        }
        fields = []
        let fieldsNode = try node.required("fields")
        for (name, value) in try fieldsNode.entries() {
            guard let attribute = IdentityAttribute(rawValue: name) else {
                let known = IdentityAttribute.allCases.map(\.rawValue).joined(separator: ", ")
                throw value.error("unknown identity attribute '\(name)'; expected one of: \(known)")
            }
            fields.append((attribute, try builder.expression(value)))
        }
        guard !fields.isEmpty else { throw fieldsNode.error("'fields' maps no attribute") }
    }
}

extension EventMapping {
    init(_ node: ConfigNode, builder: inout ExpressionBuilder) throws(GoldenError) {
        try node.rejectUnknownKeys([
            "kind", "key", "subject", "occurred_at", "amount", "currency", "attributes",
        ])
        keyPath = node.keyPath
        line = node.location.line
        let kindNode = try node.required("kind")
        if kindNode.isScalar {
            kind = .constant(try kindNode.choice(EventKind.self))
        } else {
            let expression = try builder.expression(kindNode)
            kind = .mapped(expression)
            if case .field(_, let modifiers) = expression, let map = modifiers.map {
                for (from, to) in map.sorted(by: { $0.key < $1.key }) where EventKind(rawValue: to) == nil {
                    throw kindNode.error("'\(from)' maps to unknown event kind '\(to)'")
                }
            }
        }
        key = try builder.key(node.required("key"))
        if let subjectNode = try node.optional("subject") {
            try subjectNode.rejectUnknownKeys(["source", "key"])
            subject = (try subjectNode.required("source").string(), try builder.key(subjectNode.required("key")))
        }
        occurredAt = try node.optional("occurred_at").map { (value) throws(GoldenError) in
            try builder.timestamp(value)
        }
        amount = try node.optional("amount").map { (value) throws(GoldenError) in try builder.expression(value) }
        currency = try node.optional("currency").map { (value) throws(GoldenError) in
            try builder.expression(value)
        }
        attributes = []
        if let attributesNode = try node.optional("attributes") {
            for (name, value) in try attributesNode.entries() {
                attributes.append((name, try builder.expression(value)))
            }
        }
    }
}
