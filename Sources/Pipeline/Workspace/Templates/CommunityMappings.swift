extension WorkspaceTemplate {
    static let communityProfilesMapping = """
        # Forum profiles (gzipped XML, no namespace).
        format: xml
        xml:
          record: profile

        record:
          key: "@uid"
          observed_at:
            field: joined
            formats: [epoch]
          fields:
            username: "@handle"
            full_name: displayName
            email: email
            city: { field: location, split: ",", part: 0 }

        """

    static let communityActivityMapping = """
        # Forum activity: posts, replies, likes, reviews and shares with a sentiment score in -1..1.
        format: xml
        xml:
          record: event

        events:
          - kind: { field: "@type" }        # post, reply, like, review or share
            key: "@id"
            subject: { source: community_profiles, key: "@uid" }
            occurred_at: { field: "@at", formats: [iso8601] }
            attributes:
              topic: "@topic"
              sentiment: "@sentiment"
              sku: "@sku"                   # what a share shares
              category: "@category"
              channel: { constant: community }

        """
}
