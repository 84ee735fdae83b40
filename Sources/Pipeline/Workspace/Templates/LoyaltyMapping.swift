extension WorkspaceTemplate {
    static let loyaltyMapping = """
        # Loyalty members, exported as XML under a default namespace.
        format: xml
        xml:
          record: l:member
          namespaces:
            l: "urn:golden:loyalty:1"

        record:
          key: "@id"
          observed_at:
            field: "@updated"
            formats: [iso8601]
          fields:
            title: name/title
            given_name: name/given
            middle_name: name/middle
            family_name: name/family
            date_of_birth: birthDate
            gender: { field: gender, map: { M: male, F: female } }
            email: contact/email          # every <email> element
            phone: contact/phone
            address_line1: address/line1
            address_line2: address/line2
            city: address/city
            region: address/region
            postcode: address/postcode
            country: address/country
            loyalty_card: cards/card/@number

        """
}
