extension Nicknames {
    /// German names (Germany, Austria, Switzerland): spelling variants first, then diminutives,
    /// regional pet forms included (Bavarian `Sepp`, Rhenish `Jupp`, northern `Fiete`).
    static let german = """
        adelheid: heidi
        alexander: sascha sasha
        andreas: andi andy anderl res
        angelica: geli
        anna: anni anke antje annerl
        anneliese: annelie anne lies liese
        anton: toni
        august: gustl
        barbara: barbel babsi
        bartholomaus: bartl
        benedict: bene
        benjamin: benni
        bernhard: bernd berni bernie
        brigitte: gitte gitti biggi
        brunhilde: brunhild hilde
        charlotte: lotti
        christian: chris christl krischan
        christiane: christel
        christoph: christof chris stoffel
        cornelia: conny nele
        dietrich: dieter didi
        dorothea: doro thea dora dorte
        elizabeth: elli elly sissi sisi liesl liesel lies liese lisl lisi else ilse
        ferdinand: ferdi
        florian: flo
        franz: franzl
        franziska: franzi ziska fanny
        friederike: rike
        friedrich: fritz fritzi fiete friedel
        gabriele: gabi
        georg: schorsch schorschi
        gerhard: gerd gert
        gertraud: gertraut traudl
        gottfried: friedel
        gustav: gustl gus
        hans: hansi hansel
        hedwig: hedi
        heinrich: heinz heini hein hinnerk
        helene: lena leni
        helena: lena leni
        helmut: helmuth
        hildegard: hilde
        ingeborg: inge
        ingrid: inge
        jannik: janik yannick yannik
        joachim: achim jochen jo
        johanna: hanna hanne hanni jo
        johannes: johann hannes hans hansi jo
        josef: sepp seppi seppl beppo jupp pepi
        judith: jutta
        julia: jule
        karl: carl kalle karli
        kaspar: caspar kasper
        katharina: catharina katarina kathi kati katja kathe trine kathrin katrin
        klaus: claus
        konrad: kurt konni conny kuno
        konstantin: konni kosta
        leonard: leonhard lenz
        leopold: leo poldi
        lieselotte: liselotte lilo lotte
        lorenz: lenz
        ludwig: lutz wiggerl
        magdalena: magdalene lena leni magda
        manfred: manni fred
        margarete: margarethe grete greta gretchen gretel gretl marga
        maria: mizzi mitzi mia
        martina: tina
        matthias: mathias matze matti hias thias
        max: maxi
        maximilian: max maxi maxl
        michael: michi michl micha
        monica: monika moni
        nikolaus: niklas klaus claus niko
        niklas: niclas nick
        norbert: norbi
        reinhard: reini
        reinhold: reini
        rosemarie: rosi
        rudiger: rudi
        rudolph: rolf ruedi
        sabine: bine
        sebastian: wastl
        siegfried: siggi sigi
        sigmund: siegmund siggi sigi
        stefan: stephan steff
        susanne: suzanne susi suse sanne
        teresa: theresia resi
        thomas: tommi
        ulrich: uli ulli
        ulrike: ulli uli rike
        ursula: ursel uschi ulla
        veronica: vroni
        vinzenz: vinz
        walter: walti
        waltraud: waltraut traudl
        wilhelm: willi willy
        wilhelmina: wilhelmine minna
        wolfgang: wolf wolfi
        """
}
