import Foundation
import GoldenCore
import HTTPTypes
import Hummingbird
import Match
import Pipeline
import Steward
import Store
import Testing

/// The workbench end to end in a real headless Chromium (Debian's `chromium` and
/// `chromium-driver`, which `make test` installs), over WebDriver: sign in, open the queue, open
/// a pair, accept it with the keyboard; the store holds the decision and the next run honours it.
@Suite(.serialized) struct BrowserTests {
    @Test(.enabled(if: WebDriver.binaries != nil, "chromium and chromedriver are not installed (make test installs them)"))
    func aStewardAcceptsAPairWithTheKeyboard() async throws {
        let (chromium, driverPath) = try #require(WebDriver.binaries)
        let workspace = try StewardWorkspace()
        // The first open review-band pair whose records are in two golden records: accepting it must join them.
        let queue = try workspace.desk.list(ReviewQuery(kind: "review_band", limit: 500)).items
        let index = try #require(queue.firstIndex { $0.goldenA != nil && $0.goldenB != nil && $0.goldenA != $0.goldenB })
        let item = queue[index]

        let port = try freeLoopbackPort()
        let server = Task {
            try await workspace.server.application(host: "127.0.0.1", port: port, logger: workspace.logger).runService()
        }
        defer { server.cancel() }
        let driverPort = try freeLoopbackPort()
        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: driverPath)
        driver.arguments = ["--port=\(driverPort)", "--allowed-ips=127.0.0.1"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        // SIGKILL, not `terminate()`'s SIGTERM: the driver inherits the test thread's signal mask,
        // which blocks SIGTERM, so a terminated driver outlived every test run.
        defer {
            kill(driver.processIdentifier, SIGKILL)
            driver.waitUntilExit()
        }
        try await Self.waitUntilUp(port: driverPort, "/status")
        try await Self.waitUntilUp(port: port, "/signin")

        let browser = try await WebDriver.start(driverPort: driverPort, chromium: chromium)
        do {
            let base = "http://127.0.0.1:\(port)"
            try await browser.open(base + "/signin")
            try await browser.type("ana", into: try await browser.element("#name"))
            try await browser.type(workspace.token, into: try await browser.element("#token"))
            try await browser.click(try await browser.element("#signin"))
            try await browser.wait("document.querySelector('meta[name=csrf-token]') && location.pathname === '/'")

            try await browser.open(base + "/#/queue?kind=review_band&limit=500")
            try await browser.wait("document.querySelectorAll('#queue tbody tr').length > \(index)")
            try await browser.press(String(repeating: "j", count: index) + "o")
            try await browser.wait("document.body.dataset.view === 'item' && document.querySelector('#pair tbody tr[data-comparison]')")
            #expect(try await browser.currentURL().hasSuffix("#/item/\(item.id)"))
            #expect(try await browser.script("return document.querySelectorAll('#pair tr[data-comparison]').length") as? Int
                == workspace.runner.config.match.comparisons.comparisons.count)
            try Self.save(try await browser.screenshot(), as: "pair-view.png")

            // `a` asks for a reason; Enter in the reason confirms.
            try await browser.press("a")
            try await browser.wait("document.activeElement && document.activeElement.id === 'reason'")
            try await browser.press("same card in both feeds\u{E007}")
            try await browser.wait("!location.hash.endsWith('/item/\(item.id)')")

            // The golden record of the pair's first record: found by search, shown in full.
            let golden = try #require(item.goldenA)
            try await browser.open(base + "/#/search?q=\(golden)")
            try await browser.wait("document.querySelector('#results a[href=\"#/golden/\(golden)\"]')")
            try await browser.click(try await browser.element("#results tbody tr"))
            try await browser.wait("document.querySelectorAll('#attributes tbody tr').length > 0 && document.querySelectorAll('#xref input.leave').length > 0")
            // The audit log shows the decision first.
            try await browser.open(base + "/#/audit")
            try await browser.wait("document.querySelector('#audit tbody tr') && document.querySelector('#audit tbody tr').textContent.includes('same card in both feeds')")
        } catch {
            try? Self.save(try await browser.screenshot(), as: "failure.png")
            await browser.quit()
            throw error
        }
        await browser.quit()

        #expect(try workspace.desk.show(item.id).item.status == "accepted")
        let a = try #require(try workspace.store.recordID(source: item.a.source, key: item.a.key))
        let b = try #require(try workspace.store.recordID(source: item.b.source, key: item.b.key))
        let constraint = try #require(try workspace.store.matchConstraint(recordA: min(a, b), recordB: max(a, b)))
        #expect(constraint.kind == .mustLink && constraint.actor == "ana" && constraint.reason == "same card in both feeds")
        #expect(workspace.log.all.contains { $0.contains("POST /api/review/items/{id}/accept 200") })

        try workspace.run()
        var ids: [RecordRef: String] = [:]
        try workspace.store.forEachXref { source, key, golden in ids[RecordRef(source: source, key: key)] = golden }
        #expect(ids[item.a] != nil && ids[item.a] == ids[item.b])
    }

    /// Polls `path` on 127.0.0.1:`port` until it answers, for 20 seconds at most.
    static func waitUntilUp(port: Int, _ path: String) async throws {
        var last: (any Error)?
        for _ in 0..<200 {
            do {
                _ = try await WebDriver.fetch(port: port, path)
                return
            } catch {
                last = error
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw WebDriver.Failure("127.0.0.1:\(port)\(path) did not come up: \(last.map { "\($0)" } ?? "")")
    }

    /// Saves a screenshot under `.build/steward-screenshots/` (or `$GOLDEN_SCREENSHOTS`).
    static func save(_ png: Data, as name: String) throws {
        var folder = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { folder.deleteLastPathComponent() }
        let directory = ProcessInfo.processInfo.environment["GOLDEN_SCREENSHOTS"] ?? folder.appendingPathComponent(".build/steward-screenshots").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try png.write(to: URL(fileURLWithPath: directory + "/" + name))
    }
}
