extension WorkspaceTemplate {
    static let goldenYML = """
        # Golden workspace configuration.
        # Paths are relative to this file. Reference: docs/MAPPINGS.md in the Golden repository.

        # The SQLite store holding source records, events, quarantine and run history.
        store: golden.sqlite

        # One entry per feed. kind is pos | loyalty | ecommerce | community.
        # files are globs (*, ?, [abc], ** for any depth); gzip is detected from the bytes.
        sources:
          - name: pos
            kind: pos
            mapping: Mappings/pos.yml
            files: ["feeds/pos/*.csv", "feeds/pos/*.csv.gz"]

          - name: loyalty
            kind: loyalty
            mapping: Mappings/loyalty.yml
            files: ["feeds/loyalty/*.xml", "feeds/loyalty/*.xml.gz"]

          # Offers redeemed and tiers reached: events of the members above.
          - name: loyalty_activity
            kind: loyalty
            mapping: Mappings/loyalty_activity.yml
            files: ["feeds/loyalty/activity/*.xml", "feeds/loyalty/activity/*.xml.gz"]

          - name: ecommerce_accounts
            kind: ecommerce
            mapping: Mappings/ecommerce_accounts.yml
            files: ["feeds/ecommerce/accounts_*.csv*"]

          # Orders carry no identity: they are events of the accounts above.
          - name: ecommerce_orders
            kind: ecommerce
            mapping: Mappings/ecommerce_orders.yml
            files: ["feeds/ecommerce/orders_*.csv*"]

          # The e-mail/SMS platform: messages sent, opened, clicked, bounced, unsubscribed per account.
          - name: ecommerce_messages
            kind: ecommerce
            mapping: Mappings/ecommerce_messages.yml
            files: ["feeds/messaging/messages_*.csv*"]

          - name: community_profiles
            kind: community
            mapping: Mappings/community_profiles.yml
            files: ["feeds/community/profiles_*.xml*"]

          # Posts, replies, likes, reviews and shares with their sentiment: events of the profiles above.
          - name: community_activity
            kind: community
            mapping: Mappings/community_activity.yml
            files: ["feeds/community/activity_*.xml*"]

          # The service desk's complaints and enquiries, one export per kind of customer it knows.
          - name: service_cases_accounts
            kind: ecommerce
            mapping: Mappings/service_cases_accounts.yml
            files: ["feeds/service/cases_accounts_*.csv*"]

          - name: service_cases_members
            kind: loyalty
            mapping: Mappings/service_cases_members.yml
            files: ["feeds/service/cases_members_*.csv*"]

        ingest:
          batch_size: 5000          # rows per write transaction
          max_field_bytes: 1048576  # a longer field quarantines its row
          quarantine_limit: 0.05    # above this share of quarantined rows a run exits with code 3

        # Blocking, comparisons, thresholds and training of the Match stage (without this key,
        # Mappings/match.yml when it exists, else Golden's shipped defaults).
        match: Mappings/match.yml

        # Which value of each attribute a golden record keeps: trust ranking of the sources and
        # rules per attribute (without this key, Mappings/survivorship.yml when it exists, else
        # Golden's shipped defaults).
        survivorship: Mappings/survivorship.yml

        # Freshness ("sell-by date") policies per attribute and data-quality checks with warn/fail
        # levels (without this key, Mappings/quality.yml when it exists, else Golden's shipped defaults).
        quality: Mappings/quality.yml

        """
}
