extension CountryTable {
    /// Other ways feeds write a country: common English forms, former and official long names,
    /// and the names in the main European languages (the country's own first). One country a
    /// line: the alpha-2 code, a space, then names separated by `|`.
    ///
    /// A few codes that are not ISO alpha-2 but common in feeds map too: `UK` → GB, `EL` → GR
    /// (the EU's code for Greece), and Kosovo's user-assigned `XK`.
    static let otherNames = """
        US United States|USA|U S A|US of A|America|The United States|\
        Vereinigte Staaten|Vereinigte Staaten von Amerika|États-Unis|Etats-Unis d'Amérique|\
        Estados Unidos|Estados Unidos de América|EEUU|EE UU|Stati Uniti|Verenigde Staten
        GB UK|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|\
        United Kingdom of Great Britain and Northern Ireland|Great Britain and Northern Ireland|\
        Großbritannien|Vereinigtes Königreich|Royaume-Uni|Grande-Bretagne|Angleterre|Reino Unido|\
        Gran Bretaña|Inglaterra|Regno Unito|Verenigd Koninkrijk|Engeland
        IE Éire|Republic of Ireland|Ireland, Republic of|Irland|Irlande|Irlanda|Ierland
        DE Deutschland|Federal Republic of Germany|Bundesrepublik Deutschland|BRD|Allemagne|\
        Alemania|Germania|Duitsland|Niemcy|Tyskland|Saksa
        FR République française|Frankreich|Francia|Frankrijk|Francja|Frankrike|Ranska
        ES España|Reino de España|Spanien|Espagne|Spagna|Spanje|Hiszpania
        IT Italia|Italien|Italie|Italië|Włochy
        NL Nederland|Holland|The Netherlands|Netherlands, The|Niederlande|\
        Pays-Bas|Países Bajos|Paesi Bassi|Nederländerna
        BE België|Belgique|Belgien|Bélgica|Belgio
        LU Lëtzebuerg|Luxemburg|Luxemburgo|Lussemburgo
        AT Österreich|Oesterreich|Autriche|Áustria|Republik Österreich
        CH Schweiz|Suisse|Svizzera|Svizra|Suiza|Suíça|Helvetia|Confoederatio Helvetica|Zwitserland
        LI Fürstentum Liechtenstein
        PT Portugal|Portogallo|Portugalia
        PL Polska|Polen|Pologne|Polonia
        CZ Czech Republic|Česko|Česká republika|Tschechien|Tschechische Republik|Tchéquie|\
        République tchèque|Chequia|República Checa|Repubblica Ceca
        SK Slovak Republic|Slovensko|Slowakei|Slovaquie|Eslovaquia
        HU Magyarország|Ungarn|Hongrie|Hungría|Ungheria
        SI Slovenija|Slowenien|Slovénie|Eslovenia
        HR Hrvatska|Kroatien|Croatie|Croacia
        RO România|Rumänien|Roumanie|Rumania
        BG България|Bulgarien|Bulgarie
        GR EL|Hellas|Ellada|Ελλάδα|Hellenic Republic|Griechenland|Grèce|Grecia
        CY Kypros|Κύπρος|Zypern|Chypre|Chipre
        MT Malta
        SE Sverige|Schweden|Suède|Suecia|Svezia|Zweden
        NO Norge|Noreg|Norwegen|Norvège|Noruega|Norvegia|Noorwegen
        DK Danmark|Dänemark|Dinamarca|Danimarca|Denemarken
        FI Suomi|Finnland|Finlande|Finlandia
        IS Ísland|Islande|Islandia
        EE Eesti|Estland|Estonie
        LV Latvija|Lettland|Lettonie|Letonia
        LT Lietuva|Litauen|Lituanie|Lituania
        MC Principauté de Monaco
        SM Repubblica di San Marino
        VA Vatican|Vatican City|Vatican City State|Città del Vaticano
        RU Russian Federation|Россия|Rossiya|Russland|Russie|Rusia
        UA Україна|Ukraina|The Ukraine
        BY Belarus|Беларусь|Weißrussland|Byelorussia
        TR Turkey|Turkiye|Türkei|Turquie|Turquía|Turchia
        MK Macedonia|Republic of North Macedonia|FYROM|Nordmazedonien
        BA Bosnia|Bosnia-Herzegovina|Bosna i Hercegovina
        RS Srbija|Serbien
        ME Crna Gora
        AL Shqipëria
        MD Moldova, Republic of|Republic of Moldova|Moldawien
        XK XKX|Kosovo
        CA Kanada
        MX México|Mexiko|Mexique|Estados Unidos Mexicanos
        BR Brasil|Brasilien|Brésil
        CN People's Republic of China|PRC|Volksrepublik China|Chine
        TW Republic of China|Taiwan, Province of China|Chinese Taipei
        HK Hong Kong SAR|Hongkong
        MO Macau|Macao SAR
        KR Korea|Republic of Korea|Korea, Republic of|Korea (South)|Südkorea|Corée du Sud|Corea del Sur
        KP Democratic People's Republic of Korea|Korea, Democratic People's Republic of|DPRK|\
        Korea (North)|Nordkorea
        JP Nippon|Nihon|Japan|Japon|Japón|Giappone
        IN Bharat
        IR Iran, Islamic Republic of|Islamic Republic of Iran|Persia
        SY Syrian Arab Republic
        LA Lao People's Democratic Republic|Lao PDR
        VN Vietnam|Socialist Republic of Vietnam
        BN Brunei
        MM Burma
        TL East Timor
        PS Palestine, State of|State of Palestine|Palestinian Territories
        AE UAE|U A E|Emirates
        SA KSA|Kingdom of Saudi Arabia
        EG Egypte|Ägypten
        MA Maroc|Marokko|Marruecos
        DZ Algérie|Algerien|Argelia
        TN Tunisie|Tunesien|Túnez
        CI Ivory Coast|Cote d'Ivoire|Cote d Ivoire|Elfenbeinküste
        CV Cape Verde
        CD DR Congo|DRC|Democratic Republic of the Congo|Congo (Kinshasa)|Congo-Kinshasa|Zaire
        CG Republic of the Congo|Congo (Brazzaville)|Congo-Brazzaville
        SZ Swaziland
        TZ Tanzania, United Republic of|United Republic of Tanzania
        ZA Südafrika|Afrique du Sud|Sudáfrica
        BO Bolivia (Plurinational State of)|Plurinational State of Bolivia
        VE Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela
        FM Micronesia, Federated States of|Federated States of Micronesia
        NZ Aotearoa|Neuseeland|Nouvelle-Zélande|Nueva Zelanda
        AU Australien|Australie
        FK Falkland Islands (Malvinas)|Falklands|Malvinas
        PN Pitcairn Islands
        AX Aland|Aland Islands
        BQ Caribbean Netherlands|Bonaire
        CW Curacao
        SX Sint Maarten
        MF Saint Martin|Saint-Martin
        BL Saint Barts|Saint-Barthélemy
        RE Reunion|La Réunion
        VG British Virgin Islands|BVI
        VI US Virgin Islands|U S Virgin Islands|USVI|United States Virgin Islands
        UM US Minor Outlying Islands
        KN Saint Kitts|Saint Kitts & Nevis|Saint Christopher and Nevis
        VC Saint Vincent|Saint Vincent & the Grenadines
        TT Trinidad|Trinidad & Tobago
        AG Antigua|Antigua & Barbuda
        ST São Tomé and Príncipe|Sao Tome & Principe
        TC Turks & Caicos Islands|Turks and Caicos
        HM Heard and McDonald Islands
        GS South Georgia
        SJ Svalbard
        CC Cocos Islands|Keeling Islands
        TF French Southern and Antarctic Lands
        PM Saint-Pierre-et-Miquelon
        WF Wallis-et-Futuna
        SH Saint Helena
        """
}
