extension Nicknames {
    /// French names (France, Belgium, Switzerland, Québec): spelling variants first, then
    /// diminutives, the doubled pet forms (`Jojo`, `Fanfan`, `Gégé`) included.
    static let french = """
        alexandre: alex
        anne: annick anouk nanette
        antoine: toine toinou
        antoinette: toinette toinon
        aurelie: lili
        bernard: nanard
        brigitte: bibi
        camille: cam cami
        catherine: cathou
        cedric: ced
        charles: charlot
        christine: cricri
        christophe: chris christo tof
        didier: didi
        dominique: dom domi
        elizabeth: babette
        emily: milie
        emmanuel: manu
        francois: fanfan
        francoise: fanfan fanny
        gabriel: gaby
        genevieve: ginette
        georges: jojo
        gerard: gege
        guillaume: guigui guilhem
        henri: riri
        isabel: zaza
        jacques: jacquot jacky
        jean baptiste: jb
        jean christophe: jc
        jean claude: jc
        jean francois: jf
        jean pierre: jp
        jean: jeannot
        jeanne: jeannette jeannine janine
        joseph: jojo jo
        josiane: jojo
        julien: ju juju
        juliette: julie juju
        laurent: lolo
        louis: loulou lou
        lucy: lucie
        madeline: mado
        margaux: margot
        marguerite: margot guite
        marie: manon marion mimi
        mathieu: matthieu mat math
        maxime: max
        michel: mimi
        monique: momo
        natalie: nath
        nicholas: colas
        olivier: oli
        paul: popol
        philippe: phil
        pierre: pierrot
        raphael: raph
        sebastien: seb bastien
        stephane: steph
        stephanie: steph fanny
        theodore: theo
        thierry: titi
        valerie: val
        veronique: vero
        virginie: gigi
        """
}
