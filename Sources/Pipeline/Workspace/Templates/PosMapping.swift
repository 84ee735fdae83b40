extension WorkspaceTemplate {
    static let posMapping = """
        # Point-of-sale line items. One row per receipt line; the customer columns repeat on every
        # line of a receipt, so the receipt is the source record and each line is an event.
        format: csv
        csv:
          delimiter: ";"
          quote: '"'
          header: true
          encoding: windows-1252

        record:
          key: [STORE_ID, TILL, RECEIPT_NO]
          observed_at:
            field: TXN_TS
            formats: ["dd/MM/yyyy HH:mm"]
            timezone: Europe/London
          fields:
            full_name: CUST_NAME          # "SMITH, JOHN" as tills type it; Normalize parses it
            phone: CUST_PHONE
            postcode: CUST_POSTCODE
            loyalty_card: LOYALTY_CARD

        # The tills are in Great Britain: national numbers and postcodes are read as British unless
        # they can only be another country's (visitors give their home address).
        normalize:
          country: GB

        events:
          - kind: { field: TXN_TYPE, map: { SALE: purchase, REFUND: return } }
            key: [STORE_ID, TILL, RECEIPT_NO, LINE_NO]
            amount: AMOUNT                # decimal comma: 12,50
            currency: { constant: GBP }
            attributes:
              sku: SKU
              category: DEPT
              quantity: QTY
              store: STORE_ID
              channel: { constant: store }

        """
}
