extension WorkspaceTemplate {
    // The feeds engagement reads besides purchases: loyalty activity, marketing messages and
    // service cases — all event-only, each an event of a loyalty member or a web shop account.

    static let loyaltyActivityMapping = """
        # Loyalty activity: offers redeemed (the offer id from the offer bank, the points spent) and
        # tiers reached, exported as XML under the loyalty namespace. Events of the members.
        format: xml
        xml:
          record: l:event
          namespaces:
            l: "urn:golden:loyalty:1"

        events:
          - kind: { field: "@type" }        # redemption or tier
            key: "@id"
            subject: { source: loyalty, key: "@member" }
            occurred_at: { field: "@at", formats: [iso8601] }
            attributes:
              offer: "@offer"               # redemptions
              points: "@points"
              tier: "@tier"                 # tiers reached: silver, gold, platinum
              channel: { constant: loyalty }

        """

    static let ecommerceMessagesMapping = """
        # The e-mail and SMS platform's export: one row per message sent, opened, clicked, bounced or
        # unsubscribed. No identity of its own: each row is an event of a web shop account.
        format: csv
        csv:
          delimiter: ","
          header: true

        events:
          - kind: message
            key: event_id
            subject: { source: ecommerce_accounts, key: account_id }
            occurred_at: { field: occurred_at, formats: [iso8601] }
            attributes:
              action: action                # sent, opened, clicked, bounced or unsubscribed
              channel: channel              # email or sms
              campaign: campaign
              message: message_id           # the rows of one message share it

        """

    static let serviceCasesAccountsMapping = serviceCasesMapping(
        of: "web shop accounts", subject: "ecommerce_accounts", key: "account_id")

    static let serviceCasesMembersMapping = serviceCasesMapping(
        of: "loyalty members", subject: "loyalty", key: "member_id")

    /// The service desk exports one file per kind of customer it knows, alike but for the key.
    private static func serviceCasesMapping(of customers: String, subject: String, key: String) -> String {
        """
        # Customer-service cases of \(customers): complaints and enquiries (an enquiry is a sign
        # of life, not a complaint).
        format: csv
        csv:
          delimiter: ","
          header: true

        events:
          - kind: { field: type, map: { complaint: complaint, enquiry: activity } }
            key: case_id
            subject: { source: \(subject), key: \(key) }
            occurred_at: { field: opened_at, formats: [iso8601] }
            attributes:
              topic: topic
              channel: channel              # phone, email, chat or store
              severity: severity            # low, medium or high; complaints only
              status: status

        """
    }
}
