extension Nicknames {
    /// English women's names (British, Irish, American, Australian usage): spelling variants
    /// first, then diminutives.
    static let englishFemale = """
        abigail: abbie abby abi gail gale
        adelaide: addie della
        adeline: adaline addie addy
        agatha: aggie
        agnes: aggie nessie
        alexandra: alex alexa lexi lexie sandy sandie sasha ali ally
        alexis: alex lexi lexie
        alice: alys ally allie
        alicia: alisha ally allie
        alison: allison alyson ali ally allie
        amanda: mandy manda
        amelia: millie milly
        angela: angie ange
        angelica: angelika angie
        anna: annie
        annabel: annabelle annabella bel belle annie
        anne: ann annie nan nannie
        antonia: toni tonia
        arabella: bella
        ashley: ashleigh ash
        augusta: gussie
        barbara: barbra barb babs babsie barbie
        beatrice: beatrix bea bee trixie trix
        belinda: bel linda
        bernadette: bernie
        beverly: beverley bev
        bridget: bridgette brigid biddy bridie
        camilla: millie milly cam
        candace: candice candy
        carol: carole caz
        caroline: carolyn carrie caro callie
        cassandra: cass cassie sandy
        catherine: katherine kathryn katharine catharine kathrine cathryn
        catherine: cate kate katie katy kathy kathie cathy kath cath kat cat kit kitty kay
        cecilia: cecily cicely cissy cissie sissy
        charlotte: lottie lotty lotte charlie charley
        cheryl: sheryl cher
        christina: kristina cristina chris chrissy chrissie christy tina kirsty kirstie
        christine: kristine chris chrissy chrissie christy tina
        claire: clare
        constance: connie
        cordelia: delia
        cynthia: cindy cyn
        daphne: daph
        deborah: debra debbie debby deb
        diana: di
        dorothy: dot dottie dotty dolly dodie dora
        edith: edie
        eleanor: elinor eleanore ellie elly nell nellie nora
        elizabeth: elisabeth liz lizzie lizzy liza eliza beth betty betsy bess bessie elsie libby lisbeth lisa
        ellen: nell nellie ellie
        eloise: ellie
        emily: emilie emmy emmie em millie
        emma: emmy emmie em
        estelle: stella
        esther: essie hetty
        eugenia: genie
        evelyn: eveline evie
        felicity: flick fliss
        fiona: fi
        florence: flo florrie flossie floss
        frances: fran frankie franny fanny fannie
        francine: fran
        frederica: freddie freda
        gabrielle: gabby gabbie gaby
        gabriella: gabby gaby
        georgina: georgie gina
        geraldine: gerry jerry
        gertrude: gertrud gertie trudy trudi trude
        gillian: jillian gill jill gilly jilly
        grace: gracie
        gwendolyn: gwendoline gwendolen gwen wendy
        hannah: hanna
        harriet: harriett hattie hatty
        helen: nell nellie nelly ellie
        henrietta: henriette etta hetty hettie nettie
        hilary: hillary
        imogen: immy
        isabel: isabelle isobel isa izzy izzie bel belle
        isabella: izzy izzie bella
        jacqueline: jacquelyn jackie jacky jacqui
        jane: janie janey jenny
        janet: janette jan jenny netty
        janice: janis jan
        jemima: jem mima
        jennifer: jen jenn jenny jennie jenni
        jessica: jess jessie jessi
        joan: joanie
        joanna: jo
        joanne: joann jo
        jocelyn: joss
        josephine: jo josie jojo
        judith: judy jude jody
        julia: julie jules
        kathleen: kathy kath kathie cathy
        kimberly: kimberley kim kimmy
        kirsten: kirsty kirstie
        laura: laurie lori
        leonora: nora
        leticia: letitia letty tish
        lillian: lilian lily lil lilly
        linda: lynda lindy
        loretta: lori
        lorraine: lorrie
        louisa: lou lulu
        louise: lou lulu
        lucille: lucy lu
        lucinda: cindy lucy
        lydia: liddy
        madeline: madeleine madelyn maddie maddy
        margaret: peggy peg maggie meg marge margie madge maisie daisy margot
        marjorie: margery marge margie
        martha: mattie marty patty
        mary: mae may molly mollie polly mamie mimi
        matilda: mathilda maud tilly tillie tilda mattie
        maureen: mo
        maxine: max
        megan: meghan meg
        melanie: mel
        melissa: mel missy lissa
        michelle: michele shelly shelley
        mildred: millie milly
        millicent: millie milly
        miriam: mimi
        natalie: nathalie nat natty nattie
        natasha: nat tasha
        nicole: nichole nikki nicky nicki niki
        olivia: liv livvy livy ollie
        pamela: pam pammy
        patricia: pat patty patti patsy trish trisha tricia
        penelope: penny pen
        philippa: phillipa pippa pip
        phoebe: phebe
        priscilla: cilla prissy
        prudence: prue pru
        rachel: rachael rach rae
        rebecca: rebekah becky becca bec becks
        rhiannon: rhi
        roberta: bobbie bobbi robbie
        rosalie: rosie
        rosalind: ros roz rosie
        rosamund: ros
        rose: rosie
        rosemary: rosie
        roxanne: roxana roxy
        ruth: ruthie
        samantha: sam sammy sammie
        sandra: sandy sandie
        sarah: sara sally sadie sal
        sharon: sharron shaz
        shirley: shirl
        sophia: sofia sophie
        stephanie: stefanie steph stevie steffi
        susan: sue susie suzie suzy
        susanna: susannah suzanna sue susie
        sylvia: silvia syl
        tabitha: tabby
        tamara: tammy
        teresa: theresa tess tessa tessie terri terry
        theodora: thea dora teddy
        tiffany: tiff
        valerie: val
        vanessa: nessa ness
        veronica: veronika ronnie roni
        victoria: vicky vickie vicki tori tory vic
        virginia: ginny ginger jinny
        vivian: vivien viv
        wilhelmina: mina minnie willa billie
        winifred: winnie freda
        yvonne: vonnie
        zoe: zoey zo
        """
}
