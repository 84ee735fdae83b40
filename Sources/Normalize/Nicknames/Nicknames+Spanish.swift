extension Nicknames {
    /// Spanish names (Spain and Latin America): spelling variants first, then diminutives,
    /// hypocoristics of compound names (`Chema`, `Maite`, `Juanjo`) included.
    static let spanish = """
        adalberto: beto
        agustin: agus
        alberto: beto
        alejandra: ale jandra
        alejandro: alex alejo jandro ale
        alfonso: alonso poncho fonso
        alfredo: fredo
        anna: ana anita
        antonia: toni tona
        antonio: tono toni tonio tonito
        asuncion: asun
        beatriz: bea
        carlos: carlitos charly
        carmen: mamen carmela carmencita menchu
        catalina: cata
        christina: cris
        concepcion: concha conchi conchita
        consuelo: chelo
        daniel: dani
        diego: dieguito
        dolores: lola loli lolita
        domingo: mingo
        eduardo: edu lalo
        elena: nena
        encarnacion: encarna
        enrique: quique kike
        ernesto: neto
        federico: fede
        fernando: nando fer
        francisca: paquita paca pancha
        francisco: paco paquito pancho curro fran kiko cisco
        gabriela: gaby gabi
        gerardo: gera
        gilberto: beto gil
        gonzalo: gonza chalo
        graciela: chela
        gregorio: goyo
        guadalupe: lupe lupita
        guillermo: memo guille
        gustavo: tavo gus
        heriberto: beto
        humberto: beto
        ignacio: nacho nachito
        inmaculada: inma macu
        isabel: chabela chavela
        javier: javi
        jesus: chus chucho chuy
        jimena: ximena
        joaquin: quino chimo
        jorge: coque koke
        jose: pepe pepito pepillo chepe
        jose antonio: josean
        jose luis: pepelu joselu
        jose manuel: josema
        jose maria: chema josema chemari
        josefa: pepa pepita fina
        josefina: pepita fina
        juan: juanito
        juan antonio: juanan
        juan carlos: juanca
        juan francisco: juanfra
        juan jose: juanjo
        juan manuel: juanma
        lorenzo: lencho
        lucia: lu
        luis: lucho luisito
        manuel: manolo manolito manu
        manuela: manoli
        margarita: marga rita
        maria: mari maruja marita
        maria del carmen: mamen maricarmen
        maria dolores: marilo
        maria elena: malena
        maria fernanda: marifer
        maria isabel: maribel
        maria jesus: marichu
        maria jose: majo
        maria luisa: malu
        maria teresa: maite
        maria victoria: mavi
        mercedes: merche meche
        miguel: migue miguelito
        milagros: mila
        montserrat: montse
        natividad: nati
        norberto: beto
        patricia: pati
        pedro: perico pedrito
        pilar: pili
        purificacion: puri
        rafael: rafa
        ramon: moncho
        remedios: reme
        ricardo: richi
        roberto: rober beto
        rocio: rochi
        rodrigo: rodri
        rosario: charo chayo
        salvador: chava salva
        santiago: santi chago
        sebastian: sebas
        sergio: checo
        soledad: sole
        teodoro: teo
        teresa: tere maite
        trinidad: trini
        vicente: chente
        yolanda: yoli
        """
}
