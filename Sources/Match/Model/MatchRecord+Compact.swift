import GoldenCore

extension MatchRecord {
    /// What a record keeps of its postal address: the postcode and the country that qualifies
    /// it (``PostcodeComparison/countriesAgree(_:_:)``), 32 bytes instead of a whole
    /// `PostalAddress` (152 bytes, and its raw lines and keys on the heap).
    @usableFromInline
    struct Postal: Hashable, Sendable {
        @usableFromInline var postcode: String?
        @usableFromInline var country: String?

        @usableFromInline
        init(_ address: PostalAddress) {
            postcode = address.postcode
            country = address.country
        }
    }

    /// The keys of the single-valued text attributes, bare: 16 bytes each instead of a
    /// ``TextKey``'s 56, since none of them has a phonetic key or variants.
    @usableFromInline
    struct SingleKeys: Hashable, Sendable {
        @usableFromInline var street: String?
        @usableFromInline var city: String?
        @usableFromInline var region: String?
        @usableFromInline var accountId: String?
        @usableFromInline var username: String?
        @usableFromInline var gender: String?

        @usableFromInline
        init(
            street: String? = nil, city: String? = nil, region: String? = nil, accountId: String? = nil,
            username: String? = nil, gender: String? = nil
        ) {
            self.street = street
            self.city = city
            self.region = region
            self.accountId = accountId
            self.username = username
            self.gender = gender
        }
    }

    /// The postal address, when it has a postcode (for postcode levels): its postcode and
    /// country only (the street, city and region are ``street``, ``city`` and ``region``).
    /// Setting an address keeps the same two.
    @inlinable
    public var address: PostalAddress? {
        get { postal.map { PostalAddress(raw: [], postcode: $0.postcode, country: $0.country) } }
        set { postal = newValue.map(Postal.init) }
    }

    /// House number and street key (`12 high st`). Setting one keeps its key only.
    @inlinable
    public var street: TextKey? {
        get { singles.street.map { TextKey($0) } }
        set { singles.street = newValue?.key }
    }

    /// The city key. Setting one keeps its key only.
    @inlinable
    public var city: TextKey? {
        get { singles.city.map { TextKey($0) } }
        set { singles.city = newValue?.key }
    }

    /// The region code, lower case. Setting one keeps its key only.
    @inlinable
    public var region: TextKey? {
        get { singles.region.map { TextKey($0) } }
        set { singles.region = newValue?.key }
    }

    /// The e-commerce account id. Setting one keeps its key only.
    @inlinable
    public var accountId: TextKey? {
        get { singles.accountId.map { TextKey($0) } }
        set { singles.accountId = newValue?.key }
    }

    /// The community username, lower case. Setting one keeps its key only.
    @inlinable
    public var username: TextKey? {
        get { singles.username.map { TextKey($0) } }
        set { singles.username = newValue?.key }
    }

    /// The gender's raw value. Setting one keeps its key only.
    @inlinable
    public var gender: TextKey? {
        get { singles.gender.map { TextKey($0) } }
        set { singles.gender = newValue?.key }
    }
}
