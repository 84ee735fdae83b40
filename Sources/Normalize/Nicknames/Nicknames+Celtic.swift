extension Nicknames {
    /// Irish, Scottish and Welsh names: Gaelic and Welsh spellings with their anglicised
    /// variants, and their diminutives.
    static let celtic = """
        aisling: ashling
        brendan: brendon bren
        bronwen: bronwyn bron
        caoimhe: keeva
        catriona: catrina cat
        cathal: cal
        cian: kian
        ciaran: kieran kieron ciaron
        cillian: killian kilian
        conor: connor conner
        cormac: cormack
        dafydd: dai dewi
        darragh: daragh dara
        david: dai
        dermot: diarmuid diarmaid dermod
        donal: donall donnie
        eamon: eamonn eamunn
        euan: ewan ewen
        fergus: fergie gus
        finlay: finley fin finn
        fionnuala: finola fenella nuala
        grainne: grania
        gwyneth: gwenith gwyn
        hugh: huw
        ian: iain
        lachlan: lachie lockie
        llewellyn: llywelyn llew
        murdo: murdoch
        niamh: neve neave
        oisin: osheen
        owen: owain
        padraig: padraic paudie podge paddy
        rhys: reece reese rees
        rory: ruairi ruaridh ruairidh ruari
        sadhbh: sive
        saoirse: seersha
        seamus: seumas shamus
        sean: shaun shawn
        sian: shan
        siobhan: shevaun chevonne
        tadhg: teague
        """
}
