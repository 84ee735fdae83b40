import Foundation
import GoldenCore
import Store
import Testing

@testable import Pipeline

@Suite struct NormalizeRunTests {
    /// `golden run` normalizes every stored record of the bundled workspace; values the fixture
    /// feeds are known to hold come out typed and comparable, with their raw text beside them.
    @Test func bundledWorkspaceIsNormalized() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let summary = try workspace.run()
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        let normalize = try #require(summary.normalize)
        let stored = try store.counts().records
        #expect(normalize.records == stored)
        #expect(try store.pendingNormalizationCount() == 0)
        var count = 0
        try store.forEachNormalized { _, _ in count += 1 }
        #expect(count == stored)
        #expect(normalize.bySource.values.reduce(0, +) == stored)

        // POS: "MÜLLER, JÜRGEN" from a windows-1252 till, a London number, a UK postcode.
        let pos = try #require(try store.normalizedRecord(source: "pos", key: "0099|01|900001"))
        let name = try #require(pos.name)
        #expect(name.given == "Jürgen")
        #expect(name.familyKey == "muller")
        #expect(name.familyAlternatives.contains("mueller"))
        #expect(pos.phones.first?.e164 == "+442079460000")
        #expect(pos.address?.postcode == "SW1A 1AA")
        #expect(pos.address?.country == "GB")

        // A loyalty member with a card, ISO birth date and an unprefixed mobile in 0044 form.
        let member = try #require(try store.normalizedRecord(source: "loyalty", key: "L0000001"))
        #expect(member.dateOfBirth?.date == CivilDate(year: 1978, month: 7, day: 12))
        #expect(member.phones.map(\.e164) == ["+447735089798", "+442379855904"])
        #expect(member.phones.first?.type == .mobile)
        #expect(member.loyaltyCards == ["6009017082119"])
        #expect(member.gender == .female)

        // A web account: US-style birthday (the mapping says month first), a ZIP+4.
        let account = try #require(try store.normalizedRecord(source: "ecommerce_accounts", key: "A-6016V2"))
        #expect(account.dateOfBirth?.date == CivilDate(year: 1991, month: 7, day: 30))
        #expect(account.address?.postcode == "77078")
        #expect(account.address?.postcodeExtension == "4909")
        #expect(account.address?.region == "TX")
        #expect(account.phones.first?.e164 == "+18324630930")
        // The GB account writes its birthday month first too: 02/11/1961 is 11 February.
        let gb = try #require(try store.normalizedRecord(source: "ecommerce_accounts", key: "A-MJDP94"))
        #expect(gb.dateOfBirth?.date == CivilDate(year: 1961, month: 2, day: 11))
        #expect(gb.emails.first?.normalized == "pfoster1833@hotmail.co.uk")
        #expect(gb.findings.contains(Finding(.email, .corrected, "email.domain_typo")))

        // Community: a display name, a placeholder e-mail that must never match.
        let profile = try #require(try store.normalizedRecord(source: "community_profiles", key: "C00008"))
        #expect(profile.emails.first?.status == .placeholder)
        #expect(profile.emails.first?.canonical == nil)
        #expect(profile.username == "djenkins1599")
        let nickname = try #require(try store.normalizedRecord(source: "community_profiles", key: "C00019"))
        #expect(nickname.name?.givenCanonical == ["barbara"])

        // Findings are counted per code in the summary and stored with each record.
        #expect(normalize.findings["email.placeholder", default: 0] >= 1)
        #expect(summary.text.contains("normalized \(stored) records"))
    }

    @Test func normalizeIsIncrementalAndFollowsOptionChanges() throws {
        let workspace = try TempWorkspace(copying: "retail")
        let first = try workspace.run()
        let again = try workspace.run()
        #expect(again.normalize?.records == 0)
        #expect(again.normalize?.reset == 0)

        // Changing a source's normalize options normalizes that source again, and only it.
        let mappingPath = workspace.path + "/Mappings/ecommerce_accounts.yml"
        let mapping = try String(contentsOfFile: mappingPath, encoding: .utf8)
        try workspace.write(mapping.replacingOccurrences(of: "date_order: mdy", with: "date_order: dmy"), to: "Mappings/ecommerce_accounts.yml")
        let changed = try Runner(configPath: workspace.config, progress: .silent).run(command: "normalize")
        let accounts = try #require(first.normalize?.bySource["ecommerce_accounts"])
        #expect(changed.normalize?.records == accounts)
        #expect(changed.normalize?.reset == accounts)
        #expect(changed.normalize?.bySource.keys.sorted() == ["ecommerce_accounts"])
        #expect(changed.files.isEmpty)
        let store = try GoldenStore(path: workspace.path + "/golden.sqlite")
        let gb = try #require(try store.normalizedRecord(source: "ecommerce_accounts", key: "A-MJDP94"))
        #expect(gb.dateOfBirth?.date == CivilDate(year: 1961, month: 11, day: 2))
    }

    /// The page is split into partitions that run at once; the results come back in page order,
    /// failures included.
    @Test(arguments: [1, 2, 3, 8])
    func parallelProcessingKeepsPageOrder(threads: Int) {
        for count in [0, 1, 511, 1024, 1025, 5000] {
            let results = NormalizeStage.process(Array(0..<count), threads: threads) { (value) throws(GoldenError) in
                if value % 1000 == 999 { throw GoldenError(.store, "bad \(value)") }
                return value * 2
            }
            #expect(results.count == count)
            for (index, result) in results.enumerated() {
                switch result {
                case .success(let doubled): #expect(doubled == index * 2)
                case .failure(let error): #expect(index % 1000 == 999 && error.message == "bad \(index)")
                }
            }
        }
    }
}
