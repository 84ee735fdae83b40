import Engage
import Foundation
import GoldenCore
import Store
import Testing

@testable import Pipeline

/// Engagement over a year of the generated retail feeds, decided every two weeks, checked
/// against the behaviour the generator wrote for each customer (`stories.csv`): lapsers fall
/// below the line, win-backs are won back, complainers go below at once, unsubscribers get no
/// more e-mail, new customers are new, steady ones do not lapse.
@Suite(.serialized) struct EngageStoriesTests {
    /// A customer's golden record and what engagement made of it over the year.
    struct Path {
        var story: String
        var change: Day?
        /// (day, line, stage, rule), oldest first.
        var transitions: [(day: Day, line: String, stage: String, rule: String)]
        /// (day, channel) of the planned actions.
        var actions: [(day: Day, channel: String?)]

        func state(on day: Day) -> (line: String, stage: String)? {
            transitions.last { $0.day <= day }.map { ($0.line, $0.stage) }
        }
    }

    static let first = Day(iso: "2025-06-30")!
    static let last = Day(iso: "2026-06-30")!

    /// Runs the workspace, engages every 14 days, and returns the path of every golden record
    /// whose records all belong to one person (so that its story is that person's).
    static func paths() throws -> (paths: [Path], days: [Day]) {
        let workspace = try TempWorkspace(copying: "retail")
        var runner = try Runner(configPath: workspace.config, progress: .silent)
        runner.asOf = Timestamp(secondsSinceEpoch: Int64(first.index) * 86_400)
        _ = try runner.run(command: "run")
        var days = [first]
        while let next = Optional(days.last!.adding(days: 14)), next < last { days.append(next) }
        days.append(last)
        for day in days.dropFirst() {
            runner.asOf = Timestamp(secondsSinceEpoch: Int64(day.index) * 86_400)
            _ = try runner.run(command: "engage")
        }
        let store = runner.store

        func rows(_ name: String) throws -> [[String]] {
            try String(contentsOfFile: workspace.path + "/" + name, encoding: .utf8)
                .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        var entityOf: [String: String] = [:]
        for row in try rows("truth.csv") { entityOf[row[0] + "\u{1}" + row[1]] = row[2] }
        var stories: [String: (String, Day?)] = [:]
        for row in try rows("stories.csv") { stories[row[0]] = (row[1], Day(iso: row[2])) }
        var entities: [String: Set<String>] = [:]
        try store.forEachXref { source, key, golden in
            if let entity = entityOf[source + "\u{1}" + key] { entities[golden, default: []].insert(entity) }
        }
        var actions: [String: [(Day, String?)]] = [:]
        for day in days {
            for (action, golden) in try store.engageActions(day: day.index) where action.status == "planned" {
                actions[golden, default: []].append((day, action.channel))
            }
        }
        var paths: [Path] = []
        for (golden, people) in entities where people.count == 1 {
            guard let (story, change) = stories[people.first!], let stored = try store.goldenRecord(id: golden) else { continue }
            let transitions = try store.engageTransitions(sequence: stored.sequence).map {
                (day: Day(index: $0.day), line: $0.toLine, stage: $0.toStage, rule: $0.rule)
            }
            paths.append(Path(story: story, change: change, transitions: transitions, actions: actions[golden] ?? []))
        }
        return (paths, days)
    }

    @Test func storiesShowInTheLineAndStage() throws {
        let (paths, days) = try Self.paths()
        func share(_ story: String, _ holds: (Path) -> Bool) -> Double {
            let group = paths.filter { $0.story == story }
            return group.isEmpty ? 0 : Double(group.filter(holds).count) / Double(group.count)
        }
        func firstDay(after change: Day?) -> Day? { change.flatMap { change in days.first { $0 >= change } } }
        #expect(Set(paths.map(\.story)).isSuperset(of: ["steady", "new", "lapsing", "win_back", "complainer", "unsubscriber"]))

        // Lapsers: below the line at the end, and they went below after they stopped buying.
        #expect(share("lapsing") { $0.state(on: Self.last)?.line == "below" } == 1)
        #expect(share("lapsing") { path in path.transitions.contains { $0.line == "below" && $0.day >= path.change! } } == 1)
        // Win-backs: won back once they buy again after months away.
        #expect(share("win_back") { path in path.transitions.contains { $0.stage == "won_back" && $0.day >= path.change! } } >= 0.7)
        // Complainers: below the line on the first day decided after the complaint.
        #expect(share("complainer") { path in firstDay(after: path.change).flatMap(path.state(on:))?.line == "below" } == 1)
        // Unsubscribers: no e-mail after they unsubscribed (another channel, or unreachable).
        #expect(share("unsubscriber") { path in path.actions.contains { $0.day > path.change! && $0.channel == "email" } } == 0)
        // New customers are new at the end; steady customers almost never lapse.
        #expect(share("new") { $0.state(on: Self.last)?.stage == "new" } >= 0.7)
        #expect(share("steady") { $0.state(on: Self.last)?.stage == "lapsed" } <= 0.05)
        // Fervent members who go quiet, and souring posters, are caught by their own signals.
        #expect(share("quiet_member") { $0.transitions.contains { $0.rule.contains("gone_quiet") } } >= 0.5)
        #expect(share("sentiment_dip") { $0.transitions.contains { $0.rule.contains("souring") } } >= 0.5)
        // Nobody is given up on or assumed loyal for life: customers cross the line both ways.
        let crossings = paths.filter { path in
            zip(path.transitions, path.transitions.dropFirst()).contains { $0.line == "below" && $1.line != "below" }
        }
        #expect(crossings.count >= 10)
    }
}
