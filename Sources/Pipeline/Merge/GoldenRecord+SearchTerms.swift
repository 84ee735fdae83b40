import GoldenCore
import Merge
import Store

extension GoldenRecord {
    /// The terms the steward's search finds this record by, as the writer stores them in
    /// `golden_search` (see ``GoldenSearchTerm``): the name's given and family keys, each
    /// e-mail's key and normalized form (ASCII letters lowered, as SQL's `lower` does), each
    /// phone's key; empty ones left out, each `(field, term)` once (by bytes), in that order.
    ///
    /// The same terms the `v8-steward` triggers derived from the record's JSON.
    ///
    /// ```swift
    /// golden.searchTerms   // [name "john", name "smith", email "jsmith@gmail.com", email "j.smith@gmail.com", …]
    /// ```
    var searchTerms: [GoldenSearchTerm] {
        var terms: [GoldenSearchTerm] = []
        terms.reserveCapacity(2 + 2 * emails.count + phones.count)
        func add(_ field: GoldenStore.SearchField, _ term: String?) {
            guard let term, !term.utf8.isEmpty else { return }
            let candidate = GoldenSearchTerm(field, term)
            if !terms.contains(candidate) { terms.append(candidate) }
        }
        add(.name, name?.value.givenKey)
        add(.name, name?.value.familyKey)
        for email in emails {
            add(.email, email.key)
            add(.email, email.value.normalized?.asciiLowercased)
        }
        for phone in phones { add(.phone, phone.key) }
        return terms
    }
}
