import GoldenCore

extension NormalizeOptions {
    /// Reads a mapping file's `normalize:` section:
    ///
    /// ```yaml
    /// normalize:
    ///   country: GB                 # ISO 3166-1 alpha-2 of the source's customers
    ///   date_order: dmy             # dmy | mdy | ymd, for numeric dates such as 03/04/1980
    ///   date_formats: [dd/MM/yyyy]  # tried first for dates of birth
    /// ```
    init(_ node: ConfigNode) throws(GoldenError) {
        self.init()
        try node.rejectUnknownKeys(["country", "date_order", "date_formats"])
        if let value = try node.optional("country") {
            let code = try value.string()
            guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
            else { throw value.error("'country' must be an ISO 3166-1 alpha-2 code in capitals, such as GB or US") }
            defaultCountry = code
        }
        if let value = try node.optional("date_order") {
            let text = try value.string()
            guard let order = DateOrder(rawValue: text.lowercased()) else {
                throw value.error("unknown date order '\(text)'; expected dmy, mdy or ymd")
            }
            dateOrder = order
        }
        if let value = try node.optional("date_formats") {
            for item in try value.list() {
                let text = try item.string()
                guard let format = TimestampFormat(text) else {
                    throw item.error("'\(text)' is not a date format (e.g. dd/MM/yyyy, yyyyMMdd, iso8601)")
                }
                dateFormats.append(format)
            }
        }
    }
}
