import GoldenCore
import Testing

@testable import Normalize

@Suite("Countries, regions and cities")
struct CountryRegionTests {
    @Test(arguments: [
        ("US", "US"), ("USA", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("usa", "US"),
        ("United States", "US"), ("United States of America", "US"), ("UNITED STATES OF AMERICA", "US"),
        ("America", "US"), ("Estados Unidos", "US"), ("EE.UU.", "US"),
        ("UK", "GB"), ("U.K.", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("Scotland", "GB"),
        ("Wales", "GB"), ("Northern Ireland", "GB"), ("GB", "GB"), ("GBR", "GB"), ("United Kingdom", "GB"),
        ("Royaume-Uni", "GB"),
        ("Deutschland", "DE"), ("Germany", "DE"), ("DE", "DE"), ("DEU", "DE"), ("Allemagne", "DE"),
        ("Alemania", "DE"), ("  de ", "DE"),
        ("France", "FR"), ("FRA", "FR"), ("Frankreich", "FR"),
        ("España", "ES"), ("Espana", "ES"), ("ESPAÑA", "ES"), ("Spain", "ES"), ("Spanien", "ES"),
        ("Nederland", "NL"), ("Holland", "NL"), ("The Netherlands", "NL"), ("Pays-Bas", "NL"),
        ("Österreich", "AT"), ("Schweiz", "CH"), ("Suisse", "CH"), ("Belgique", "BE"), ("België", "BE"),
        ("Italia", "IT"), ("Polska", "PL"), ("Sverige", "SE"), ("Danmark", "DK"), ("Éire", "IE"),
        ("Ireland", "IE"), ("Ελλάδα", "GR"), ("Россия", "RU"), ("Russian Federation", "RU"),
        ("Côte d'Ivoire", "CI"), ("Cote d Ivoire", "CI"), ("Ivory Coast", "CI"),
        ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Türkiye", "TR"), ("Turkey", "TR"),
        ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Viet Nam", "VN"), ("Vietnam", "VN"),
        ("St Lucia", "LC"), ("St. Kitts and Nevis", "KN"), ("The Gambia", "GM"), ("Bahamas", "BS"),
        ("Bosnia & Herzegovina", "BA"), ("Trinidad & Tobago", "TT"), ("Guinea-Bissau", "GW"),
        ("Canada", "CA"), ("CAN", "CA"), ("Mexico", "MX"), ("México", "MX"), ("Brasil", "BR"),
        ("Japan", "JP"), ("New Zealand", "NZ"), ("Australia", "AU"), ("AUS", "AU"), ("Åland Islands", "AX"),
        ("Curaçao", "CW"), ("Réunion", "RE"), ("ZW", "ZW"), ("ZWE", "ZW"),
    ])
    func country(text: String, code: String) {
        #expect(CountryCodes.isoCode(text) == code)
    }

    @Test(arguments: ["", "  ", "XX", "ZZZ", "Atlantis", "Mars", "United", "-", "12"])
    func unknownCountry(text: String) {
        #expect(CountryCodes.isoCode(text) == nil)
    }

    @Test func everyISOCountryByCodeAndName() {
        let lines = CountryTable.iso.split(separator: "\n")
        #expect(lines.count == 249)
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            #expect(CountryCodes.isoCode(parts[0]) == parts[0])
            #expect(CountryCodes.isoCode(parts[1]) == parts[0])
            #expect(CountryCodes.isoCode(parts[2]) == parts[0])
        }
    }

    @Test(arguments: [
        ("Texas", "US", "TX"), ("tx", "US", "TX"), ("TX", "US", "TX"), ("Tex.", "US", "TX"),
        ("New York", "US", "NY"), ("N.Y.", "US", "NY"), ("Calif.", "US", "CA"), ("California", "US", "CA"),
        ("Washington D.C.", "US", "DC"), ("District of Columbia", "US", "DC"), ("Puerto Rico", "US", "PR"),
        ("Massachusetts", "US", "MA"), ("West Virginia", "US", "WV"),
        ("Ontario", "CA", "ON"), ("on", "CA", "ON"), ("Québec", "CA", "QC"), ("Quebec", "CA", "QC"),
        ("B.C.", "CA", "BC"), ("British Columbia", "CA", "BC"), ("Nouvelle-Écosse", "CA", "NS"),
        ("New South Wales", "AU", "NSW"), ("Victoria", "AU", "VIC"), ("Western Australia", "AU", "WA"),
    ])
    func region(text: String, country: String, code: String) {
        #expect(text.withUTF8Bytes { RegionCodes.code($0, country: country) } == code)
    }

    @Test(arguments: [("Ontario", "US"), ("Texas", "CA"), ("Bavaria", "DE"), ("Hampshire", "GB"), ("Nowhere", "US")])
    func noRegionCode(text: String, country: String) {
        #expect(text.withUTF8Bytes { RegionCodes.code($0, country: country) } == nil)
    }

    @Test(arguments: [
        ("SOUTHAMPTON", "Southampton"), ("köln", "Köln"), ("KÖLN", "Köln"), ("saint-étienne", "Saint-Étienne"),
        ("STRATFORD-UPON-AVON", "Stratford-upon-Avon"), ("newcastle upon tyne", "Newcastle upon Tyne"),
        ("FRANKFURT AM MAIN", "Frankfurt am Main"), ("VILLENEUVE-D'ASCQ", "Villeneuve-d'Ascq"),
        ("O'FALLON", "O'Fallon"), ("KING'S LYNN", "King's Lynn"), ("MCALLEN", "McAllen"),
        ("ST. LOUIS", "St. Louis"), ("  new   york ", "New York"), ("LOS ANGELES", "Los Angeles"),
        ("CASTELLÓN DE LA PLANA", "Castellón de la Plana"), ("LA ROCHELLE", "La Rochelle"),
        ("ÅRHUS", "Århus"), ("ŁÓDŹ", "Łódź"), ("DeKalb", "DeKalb"), ("London", "London"),
        ("AIX-EN-PROVENCE", "Aix-en-Provence"), ("SOUTHEND-ON-SEA", "Southend-on-Sea"),
    ])
    func cityDisplay(text: String, display: String) {
        #expect(CityName.display(text) == display)
    }

    @Test(arguments: [
        ("St. Albans", "st albans"), ("Saint Albans", "st albans"), ("Sainte-Foy", "st foy"),
        ("Ste-Foy", "st foy"), ("Ft. Worth", "ft worth"), ("Fort Worth", "ft worth"), ("Mount Vernon", "mt vernon"),
        ("Mt. Vernon", "mt vernon"), ("Köln", "koln"), ("Cologne", "koln"), ("Koeln", "koln"),
        ("München", "munchen"), ("Munich", "munchen"), ("The Hague", "den haag"), ("'s-Gravenhage", "den haag"),
        ("Frankfurt a.M.", "frankfurt am main"), ("Southampton", "southampton"), ("Saint", "saint"),
    ])
    func cityKey(text: String, key: String) {
        #expect(CityName.key(text) == key)
    }
}
