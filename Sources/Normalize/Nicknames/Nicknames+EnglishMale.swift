extension Nicknames {
    /// English men's names (British, Irish, American, Australian usage): spelling variants first,
    /// then diminutives.
    static let englishMale = """
        aaron: aron ron ronnie
        abel: abe
        abraham: abram abe abie bram
        adam: addy ade
        adrian: adrien ade adie
        alan: allan allen allyn al
        albert: al bert bertie albie
        alexander: alec alick alex al lex lexie sandy sandie xander zander
        alfred: alf alfie fred freddie freddy al
        algernon: algy
        alistair: alasdair alastair alister allister ali ally
        alvin: alvan al
        ambrose: brose
        andrew: andy andie drew dre
        angus: gus
        anthony: antony ant tony tone
        archibald: archie arch baldie
        arnold: arnie arn
        arthur: art artie arty
        augustine: gus gussie
        augustus: gus gussie gustus
        barnabas: barnaby barney
        barry: baz
        bartholomew: bart barty bat tolly
        benedict: benedikt ben benny bennie
        benjamin: ben benny bennie benji benjy
        bernard: barnard bernie barney
        bertram: bert bertie
        bertrand: bert
        bradley: brad
        brian: bryan
        callum: calum cal
        calvin: cal
        cameron: cam cammy
        cedric: ced
        charles: charlie charley chas chaz chuck chuckie chip chick
        christian: kristian chris
        christopher: kristopher chris kris kit topher christy
        clayton: clay
        clement: clem
        clifford: cliff
        clifton: cliff
        clinton: clint
        colin: collin col
        conrad: con connie
        cornelius: con corny connie
        curtis: curt
        cuthbert: cuddy bert
        cyril: cy
        cyrus: cy
        daniel: dan danny dannie
        darren: darran darin daz
        david: dave davey davy davie
        declan: dec
        delbert: del bert
        dennis: denis den denny
        derek: derrick deric derick del
        desmond: des dez
        dexter: dex
        dominic: dominick dominik dom
        donald: don donnie donny
        douglas: douglass doug dougie
        duncan: dunc
        edgar: ed eddie ned
        edmund: edmond ed eddie ned ted teddy
        edward: ed eddie eddy ned ted teddy
        edwin: ed eddie ned
        egbert: bert
        elias: eli
        elijah: eli lije
        elliott: elliot eliot
        emmanuel: emanuel immanuel manny
        ernest: earnest ernie ern
        eugene: gene
        ezekiel: zeke
        francis: frank frankie franny fran
        frank: frankie
        franklin: frank frankie
        frederick: frederic frederik fredrick fred freddie freddy
        gabriel: gabe gabby
        gareth: gaz
        gary: garry gaz
        george: georgie geordie
        gerald: gerry jerry ger
        gerard: gerry ger
        gilbert: gil bert
        gordon: gordie gord
        graham: grahame graeme
        gregory: greg gregg
        harold: harry hal
        harvey: harv
        henry: harry hank hal hen
        herbert: herb herbie bert
        horace: horry
        howard: howie
        hubert: bert hubie
        hugh: hughie
        humphrey: humph
        ignatius: iggy
        isaac: izaak ike ikey izzy
        isidore: izzy
        jack: jackie jacky
        jacob: jakob jake jakey
        james: jim jimmy jimmie jimbo jamie jem
        jason: jay jase
        jedediah: jed
        jefferson: jeff
        jeffrey: geoffrey jeffery jeff geoff
        jeremiah: jerry jem
        jeremy: jerry jez jem
        jerome: jerry
        jesse: jess
        joel: joe
        john: jon jack johnny johnnie jonny jackie jacky
        jonathan: jonathon jon jonny johnny jonty jonno
        joseph: joe joey jo jody jos
        joshua: josh
        julian: jules jools
        julius: jules
        kenneth: ken kenny kennie
        kevin: kev
        lambert: bert
        lancelot: lance
        lawrence: laurence larry laurie lawrie
        leonard: len lenny lennie leo
        leslie: lesley les
        lewis: lew lou
        lucas: lukas luke
        malcolm: mal
        marcus: markus marc marky
        mark: marc marky
        martin: martyn marty mart
        marvin: marv
        matthew: mathew matt matty mattie mat
        maurice: morris mo maury
        maxwell: max
        melvin: melvyn mel
        mervyn: mervin merv
        michael: micheal mike mick mikey micky mickey mikie
        mitchell: mitch
        montague: monty
        montgomery: monty
        mortimer: mort morty
        moses: mo moe mose
        nathan: nate nat
        nathaniel: nathanael nate nat nathan natty
        neil: neal neill
        nicholas: nicolas nick nicky nickie nico nik
        nigel: nige
        norbert: bert
        norman: norm normie
        oliver: ollie olly noll
        oscar: oskar ozzy ossie oz
        oswald: ozzy oz ossie
        patrick: pat paddy packy
        percival: percy
        peter: pete petey
        philip: phillip philipp pip phil flip
        ralph: ralf rafe
        randall: randal randy
        randolph: randolf randy dolph
        raymond: ray
        reginald: reg reggie
        reuben: ruben rube
        richard: rick ricky rich richie ritchie dick dickie dicky
        robert: bob bobby bobbie rob robbie robby bert bertie rab rabbie
        roderick: roderic rod roddy rick
        rodney: rod roddy
        roger: rodge rog
        roland: rowland rolly
        ronald: ron ronnie ronny
        rudolph: rudolf rudi rudy dolph
        russell: russel russ rusty
        samson: sampson sam
        samuel: sam sammy sammie
        scott: scotty
        sebastian: sebastiaan seb bastian basti bas
        seymour: sy
        sidney: sydney sid syd
        silas: si
        simon: si
        solomon: sol solly
        spencer: spence
        stanley: stan
        stephen: steven steve stevie stevo
        stuart: stewart stu stew
        sylvester: sly syl
        terence: terrence terrance terry tel
        thaddeus: thad tad
        theodore: ted teddy theo
        thomas: tom tommy tommie thom tam
        timothy: tim timmy
        tobias: toby tobi
        trevor: trev
        tristan: tristram tris
        tyrone: ty
        valentine: val
        vernon: vern
        victor: vic
        vincent: vince vinny vinnie vin
        wallace: wally
        walter: walt wally
        warren: waz
        wesley: wes
        wilbert: bert
        wilfred: wilfrid wilf fred freddie
        william: bill billy billie will willy willie wills liam wullie
        winston: win winnie
        zachariah: zacharias zach zack
        zachary: zachery zach zack zak zac
        """
}
