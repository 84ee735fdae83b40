import GoldenCore

extension EngageEvent {
    /// The kinds as their codes in stored facts: positions in this list. Reordering it, or
    /// removing a case, changes the layout (bump the version of the payload that embeds it).
    static let kindCodes = EngageEventKind.allCases
    /// The message outcomes as their codes in stored facts (see ``kindCodes``).
    static let messageActionCodes = MessageAction.allCases

    /// Appends the event to `writer`: part of a larger, versioned payload (the store's golden
    /// facts, which keep each golden record's events as engagement sees them, so that deciding a
    /// day reads no event JSON). ``init(from:)`` reads it back.
    ///
    /// ```swift
    /// var writer = BinaryWriter()
    /// event.write(to: &writer)
    /// var reader = BinaryReader(writer.bytes)
    /// try EngageEvent(from: &reader) == event   // true
    /// ```
    public func write(to writer: inout BinaryWriter) {
        writer.write(kind, in: Self.kindCodes)
        writer.write(Int64(day.index))
        writer.write(amount) { $0.write($1.tenThousandths) }
        writer.write(items) { writer, item in
            writer.write(item.category)
            writer.write(item.sku)
            writer.write(item.quantity)
        }
        writer.write(channel)
        writer.write(sentiment) { $0.write($1) }
        writer.write(reference)
        writer.write(messageAction) { $0.write($1, in: Self.messageActionCodes) }
    }

    /// Reads an event written by ``write(to:)``.
    ///
    /// - Throws: ``GoldenCore/BinaryReader/Malformed`` when the bytes do not hold one.
    public init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let kind = try reader.readCase(in: Self.kindCodes)
        let start = reader.offset
        let index = try reader.readInt64()
        guard let day = Int32(exactly: index) else { throw BinaryReader.Malformed(offset: start) }
        let amount = try reader.readOptional { reader throws(BinaryReader.Malformed) in Amount(tenThousandths: try reader.readInt64()) }
        let items = try reader.readArray { reader throws(BinaryReader.Malformed) in
            Item(category: try reader.readOptionalString(), sku: try reader.readOptionalString(), quantity: try reader.readInt())
        }
        self.init(
            kind: kind, day: Day(index: day), amount: amount, items: items, channel: try reader.readOptionalString(),
            sentiment: try reader.readOptional { reader throws(BinaryReader.Malformed) in try reader.readDouble() },
            reference: try reader.readOptionalString(),
            messageAction: try reader.readOptional { reader throws(BinaryReader.Malformed) in
                try reader.readCase(in: Self.messageActionCodes)
            })
    }
}
