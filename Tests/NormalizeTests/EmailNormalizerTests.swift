import GoldenCore
import Testing

@testable import Normalize

/// One e-mail table row: the raw value and everything the normalizer must make of it.
struct EmailCase: Sendable, CustomTestStringConvertible {
    var raw: String
    var normalized: String?
    var canonical: String?
    var status: ValueStatus
    var finding: Finding?

    var testDescription: String { raw.debugDescription }

    /// A valid address; `canonical` defaults to `normalized`.
    static func valid(_ raw: String, _ normalized: String, canonical: String? = nil) -> EmailCase {
        EmailCase(raw: raw, normalized: normalized, canonical: canonical ?? normalized, status: .valid)
    }

    static func typo(_ raw: String, _ normalized: String, canonical: String? = nil) -> EmailCase {
        EmailCase(
            raw: raw, normalized: normalized, canonical: canonical ?? normalized, status: .corrected,
            finding: Finding(.email, .corrected, "email.domain_typo"))
    }

    static func placeholder(_ raw: String, _ normalized: String?) -> EmailCase {
        EmailCase(
            raw: raw, normalized: normalized, canonical: nil, status: .placeholder,
            finding: Finding(.email, .placeholder, "email.placeholder"))
    }

    static func invalid(_ raw: String) -> EmailCase {
        EmailCase(
            raw: raw, normalized: nil, canonical: nil, status: .invalid,
            finding: Finding(.email, .invalid, "email.invalid_syntax"))
    }
}

@Suite("E-mail normalization")
struct EmailNormalizerTests {
    static let trimming: [EmailCase] = [
        .valid("John.Smith@Acme.co.uk", "john.smith@acme.co.uk"),
        .valid("  jane.doe@gmail.com \t", "jane.doe@gmail.com", canonical: "janedoe@gmail.com"),
        .valid("<mailto:John@Acme.com>", "john@acme.com"),
        .valid("MAILTO:peter@web.de", "peter@web.de"),
        .valid("\"john@acme.com\"", "john@acme.com"),
        .valid("  'anna@gmx.de' ", "anna@gmx.de"),
        .valid("John Smith <John.Smith@Acme.com>", "john.smith@acme.com"),
        .valid("\u{00A0}mary@orange.fr\u{00A0}", "mary@orange.fr"),
        .valid("o'brien@eircom.ie", "o'brien@eircom.ie"),
        .valid("first_last-99@sub.mail.company.com", "first_last-99@sub.mail.company.com"),
        .valid(String(repeating: "k", count: 63) + "z@acme.com", String(repeating: "k", count: 63) + "z@acme.com"),
    ]

    static let canonicalForms: [EmailCase] = [
        .valid("john+shop@gmail.com", "john+shop@gmail.com", canonical: "john@gmail.com"),
        .valid("J.O.H.N+news@GoogleMail.com", "j.o.h.n+news@googlemail.com", canonical: "john@gmail.com"),
        .valid("john.smith@googlemail.com", "john.smith@googlemail.com", canonical: "johnsmith@gmail.com"),
        .valid(
            "john.smith+retail@hotmail.co.uk", "john.smith+retail@hotmail.co.uk",
            canonical: "john.smith@hotmail.co.uk"),
        .valid("jane+deals@yahoo.com", "jane+deals@yahoo.com", canonical: "jane@yahoo.com"),
        .valid("jane-shopping@yahoo.com", "jane-shopping@yahoo.com"),
        .valid("+promo@acme.com", "+promo@acme.com"),
        .valid("p.dupont@orange.fr", "p.dupont@orange.fr"),
    ]

    static let typos: [EmailCase] = [
        .typo("J.Smith@GMIAL.com", "j.smith@gmail.com", canonical: "jsmith@gmail.com"),
        .typo("john@gmai.com", "john@gmail.com"),
        .typo("john@gamil.com", "john@gmail.com"),
        .typo("john@gmail.con", "john@gmail.com"),
        .typo("john@gmail.co", "john@gmail.com"),
        .typo("john@gmaill.com", "john@gmail.com"),
        .typo("john+x@gmial.com", "john+x@gmail.com", canonical: "john@gmail.com"),
        .typo("sue@hotmial.com", "sue@hotmail.com"),
        .typo("sue@hotmail.co.ukk", "sue@hotmail.co.uk"),
        .typo("sue@hotmial.co.uk", "sue@hotmail.co.uk"),
        .typo("bob@yaho.com", "bob@yahoo.com"),
        .typo("bob@yahooo.com", "bob@yahoo.com"),
        .typo("bob@yahoo.cmo", "bob@yahoo.com"),
        .typo("amy@outlok.com", "amy@outlook.com"),
        .typo("amy@iclod.com", "amy@icloud.com"),
        .typo("tom@btinterent.com", "tom@btinternet.com"),
        .typo("hans@tonline.de", "hans@t-online.de"),
        .typo("hans@gmx.dee", "hans@gmx.de"),
        .typo("al@aol.con", "al@aol.com"),
        .typo("marie@wanadoo.fe", "marie@wanadoo.fr"),
        .typo("pepe@telefonica.ner", "pepe@telefonica.net"),
        .typo("hans@web.d", "hans@web.de"),
        .typo("john@gmailcom", "john@gmail.com"),
        .typo("john@gmail..com", "john@gmail.com"),
        .typo("john@yahoo.com.uk", "john@yahoo.co.uk"),
        .typo("john@gmail.com.", "john@gmail.com"),
        .typo("john@-gmail.com", "john@gmail.com"),
    ]

    /// Real domains that look like typos, and edits the rule leaves alone.
    static let notTypos: [EmailCase] = [
        .valid("ann@aon.com", "ann@aon.com"),
        .valid("ann@gmx.com", "ann@gmx.com"),
        .valid("ann@mail.com", "ann@mail.com"),
        .valid("ann@ymail.com", "ann@ymail.com"),
        .valid("ann@live.fr", "ann@live.fr"),
        .valid("ann@yahoo.ca", "ann@yahoo.ca"),
        .valid("ann@hotmail.it", "ann@hotmail.it"),
        .valid("ann@hotmail.be", "ann@hotmail.be"),
        .valid("ann@me.com", "ann@me.com"),
        .valid("ann@mac.com", "ann@mac.com"),
        .valid("ann@cloud.com", "ann@cloud.com"),
        .valid("ann@wed.de", "ann@wed.de"),
        .valid("ann@hotmail.fe", "ann@hotmail.fe"),
        .valid("ann@gmx.ne", "ann@gmx.ne"),
        .valid("ann@gmail.co.uk", "ann@gmail.co.uk"),
    ]

    static let placeholders: [EmailCase] = [
        .placeholder("none@none.com", "none@none.com"),
        .placeholder("NoEmail@gmail.com", "noemail@gmail.com"),
        .placeholder("no@email.com", "no@email.com"),
        .placeholder("na@na.com", "na@na.com"),
        .placeholder("n/a@acme.com", "n/a@acme.com"),
        .placeholder("test@test.com", "test@test.com"),
        .placeholder("X@X.COM", "x@x.com"),
        .placeholder("a@a.com", "a@a.com"),
        .placeholder("null@shop.co.uk", "null@shop.co.uk"),
        .placeholder("noreply@acme.com", "noreply@acme.com"),
        .placeholder("no-reply@acme.com", "no-reply@acme.com"),
        .placeholder("donotreply@acme.com", "donotreply@acme.com"),
        .placeholder("unknown@unknown.com", "unknown@unknown.com"),
        .placeholder("email@email.com", "email@email.com"),
        .placeholder("asdf@hotmail.com", "asdf@hotmail.com"),
        .placeholder("abc@abc.com", "abc@abc.com"),
        .placeholder("john@example.com", "john@example.com"),
        .placeholder("john@example.org", "john@example.org"),
        .placeholder("jane@test.com", "jane@test.com"),
        .placeholder("jane@shop.invalid", "jane@shop.invalid"),
        .placeholder("xxx@gmail.com", "xxx@gmail.com"),
        .placeholder("aaaa@hotmail.com", "aaaa@hotmail.com"),
        .placeholder("customer@store.com", "customer@store.com"),
        .placeholder("guest@store.com", "guest@store.com"),
        .placeholder("noemail@gmial.com", "noemail@gmail.com"),
        .placeholder("none", nil),
        .placeholder(" N/A ", nil),
    ]

    static let invalid: [EmailCase] = [
        .invalid("john.smith"),
        .invalid("john@"),
        .invalid("@gmail.com"),
        .invalid("john@@gmail.com"),
        .invalid("a@b@c.com"),
        .invalid("john@gmail"),
        .invalid("john..smith@gmail.com"),
        .invalid(".john@gmail.com"),
        .invalid("john.@gmail.com"),
        .invalid("john smith@gmail.com"),
        .invalid("john@gmail.c"),
        .invalid("john@gmail"),
        .invalid("john@acme..com"),
        .invalid("john@gmail.123"),
        .invalid("john@-acme.com"),
        .invalid("john@acme.com."),
        .invalid("john@[10.0.0.1]"),
        .invalid("\"john doe\"@acme.com"),
        .invalid(String(repeating: "k", count: 65) + "@acme.com"),
        .invalid("john@" + String(repeating: "a", count: 250) + ".com"),
        .invalid("john@acme.com; mary@acme.com"),
        .invalid("jo\u{00A0}hn@acme.com"),
        .invalid(""),
    ]

    static let international: [EmailCase] = [
        .valid("Jörg.Müller@Müller.DE", "jörg.müller@müller.de"),
        .valid("José@Correo.es", "josé@correo.es"),
        .valid("Jose\u{301}@correo.es", "jos\u{E9}@correo.es"),
        .valid("ИВАН@ПРИМЕР.РФ", "иван@пример.рф"),
        .valid("用户@例子.广告", "用户@例子.广告"),
        .valid("info@xn--mller-kva.de", "info@xn--mller-kva.de"),
        .valid("user@shop.xn--p1ai", "user@shop.xn--p1ai"),
    ]

    @Test(arguments: trimming + canonicalForms)
    func validAddresses(_ row: EmailCase) { check(row) }

    @Test(arguments: typos + notTypos)
    func domainTypos(_ row: EmailCase) { check(row) }

    @Test(arguments: placeholders)
    func placeholderAddresses(_ row: EmailCase) { check(row) }

    @Test(arguments: invalid)
    func invalidAddresses(_ row: EmailCase) { check(row) }

    @Test(arguments: international)
    func internationalAddresses(_ row: EmailCase) { check(row) }

    @Test func typoRuleNeedsOneEdit() {
        let pairs: [(String, String, Bool)] = [
            ("gmial.com", "gmail.com", true), ("gmai.com", "gmail.com", true),
            ("gmaill.com", "gmail.com", true), ("gmail.com", "gmail.com", false),
            ("gmalii.com", "gmail.com", false), ("yahoo.com", "yahoo.de", false),
        ]
        for (a, b, expected) in pairs {
            let result = Array(a.utf8).withUnsafeBufferPointer { a in
                Array(b.utf8).withUnsafeBufferPointer { b in EmailDomainTypos.isOneEdit(a, b) }
            }
            #expect(result == expected, "\(a) / \(b)")
        }
    }

    @Test func byteKeyTableFindsEveryKeyAndNothingElse() {
        let keys = (0..<500).map { "key-\($0)" } + ["", "a", "gmail.com", "a-much-longer-key-than-the-others"]
        let table = ByteKeyTable(keys.enumerated().map { ($1, $0) })
        #expect(table.count == keys.count)
        for (index, key) in keys.enumerated() {
            #expect(Array(key.utf8).withUnsafeBufferPointer(table.value) == index, "\(key)")
        }
        for missing in ["key-500", "key-", "gmail.co", "b", "a-much-longer-key-than-the-otherz", "Key-1"] {
            #expect(Array(missing.utf8).withUnsafeBufferPointer(table.value) == nil, "\(missing)")
        }
    }

    @Test func providerTablesAreConsistent() {
        let targets = Set(EmailProviders.targets)
        #expect(targets.count == EmailProviders.targets.count)
        #expect(targets.isDisjoint(with: EmailProviders.lookalikes))
        // No target is a typo of another one.
        for target in EmailProviders.targets {
            let result = Array(target.utf8).withUnsafeBufferPointer(EmailDomainTypos.correction)
            #expect(result == nil, "\(target)")
        }
    }

    private func check(_ row: EmailCase) {
        var findings: [Finding] = []
        let email = EmailNormalizer.normalize(row.raw, findings: &findings)
        #expect(email.raw == row.raw)
        #expect(email.normalized == row.normalized)
        #expect(email.canonical == row.canonical)
        #expect(email.status == row.status)
        #expect(findings == (row.finding.map { [$0] } ?? []))
    }
}
