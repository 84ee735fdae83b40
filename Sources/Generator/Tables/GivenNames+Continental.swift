/// German, French and Spanish given names, most popular first, with their usual nicknames and
/// diminutives. One line per name: `Name: nick, nick`.
extension RawTables {
    static let germanMale = """
        Thomas: Tom
        Michael: Michi
        Andreas: Andi
        Stefan: Steff
        Peter:
        Johannes: Hannes, Hans, Jo
        Wolfgang: Wolf
        Klaus:
        Jürgen:
        Günter:
        Uwe:
        Dieter:
        Helmut:
        Manfred: Manni
        Maximilian: Max, Maxi
        Alexander: Alex
        Lukas:
        Jonas:
        Leon:
        Felix:
        Paul:
        Tobias: Tobi
        Sebastian: Basti
        Florian: Flo
        Matthias: Matze, Hias
        Christian: Chris
        Markus:
        Jörg:
        Bernd:
        Heinrich: Heinz, Heini
        Friedrich: Fritz
        Karl: Kalle
        Ludwig: Lutz
        Georg: Schorsch
        Jan:
        Niklas:
        Moritz:
        Konstantin: Konni
        Rüdiger:
        Björn:
        """

    static let germanFemale = """
        Sabine: Bine
        Petra:
        Monika: Moni
        Ursula: Uschi, Ulla
        Claudia:
        Susanne: Susi
        Andrea:
        Birgit:
        Gabriele: Gabi
        Stefanie: Steffi
        Katharina: Kathi, Katja, Trine
        Elisabeth: Lisa, Elli, Sissi, Liesl
        Julia: Jule
        Anna: Anni
        Lena:
        Leonie:
        Marie:
        Sophie:
        Hannah:
        Johanna: Hanna
        Franziska: Franzi
        Christina: Tina
        Jutta:
        Heike:
        Ingrid: Inge
        Brigitte: Gitte
        Margarete: Grete, Gretchen
        Anneliese: Anne
        Käthe:
        Renate:
        Ute:
        Maren:
        Dörte:
        Jana:
        """

    static let frenchMale = """
        Jean:
        Pierre: Pierrot
        Michel:
        Philippe:
        Alain:
        Nicolas: Nico
        Christophe: Chris
        Frédéric: Fred
        Sébastien: Seb
        Laurent:
        Stéphane:
        François:
        Jean-Pierre: JP
        Jean-Baptiste: JB
        Guillaume: Guigui
        Julien: Ju
        Antoine: Toine
        Thomas: Tom
        Maxime: Max
        Alexandre: Alex
        Hugo:
        Louis: Loulou
        Lucas:
        Gabriel: Gaby
        Raphaël: Raph
        Mathieu: Mat
        Olivier: Oli
        Benoît:
        Jérôme:
        Thierry:
        Didier:
        Gérard: Gégé
        Cédric:
        Dominique: Dom
        Théo:
        """

    static let frenchFemale = """
        Marie:
        Nathalie: Nath
        Isabelle: Isa, Zaza
        Sylvie:
        Catherine: Cathy, Cat
        Françoise: Fanfan
        Christine: Cricri
        Monique:
        Valérie: Val
        Sandrine:
        Céline:
        Sophie:
        Camille: Cam
        Léa:
        Manon:
        Chloé:
        Émilie: Milie
        Juliette: Julie
        Margaux: Margot
        Océane:
        Élodie:
        Aurélie: Lili
        Amélie:
        Hélène:
        Véronique: Véro
        Stéphanie: Steph
        Virginie: Gigi
        Anne-Marie:
        Marie-Claire:
        Geneviève: Ginette
        Brigitte: Bibi
        Josiane: Jojo
        Zoé:
        Agnès:
        """

    static let spanishMale = """
        José: Pepe, Pepito
        Antonio: Toño, Toni
        Manuel: Manolo, Manu
        Francisco: Paco, Pancho, Curro, Fran
        Juan: Juanito
        David:
        Javier: Javi
        Jesús: Chus, Chucho, Chuy
        Carlos: Carlitos
        Alejandro: Álex, Alejo
        Miguel: Migue
        Rafael: Rafa
        Pedro: Perico
        Daniel: Dani
        Fernando: Nando, Fer
        Luis: Lucho
        Sergio: Checo
        Jorge: Coque
        Alberto: Beto
        Pablo:
        Enrique: Quique, Kike
        Ignacio: Nacho
        Diego:
        Adrián:
        Álvaro:
        Guillermo: Memo, Guille
        Eduardo: Edu, Lalo
        Ricardo: Richi
        Roberto: Rober, Beto
        Santiago: Santi, Chago
        Joaquín: Quino
        Iñaki:
        José Luis: Pepelu
        Juan Carlos: Juanca
        Ramón: Moncho
        """

    static let spanishFemale = """
        María: Mari, Maruja
        Carmen: Mamen, Carmela
        Josefa: Pepa, Pepita
        Isabel: Isa, Chabela
        Ana: Anita
        Dolores: Lola, Loli
        Pilar: Pili
        Concepción: Concha, Conchi
        Lucía: Lu
        Laura:
        Marta:
        Cristina: Cris
        Mercedes: Merche, Meche
        Rosario: Charo, Chayo
        Guadalupe: Lupe, Lupita
        Francisca: Paquita, Paca
        Elena: Nena
        Sara:
        Paula:
        Raquel:
        Beatriz: Bea
        Rocío: Rochi
        Inmaculada: Inma
        Encarnación: Encarna
        Consuelo: Chelo
        Montserrat: Montse
        Ángela: Angie
        Soledad: Sole
        María José: Majo
        Nuria:
        Alba:
        Irene:
        Teresa: Tere, Maite
        Silvia:
        """
}
