import GoldenCore
import Testing

@testable import Normalize

/// Full-name fields: each case is the field, the summary of the people parsed from it (see
/// ``NameSummary``) and the findings.
@Suite("Name normalizer: full names")
struct NameFullNameTests {
    static func check(_ text: String, _ expected: String, _ findings: String) {
        var found: [Finding] = []
        let result = NameNormalizer.normalize(NameInput(fullName: text), findings: &found)
        let summary = NameSummary.of(result.names)
        #expect(summary == expected, "\(text)")
        #expect(summary.utf8.elementsEqual(expected.utf8), "NFC bytes: \(text)")
        #expect(NameSummary.of(found) == findings, "\(text)")
        #expect(result.isJoint == expected.contains(" | "), "\(text)")
        #expect(result.names.allSatisfy(NameSummary.isWellFormed), "\(text)")
        #expect(result.names.allSatisfy { $0.raw == text }, "\(text)")
    }

    /// Comma forms, lone words, initials, capitals that mark the family name.
    @Test(arguments: [
        ("SMITH, JOHN", "g=John/john f=Smith/smith", ""),
        ("Smith, John A.", "g=John/john m=A./a f=Smith/smith", ""),
        ("SMITH, JOHN A.", "g=John/john m=A./a f=Smith/smith", ""),
        ("SMITH; JOHN", "g=John/john f=Smith/smith", ""),
        ("SMITH, JOHN \"JOHNNY\"", "g=John/john f=Smith/smith", ""),
        ("John (Jack) Smith", "g=John/john f=Smith/smith", ""),
        ("van der Berg, Jan", "g=Jan/jan f=van der Berg/van der berg alt=berg", ""),
        ("VAN DER BERG, JAN", "g=Jan/jan f=van der Berg/van der berg alt=berg", ""),
        ("Garcia Lopez, Maria", "g=Maria/maria f=Garcia Lopez/garcia lopez alt=garcia,lopez", ""),
        ("SMITH,", "f=Smith/smith", ""),
        ("SMITH", "f=Smith/smith", ""),
        ("dennis", "g=Dennis/dennis", ""),
        ("Emma", "g=Emma/emma", ""),
        ("John Smith", "g=John/john f=Smith/smith", ""),
        ("Paul Green", "g=Paul/paul f=Green/green", ""),
        ("Daniel E", "g=Daniel/daniel f=E/e", ""),
        ("Johnny S", "g=Johnny/johnny f=S/s", ""),
        ("J. Smith", "g=J./j* f=Smith/smith", "name.initial_only:partial"),
        ("T. Schmidt", "g=T./t* f=Schmidt/schmidt", "name.initial_only:partial"),
        ("m. robert", "g=M./m* f=Robert/robert", "name.initial_only:partial"),
        ("J.R. Smith", "g=J./j* m=R./r f=Smith/smith", "name.initial_only:partial"),
        ("J.R.R. Tolkien", "g=J./j* m=R. R./r r f=Tolkien/tolkien", "name.initial_only:partial"),
        ("John F. Kennedy", "g=John/john m=F./f f=Kennedy/kennedy", ""),
        ("john fitzgerald kennedy", "g=John/john m=Fitzgerald/fitzgerald f=Kennedy/kennedy", ""),
        ("DUPONT Jean", "g=Jean/jean f=Dupont/dupont", ""),
        ("Jean DUPONT", "g=Jean/jean f=Dupont/dupont", ""),
        ("JRR Tolkien", "g=Jrr/jrr f=Tolkien/tolkien", ""),
        ("NGUYEN Van Minh", "g=Van/van m=Minh/minh f=Nguyen/nguyen", ""),
        ("GARCÍA LÓPEZ María José", "g=María/maria m=José/jose f=García López/garcia lopez alt=garcia,lopez", ""),
        ("Malcolm X", "g=Malcolm/malcolm f=X/x", ""),
        ("& Smith", "g=Smith/smith", ""),
    ])
    func structure(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }

    /// Honorifics in four languages, suffixes, `Sr` at either end.
    @Test(arguments: [
        ("Mr John A. Smith Jr.", "t=mr g=John/john m=A./a f=Smith/smith s=jr", ""),
        ("Dr. Jane van der Berg PhD", "t=dr g=Jane/jane f=van der Berg/van der berg alt=berg s=phd", ""),
        ("Mr Smith", "t=mr f=Smith/smith", ""),
        ("Mrs. Jane Doe-Smith", "t=mrs g=Jane/jane f=Doe-Smith/doe smith alt=doe,smith", ""),
        ("Ms Alex Taylor", "t=ms g=Alex/alex f=Taylor/taylor", ""),
        ("Miss Jane Austen", "t=miss g=Jane/jane f=Austen/austen", ""),
        ("Mx Sam Lee", "t=mx g=Sam/sam f=Lee/lee", ""),
        ("Dr Who", "t=dr f=Who/who", ""),
        ("Prof. Dr. Klaus Weber", "t=prof g=Klaus/klaus f=Weber/weber", ""),
        ("Sir Elton John", "t=sir g=Elton/elton f=John/john", ""),
        ("Dame Judi Dench", "t=dame g=Judi/judi f=Dench/dench", ""),
        ("Lord Byron", "t=lord f=Byron/byron", ""),
        ("Lady Diana Spencer", "t=lady g=Diana/diana f=Spencer/spencer", ""),
        ("Rev. Martin Luther King Jr.", "t=rev g=Martin/martin m=Luther/luther f=King/king s=jr", ""),
        ("Herr Hans Müller", "t=herr g=Hans/hans f=Müller/muller alt=mueller", ""),
        ("Frau Anna Schmidt", "t=frau g=Anna/anna f=Schmidt/schmidt", ""),
        ("Fr. Anna Schmidt", "t=frau g=Anna/anna f=Schmidt/schmidt", ""),
        ("Herr Dr. Hans Müller", "t=herr g=Hans/hans f=Müller/muller alt=mueller", ""),
        ("M. Jean Dupont", "t=m g=Jean/jean f=Dupont/dupont", ""),
        ("Mme Claire Martin", "t=mme g=Claire/claire f=Martin/martin", ""),
        ("Mlle Sophie Bernard", "t=mlle g=Sophie/sophie f=Bernard/bernard", ""),
        ("Madame Claire Martin", "t=mme g=Claire/claire f=Martin/martin", ""),
        ("Sr. José García", "t=sr g=José/jose f=García/garcia", ""),
        ("Sra. María López", "t=sra g=María/maria f=López/lopez", ""),
        ("Srta. Lucía Fernández", "t=srta g=Lucía/lucia f=Fernández/fernandez", ""),
        ("Señor José García", "t=sr g=José/jose f=García/garcia", ""),
        ("Don José García", "t=don g=José/jose f=García/garcia", ""),
        ("Doña María Pérez", "t=dona g=María/maria f=Pérez/perez", ""),
        ("Don Smith", "g=Don/don f=Smith/smith", ""),
        ("Juan García Sr", "g=Juan/juan f=García/garcia s=sr", ""),
        ("Juan García Sr.", "g=Juan/juan f=García/garcia s=sr", ""),
        ("Louis Smith III", "g=Louis/louis f=Smith/smith s=iii", ""),
        ("Henry Ford II", "g=Henry/henry f=Ford/ford s=ii", ""),
        ("John Smith IV", "g=John/john f=Smith/smith s=iv", ""),
        ("John Smith 3rd", "g=John/john f=Smith/smith s=iii", ""),
        ("John Smith PhD", "g=John/john f=Smith/smith s=phd", ""),
        ("Jane Doe MD", "g=Jane/jane f=Doe/doe s=md", ""),
        ("John Smith Esq.", "g=John/john f=Smith/smith s=esq", ""),
        ("John Smith Jr. PhD", "g=John/john f=Smith/smith s=jr", ""),
        ("Smith Jr., John", "g=John/john f=Smith/smith s=jr", ""),
        ("John Smith, Jr.", "g=John/john f=Smith/smith s=jr", ""),
    ])
    func titlesAndSuffixes(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }

    /// Particles stay with the family name; droppable ones give an alternative key.
    @Test(arguments: [
        ("Ludwig van Beethoven", "g=Ludwig/ludwig f=van Beethoven/van beethoven alt=beethoven", ""),
        ("Jan van der Berg", "g=Jan/jan f=van der Berg/van der berg alt=berg", ""),
        ("Otto von Bismarck", "g=Otto/otto f=von Bismarck/von bismarck alt=bismarck", ""),
        ("Ursula von der Leyen", "g=Ursula/ursula f=von der Leyen/von der leyen alt=leyen", ""),
        ("Maria de la Cruz", "g=Maria/maria f=de la Cruz/de la cruz alt=cruz", ""),
        ("Juan del Río", "g=Juan/juan f=del Río/del rio alt=rio", ""),
        ("Laura della Rovere", "g=Laura/laura f=della Rovere/della rovere alt=rovere", ""),
        ("Leonardo di Caprio", "g=Leonardo/leonardo f=di Caprio/di caprio alt=caprio", ""),
        ("Maria da Silva", "g=Maria/maria f=da Silva/da silva alt=silva", ""),
        ("Jean du Pont", "g=Jean/jean f=du Pont/du pont alt=pont", ""),
        ("Anne Le Gall", "g=Anne/anne f=Le Gall/le gall alt=gall", ""),
        ("Martin Van Buren", "g=Martin/martin f=Van Buren/van buren alt=buren", ""),
        ("Ahmed bin Ali", "g=Ahmed/ahmed f=bin Ali/bin ali alt=ali", ""),
        ("Mary St. John", "g=Mary/mary f=St. John/st john", ""),
        ("Yves Saint Laurent", "g=Yves/yves f=Saint Laurent/saint laurent", ""),
        ("José García de la Fuente", "g=José/jose m=García/garcia f=de la Fuente/de la fuente alt=fuente", ""),
        ("van Beethoven", "f=van Beethoven/van beethoven alt=beethoven", ""),
        ("VAN DER BERG", "f=van der Berg/van der berg alt=berg", ""),
        ("Van Morrison", "g=Van/van f=Morrison/morrison", ""),
        ("Al Pacino", "g=Al/al f=Pacino/pacino", ""),
    ])
    func particles(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }

    /// O', D', Mc/Mac, hyphenated and Spanish double surnames, compound given names.
    @Test(arguments: [
        ("Patrick O'Brien", "g=Patrick/patrick f=O'Brien/obrien", ""),
        ("o'brien", "g=O'Brien/obrien", ""),
        ("O’Brien", "g=O’Brien/obrien", ""),
        ("o'neill", "g=O'Neill/oneill", ""),
        ("Priya D'Souza", "g=Priya/priya f=D'Souza/dsouza alt=souza", ""),
        ("Ronald McDonald", "g=Ronald/ronald f=McDonald/mcdonald alt=macdonald", ""),
        ("Mary MacDonald", "g=Mary/mary f=MacDonald/macdonald alt=mcdonald", ""),
        ("mcdonald", "g=McDonald/mcdonald", ""),
        ("MCDONALD", "f=McDonald/mcdonald alt=macdonald", ""),
        ("Tom Mack", "g=Tom/tom f=Mack/mack", ""),
        ("Sarah Macy", "g=Sarah/sarah f=Macy/macy", ""),
        ("Ana Machado", "g=Ana/ana f=Machado/machado", ""),
        ("Iain Maclean", "g=Iain/iain f=Maclean/maclean alt=mclean", ""),
        ("Emma Wilson-McKenzie", "g=Emma/emma f=Wilson-McKenzie/wilson mckenzie alt=mackenzie,mckenzie,wilson,wilson mackenzie", ""),
        ("Jane Jones-Parry", "g=Jane/jane f=Jones-Parry/jones parry alt=jones,parry", ""),
        ("Hans Müller-Lüdenscheidt", "g=Hans/hans f=Müller-Lüdenscheidt/muller ludenscheidt alt=ludenscheidt,luedenscheidt,mueller,mueller luedenscheidt,muller", ""),
        ("María José García López", "g=María/maria m=José/jose f=García López/garcia lopez alt=garcia,lopez", ""),
        ("José Luis García", "g=José/jose m=Luis/luis f=García/garcia", ""),
        ("Jean-Pierre Dupont", "g=Jean-Pierre/jean pierre f=Dupont/dupont", ""),
        ("Mary-Kate Olsen", "g=Mary-Kate/mary kate f=Olsen/olsen", ""),
        ("George Herbert Walker Bush", "g=George/george m=Herbert/herbert f=Walker Bush/walker bush alt=bush,walker", ""),
    ])
    func gaelicAndDoubleNames(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }

    @Test(arguments: [
        ("John & Mary Smith", "g=John/john f=Smith/smith | g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
        ("John and Mary Smith", "g=John/john f=Smith/smith | g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
        ("Mr & Mrs John Smith", "t=mr g=John/john f=Smith/smith | t=mrs f=Smith/smith", "name.joint:ambiguous"),
        ("Mr and Mrs Smith", "t=mr f=Smith/smith | t=mrs f=Smith/smith", "name.joint:ambiguous"),
        ("Smith, John & Mary", "g=John/john f=Smith/smith | g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
        ("John Smith & Mary Jones", "g=John/john f=Smith/smith | g=Mary/mary f=Jones/jones", "name.joint:ambiguous"),
        ("John Smith and Mary", "g=John/john f=Smith/smith | g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
        ("Mr Smith & Mrs Jones", "t=mr f=Smith/smith | t=mrs f=Jones/jones", "name.joint:ambiguous"),
        ("Mr John & Mrs Mary Smith", "t=mr g=John/john f=Smith/smith | t=mrs g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
        ("John & Mary", "g=John/john | g=Mary/mary", "name.joint:ambiguous"),
        ("Dr & Mrs John Smith", "t=dr g=John/john f=Smith/smith | t=mrs f=Smith/smith", "name.joint:ambiguous"),
        ("Hans und Anna Müller", "g=Hans/hans f=Müller/muller alt=mueller | g=Anna/anna f=Müller/muller alt=mueller", "name.joint:ambiguous"),
        ("Jean et Marie Dupont", "g=Jean/jean f=Dupont/dupont | g=Marie/marie f=Dupont/dupont", "name.joint:ambiguous"),
        ("John + Mary Smith", "g=John/john f=Smith/smith | g=Mary/mary f=Smith/smith", "name.joint:ambiguous"),
    ])
    func jointNames(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }

    /// Handles and e-mails are no names; junk stands for a missing one.
    @Test(arguments: [
        ("smithy_9480", "", "name.not_a_name:invalid"),
        ("cgreen6217", "", "name.not_a_name:invalid"),
        ("johnS", "", "name.not_a_name:invalid"),
        ("john_smith", "", "name.not_a_name:invalid"),
        ("john@example.com", "", "name.not_a_name:invalid"),
        ("jsmith84", "", "name.not_a_name:invalid"),
        ("test", "", "name.placeholder:placeholder"),
        ("TEST", "", "name.placeholder:placeholder"),
        ("unknown", "", "name.placeholder:placeholder"),
        ("n/a", "", "name.placeholder:placeholder"),
        ("N/A", "", "name.placeholder:placeholder"),
        ("xxx", "", "name.placeholder:placeholder"),
        ("XXXX", "", "name.placeholder:placeholder"),
        ("customer", "", "name.placeholder:placeholder"),
        ("guest", "", "name.placeholder:placeholder"),
        ("none", "", "name.placeholder:placeholder"),
        ("asdf", "", "name.placeholder:placeholder"),
        ("Test User", "", "name.placeholder:placeholder"),
        ("Mr Unknown", "", "name.placeholder:placeholder"),
        ("John Doe", "", "name.placeholder:placeholder"),
        ("Max Mustermann", "", "name.placeholder:placeholder"),
        ("-", "", "name.placeholder:placeholder"),
        ("?", "", "name.placeholder:placeholder"),
        ("...", "", "name.placeholder:placeholder"),
        ("Mr", "", "name.placeholder:placeholder"),
        ("X", "", "name.placeholder:placeholder"),
    ])
    func handlesAndPlaceholders(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }

    /// Title case for names written all in capitals or small letters; other scripts kept.
    @Test(arguments: [
        ("john smith", "g=John/john f=Smith/smith", ""),
        ("JOHN SMITH", "g=John/john f=Smith/smith", ""),
        ("Hans Müller", "g=Hans/hans f=Müller/muller alt=mueller", ""),
        ("KÜHN", "f=Kühn/kuhn alt=kuehn", ""),
        ("ÉMILE ZOLA", "g=Émile/emile f=Zola/zola", ""),
        ("jean-pierre de la fontaine", "g=Jean-Pierre/jean pierre f=de la Fontaine/de la fontaine alt=fontaine", ""),
        ("Дмитрий Иванов", "g=Дмитрий/дмитрий f=Иванов/иванов", ""),
        ("ИВАНОВ Дмитрий", "g=Дмитрий/дмитрий f=Иванов/иванов", ""),
        ("Γιώργος Παπαδόπουλος", "g=Γιώργος/γιώργος f=Παπαδόπουλος/παπαδόπουλος", ""),
        ("ΠΑΠΑΔΟΠΟΥΛΟΣ", "f=Παπαδοπουλος/παπαδοπουλος", ""),
        ("李 小龍", "g=李/李 f=小龍/小龍", ""),
        ("Zoë Saldaña", "g=Zoë/zoe f=Saldaña/saldana", ""),
        ("Łukasz Żółć", "g=Łukasz/lukasz f=Żółć/zolc", ""),
        ("Ørsted", "g=Ørsted/orsted", ""),
    ])
    func casingAndScripts(text: String, expected: String, findings: String) {
        Self.check(text, expected, findings)
    }
}
