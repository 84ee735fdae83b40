/// German, French and Spanish cities and streets. City lines are
/// `City|Region|postcode prefixes|area codes|zone`; postcodes are the prefix padded with random
/// digits to five (Leipzig `04…` and Nice `06…` keep their leading zero).
extension RawTables {
    static let germanCities = """
        Berlin|Berlin|10 12 13 14|030|cet
        Hamburg|Hamburg|20 21 22|040|cet
        München|Bayern|80 81|089|cet
        Köln|Nordrhein-Westfalen|50 51|0221|cet
        Frankfurt am Main|Hessen|60|069|cet
        Stuttgart|Baden-Württemberg|70|0711|cet
        Düsseldorf|Nordrhein-Westfalen|40|0211|cet
        Leipzig|Sachsen|04|0341|cet
        Dresden|Sachsen|01|0351|cet
        Hannover|Niedersachsen|30|0511|cet
        Nürnberg|Bayern|90|0911|cet
        Bremen|Bremen|28|0421|cet
        """

    static let germanStreets = """
        Hauptstraße, Bahnhofstraße, Gartenstraße, Schulstraße, Dorfstraße, Bergstraße, \
        Lindenstraße, Kirchstraße, Goethestraße, Schillerstraße, Friedrichstraße, Am Markt, \
        Mühlenweg, Ringstraße, Waldweg, Birkenweg, Rosenstraße, Wiesenweg, Beethovenstraße, \
        Kastanienallee, Marktplatz, Im Winkel, An der Kirche, Königsallee
        """

    static let frenchCities = """
        Paris|Île-de-France|7500 7501|01|cet
        Lyon|Auvergne-Rhône-Alpes|690|04|cet
        Marseille|Provence-Alpes-Côte d'Azur|130|04|cet
        Toulouse|Occitanie|310|05|cet
        Nice|Provence-Alpes-Côte d'Azur|060|04|cet
        Nantes|Pays de la Loire|440|02|cet
        Strasbourg|Grand Est|670|03|cet
        Montpellier|Occitanie|340|04|cet
        Bordeaux|Nouvelle-Aquitaine|330|05|cet
        Lille|Hauts-de-France|590|03|cet
        Rennes|Bretagne|350|02|cet
        """

    static let frenchStreets = """
        rue de la Paix, avenue Victor Hugo, rue Jean Jaurès, boulevard Voltaire, \
        place de la République, rue du Moulin, allée des Tilleuls, impasse des Lilas, \
        chemin des Vignes, rue de l'Église, rue Pasteur, avenue de la Gare, rue Nationale, \
        boulevard Gambetta, rue des Écoles, rue du Château, avenue Foch, rue Saint-Michel, \
        quai des Chartrons, rue de la République
        """

    static let spanishCities = """
        Madrid|Comunidad de Madrid|280|91|cet
        Barcelona|Cataluña|080|93|cet
        Valencia|Comunidad Valenciana|460|96|cet
        Sevilla|Andalucía|410|95|cet
        Zaragoza|Aragón|500|976|cet
        Málaga|Andalucía|290|95|cet
        Bilbao|País Vasco|480|94|cet
        Palma|Islas Baleares|070|971|cet
        Valladolid|Castilla y León|470|983|cet
        A Coruña|Galicia|150|981|cet
        """

    static let spanishStreets = """
        Calle Mayor, Avenida de la Constitución, Calle Real, Plaza de España, Calle San Juan, \
        Paseo de Gracia, Gran Vía, Calle del Carmen, Rambla de Catalunya, Calle Alcalá, \
        Calle de la Iglesia, Avenida de Andalucía, Calle Nueva, Calle Sol, Paseo del Prado, \
        Calle Colón, Avenida del Puerto, Calle Larios, Calle Serrano, Plaza Mayor
        """
}
