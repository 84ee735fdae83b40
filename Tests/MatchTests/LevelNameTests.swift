import Testing

@testable import Match

@Suite("Comparison levels: names and validation")
struct LevelNameTests {
    @Test(
        "Names read back as the same level",
        arguments: [
            "exact", "jaro_winkler>=0.92", "jaro_winkler>=0.8", "damerau_levenshtein<=2", "token_jaccard>=0.5",
            "token_set>=0.9", "phonetic", "nickname", "initials", "else",
        ])
    func stringRoundTrip(_ name: String) throws {
        #expect(try StringLevel(name: name).name == name)
    }

    @Test("Names of the other kinds read back", arguments: [
        "exact", "day_month_swapped", "year_typo", "within_days<=30", "same_year", "else",
    ])
    func dateRoundTrip(_ name: String) throws {
        #expect(try DateLevel(name: name).name == name)
    }

    @Test("Postcode, e-mail and phone names read back")
    func contactRoundTrips() throws {
        for name in PostcodeLevel.nameForms { #expect(try PostcodeLevel(name: name).name == name) }
        for name in ["exact", "local_part", "jaro_winkler>=0.9", "else"] {
            #expect(try EmailLevel(name: name).name == name)
        }
        for name in ["exact", "last_digits>=7", "local_digits", "else"] {
            #expect(try PhoneLevel(name: name).name == name)
        }
    }

    @Test(
        "Spacing, case and number forms",
        arguments: [
            ("Jaro_Winkler >= 0.92", StringLevel.jaroWinklerAtLeast(0.92), "jaro_winkler>=0.92"),
            ("jaro_winkler>=1", .jaroWinklerAtLeast(1), "jaro_winkler>=1.0"),
            (" EXACT ", .exact, "exact"),
            ("damerau_levenshtein <= 1", .damerauLevenshteinAtMost(1), "damerau_levenshtein<=1"),
        ])
    func lenient(_ text: String, _ level: StringLevel, _ name: String) throws {
        let read = try StringLevel(name: text)
        #expect(read == level)
        #expect(read.name == name)
    }

    @Test(
        "String level names that are not valid",
        arguments: [
            ("jaro", ComparisonLevelError.Code.unknownLevel),
            ("", .unknownLevel),
            ("levenshtein<=2", .unknownLevel),
            ("jaro_winkler", .missingThreshold),
            ("jaro_winkler>=", .missingThreshold),
            ("jaro_winkler<=0.9", .wrongOperator),
            ("jaro_winkler=0.9", .wrongOperator),
            ("jaro_winkler>0.9", .wrongOperator),
            ("jaro_winkler>=1.5", .invalidThreshold),
            ("jaro_winkler>=abc", .invalidThreshold),
            ("jaro_winkler>=nan", .invalidThreshold),
            ("exact>=1", .unexpectedThreshold),
            ("damerau_levenshtein<=-1", .invalidThreshold),
            ("damerau_levenshtein<=1.5", .invalidThreshold),
            ("damerau_levenshtein>=1", .wrongOperator),
        ])
    func stringErrors(_ text: String, _ code: ComparisonLevelError.Code) {
        #expect(throws: ComparisonLevelError.self) { try StringLevel(name: text) }
        do {
            _ = try StringLevel(name: text)
        } catch {
            #expect(error.code == code)
            #expect(error.text == text)
        }
    }

    @Test("Other kinds reject names that are not theirs")
    func otherKindErrors() {
        func code<Level: ComparisonLevel>(_: Level.Type, _ name: String) -> ComparisonLevelError.Code? {
            do { _ = try Level(name: name) } catch { return error.code }
            return nil
        }
        #expect(code(DateLevel.self, "phonetic") == .unknownLevel)
        #expect(code(DateLevel.self, "within_days>=30") == .wrongOperator)
        #expect(code(DateLevel.self, "within_days") == .missingThreshold)
        #expect(code(PostcodeLevel.self, "sector>=1") == .unexpectedThreshold)
        #expect(code(PhoneLevel.self, "last_digits>=0") == .invalidThreshold)
        #expect(code(EmailLevel.self, "nickname") == .unknownLevel)
    }

    @Test("An unknown name's message lists the known ones and the position")
    func unknownMessage() {
        do {
            _ = try ComparisonLevels<StringLevel>(names: ["exact", "jaro", "else"])
            Issue.record("expected an error")
        } catch {
            #expect(error.index == 1)
            #expect(
                error.description == """
                    level 2 ("jaro"): unknown level; expected one of exact, jaro_winkler>=X, \
                    damerau_levenshtein<=N, token_jaccard>=X, token_set>=X, phonetic, nickname, initials, else
                    """)
        }
    }

    @Test("A wrong operator's message says what the level takes")
    func operatorMessage() {
        do {
            _ = try StringLevel(name: "jaro_winkler<=0.9")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == #""jaro_winkler<=0.9": jaro_winkler takes ">=" and a similarity from 0 to 1, as in `jaro_winkler>=0.9`"#)
        }
    }

    @Test(
        "Lists that are not valid",
        arguments: [
            ([], ComparisonLevelError.Code.empty, nil),
            (["exact"], .missingElse, 0),
            (["else", "exact"], .elseNotLast, 0),
            (["exact", "exact", "else"], .duplicateLevel, 1),
            (["jaro_winkler>=0.9", "jaro_winkler>=0.90", "else"], .duplicateLevel, 1),
            (["exact", "phonetic", "bogus", "else"], .unknownLevel, 2),
        ] as [([String], ComparisonLevelError.Code, Int?)])
    func invalidLists(_ names: [String], _ code: ComparisonLevelError.Code, _ index: Int?) {
        do {
            _ = try ComparisonLevels<StringLevel>(names: names)
            Issue.record("expected an error")
        } catch {
            #expect(error.code == code)
            #expect(error.index == index)
        }
    }

    @Test("A valid list keeps its names and count")
    func validList() throws {
        let names = ["exact", "jaro_winkler>=0.92", "jaro_winkler>=0.8", "else"]
        let levels = try ComparisonLevels<StringLevel>(names: names)
        #expect(levels.names == names)
        #expect(levels.count == 4)
        #expect(levels.levels == [.exact, .jaroWinklerAtLeast(0.92), .jaroWinklerAtLeast(0.8), .else])
        #expect(levels.name(ofLevel: 1) == "jaro_winkler>=0.92")
        #expect(try ComparisonLevels([StringLevel.else]).count == 1)
    }
}
