extension Nicknames {
    /// Italian names: spelling variants first, then diminutives and regional pet forms
    /// (`Beppe`, `Totò`, `Mimmo`, `Ciccio`).
    static let italian = """
        alberto: berto
        alessandra: sandra ale
        alessandro: sandro ale alex
        alessia: ale
        annunziata: nunzia
        antonella: nella
        antonio: tonino toto
        bartolomeo: meo
        benedetto: betto
        carlo: carletto
        caterina: rina
        daniela: dani
        daniele: dani
        domenica: mimma
        domenico: mimmo
        elena: lena
        elisabetta: betta bettina
        emanuele: lele manu
        enrico: chicco
        federico: fede chicco
        filippo: pippo
        francesca: franci checca
        francesco: checco cecco ciccio
        gabriele: lele gabri
        gabriella: gabri
        gaetano: tano
        giacomo: giacomino
        giovanna: gianna vanna
        giovanni: gianni vanni nanni
        giuseppe: beppe beppo peppe peppino pino bepi
        giuseppina: pina peppina
        immacolata: imma
        leonardo: leo nardo
        lorenzo: renzo
        luigi: gigi gino
        maddalena: lena magda
        margherita: rita ghita
        maria: mariuccia marietta
        massimo: max
        matteo: teo
        nicola: nico
        pietro: piero pierino
        raffaele: lele raffa
        raffaella: lella
        roberto: berto
        salvatore: toto turi salvo
        tommaso: maso
        valentina: vale
        valentino: vale tino
        vincenzo: enzo cenzo
        """
}
