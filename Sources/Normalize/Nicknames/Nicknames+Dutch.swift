extension Nicknames {
    /// Dutch and Flemish names: the Latin baptismal forms (`Johannes`, `Cornelis`, `Jacobus`)
    /// with the short names people go by (`Jan`, `Kees`, `Jaap`), and diminutives in `-je`,
    /// `-ke`, `-tje`.
    static let dutch = """
        abraham: bram
        adriaan: adrianus arie adrie
        alexander: sander
        anna: anneke anja
        anne: anneke
        antonius: teun toon
        katharina: trijntje
        cornelia: corrie neeltje
        cornelis: kees cor
        daniel: daan
        diederik: dirk
        elizabeth: liesbeth lies els betje
        franciscus: frans
        geertruida: truus truida
        gerard: gerrit gert geert
        gijsbert: gijs
        hendrik: henk rik
        hendrika: riek
        henrietta: jet jetje
        huibert: huib
        jacob: jaap
        jacoba: coba
        jacobus: jaap koos sjaak cobus
        jan: jantje
        johanna: hanneke hanna jo
        johannes: jan joop hans
        lodewijk: ludo
        maria: mieke marieke miep
        matthijs: thijs
        nicolaas: klaas niek
        petronella: nel
        peter: pieter piet
        robert: robbert
        rudolph: ruud
        sebastian: bas
        theodorus: theo
        wilhelmina: mien
        willem: wim pim
        """
}
