extension Nicknames {
    /// Portuguese names (Portugal and Brazil): spelling variants first, then diminutives in
    /// `-inho`/`-inha` and the Brazilian doubled forms (`Dudu`, `Guga`).
    static let portuguese = """
        alexandre: xande
        anna: aninha
        antonio: toninho tonho
        augusto: guto
        beatriz: bia
        carlos: carlinhos
        eduardo: dudu
        felipe: filipe lipe
        fernanda: nanda
        fernando: nando
        francisco: chico xico chiquinho
        gabriela: gabi
        guilherme: gui
        gustavo: guga
        henrique: rique
        isabel: bela
        joao: joaozinho
        jose: ze zeca zezinho
        luisa: luiza lu
        manuel: manel nelo
        margarida: guida
        paulo: paulinho
        pedro: pedrinho
        rosa: rosinha
        sebastiao: tiao
        teresa: teresinha
        vinicius: vini
        """
}
