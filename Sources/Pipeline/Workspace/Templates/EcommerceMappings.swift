extension WorkspaceTemplate {
    static let ecommerceAccountsMapping = """
        # Web shop accounts (gzipped CSV, US-style dates).
        format: csv
        csv:
          delimiter: ","
          header: true
          encoding: utf-8

        record:
          key: account_id
          observed_at:
            field: created_at
            formats: [iso8601]
          fields:
            account_id: account_id
            email: email
            given_name: first_name
            family_name: last_name
            phone: phone
            date_of_birth: birthday       # MM/DD/YYYY whatever the country: see normalize below
            address_line1: street
            address_line2: apt
            city: city
            region: state
            postcode: zip
            country: country

        # How Normalize reads this source's values. The shop writes every date month first.
        normalize:
          date_order: mdy

        """

    static let ecommerceOrdersMapping = """
        # Web shop orders: no identity of their own, each is an event of an account.
        format: csv
        csv:
          delimiter: ","
          header: true

        events:
          - kind: { field: status, map: { completed: order, returned: return, cancelled: order } }
            key: order_id
            subject: { source: ecommerce_accounts, key: account_id }
            occurred_at: { field: ordered_at, formats: [iso8601] }
            amount: total
            currency: currency
            attributes:
              status: status
              item_count: item_count
              sku: { field: skus }
              channel: { constant: web }

        """
}
