/// The regions that have postal codes of their own: US states, territories and military "states"
/// (USPS codes), Canadian provinces and territories (Canada Post codes, English and French names),
/// and Australian states and territories (Australia Post codes). One region a line: the code, a
/// space, then other names and abbreviations separated by `|` (the code itself always matches).
enum RegionTable {
    static let unitedStates = """
        AL Alabama|Ala
        AK Alaska
        AZ Arizona|Ariz
        AR Arkansas|Ark
        CA California|Calif|Cal
        CO Colorado|Colo
        CT Connecticut|Conn
        DE Delaware|Del
        DC District of Columbia|Washington DC|Washington D C
        FL Florida|Fla
        GA Georgia
        HI Hawaii|Hawai'i
        ID Idaho
        IL Illinois|Ill
        IN Indiana|Ind
        IA Iowa
        KS Kansas|Kan|Kans
        KY Kentucky
        LA Louisiana
        ME Maine
        MD Maryland
        MA Massachusetts|Mass
        MI Michigan|Mich
        MN Minnesota|Minn
        MS Mississippi|Miss
        MO Missouri
        MT Montana|Mont
        NE Nebraska|Nebr|Neb
        NV Nevada|Nev
        NH New Hampshire
        NJ New Jersey
        NM New Mexico
        NY New York|New York State
        NC North Carolina|N Carolina
        ND North Dakota|N Dakota|N Dak
        OH Ohio
        OK Oklahoma|Okla
        OR Oregon|Ore|Oreg
        PA Pennsylvania|Penn|Penna
        RI Rhode Island
        SC South Carolina|S Carolina
        SD South Dakota|S Dakota|S Dak
        TN Tennessee|Tenn
        TX Texas|Tex
        UT Utah
        VT Vermont
        VA Virginia
        WA Washington|Wash
        WV West Virginia|W Virginia|W Va
        WI Wisconsin|Wis|Wisc
        WY Wyoming|Wyo
        AS American Samoa
        GU Guam
        MP Northern Mariana Islands
        PR Puerto Rico
        VI Virgin Islands|US Virgin Islands|U S Virgin Islands
        FM Federated States of Micronesia|Micronesia
        MH Marshall Islands
        PW Palau
        AA Armed Forces Americas
        AE Armed Forces Europe|Armed Forces Africa|Armed Forces Canada|Armed Forces Middle East
        AP Armed Forces Pacific
        """

    static let canada = """
        AB Alberta|Alta
        BC British Columbia|Colombie-Britannique|Colombie Britannique
        MB Manitoba|Man
        NB New Brunswick|Nouveau-Brunswick
        NL Newfoundland and Labrador|Newfoundland|Labrador|Terre-Neuve-et-Labrador|Terre-Neuve|NF|Nfld
        NS Nova Scotia|Nouvelle-Écosse
        NT Northwest Territories|Territoires du Nord-Ouest|NWT
        NU Nunavut
        ON Ontario|Ont
        PE Prince Edward Island|Île-du-Prince-Édouard|PEI
        QC Quebec|Québec|PQ|Que
        SK Saskatchewan|Sask
        YT Yukon|Yukon Territory|YK
        """

    static let australia = """
        NSW New South Wales
        VIC Victoria|Vic
        QLD Queensland|Qld
        SA South Australia
        WA Western Australia
        TAS Tasmania|Tas
        ACT Australian Capital Territory
        NT Northern Territory
        """
}
