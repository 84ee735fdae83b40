import Engage
import GoldenCore
import Ingest

/// `Mappings/engage.yml`, checked: the engagement rules, ladders, segments and caps, plus where
/// the calendar of baseline campaigns and the offer bank are. Errors name the file, line and key;
/// a rule naming an unknown signal, attribute or stage is an error, not a silently false rule.
///
/// ```yaml
/// calendar: calendar.csv          # relative to this file
/// offers: offers.csv
/// line:
///   rules:
///     - { name: flatlined, line: below, when: { signal: flatline } }
///     - { name: bought_recently, line: above, when: { signal: purchase, within_days: 30 } }
///   default: on
/// ```
/// The full format, with the shipped rules, is in docs/ENGAGE.md and `golden init`'s template.
public struct EngageConfig: Sendable {
    public var settings: EngageSettings
    /// The calendar file's path relative to the workspace (as resolved from engage.yml), if any.
    public var calendarPath: String?
    /// The offer bank's path relative to the workspace, if any.
    public var offersPath: String?

    /// Attributes Pipeline gives every customer, that rules may test.
    public static let attributes: [String] = [
        "age", "birthday_month", "city", "country", "email_domain", "first_seen", "gender", "postcode", "record_count",
    ]

    /// Loads and checks an engage file; `signals` are the names rules may use.
    public static func load(path: String, displayPath: String, signals: Set<String>) throws(GoldenError) -> EngageConfig {
        let text = try ConfigNode.readText(path: path, displayPath: displayPath, what: "engagement rules file")
        return try parse(yaml: text, file: displayPath, signals: signals)
    }

    /// Parses engage-file text. Paths in it are returned relative to the file's folder.
    public static func parse(yaml: String, file: String, signals: Set<String>) throws(GoldenError) -> EngageConfig {
        let root = try ConfigNode.parse(yaml: yaml, file: file)
        try root.rejectUnknownKeys([
            "calendar", "offers", "signals", "line", "stages", "triggers", "ladders", "suppression", "caps", "segments",
            "offer_ranking", "fallback", "response_window_days",
        ])
        let folder = Self.folder(of: file)
        var config = EngageConfig(settings: EngageSettings())
        config.calendarPath = try root.optional("calendar").map { (node) throws(GoldenError) in folder + (try node.string()) }
        config.offersPath = try root.optional("offers").map { (node) throws(GoldenError) in folder + (try node.string()) }
        var settings = EngageSettings()
        settings.attributes = attributes
        if let node = try root.optional("signals") { settings.signals = try signalSettings(node) }
        if let node = try root.optional("response_window_days") { settings.responseWindowDays = try node.int(in: 1...365) }

        // Stages first: every other rule may name them.
        let stagesNode = try root.required("stages")
        try stagesNode.rejectUnknownKeys(["names", "rules", "default"])
        let namesNode = try stagesNode.required("names")
        settings.stages = try namesNode.stringList()
        guard !settings.stages.isEmpty, Set(settings.stages).count == settings.stages.count,
            settings.stages.allSatisfy({ !$0.isEmpty && !$0.contains("|") })
        else { throw namesNode.error("list each stage once, at least one, without '|'") }
        let reader = ConditionReader(signals: signals, attributes: Set(attributes), stages: Set(settings.stages))

        var lineNames = Set<String>(), stageNames = Set<String>(), triggerNames = Set<String>()
        var ladderNames = Set<String>(), segmentNames = Set<String>()
        let lineNode = try root.required("line")
        try lineNode.rejectUnknownKeys(["rules", "default"])
        for item in try lineNode.required("rules").list() {
            try item.rejectUnknownKeys(["name", "line", "when"])
            settings.lineRules.append(
                LineRule(
                    name: try name(item, &lineNames), line: try item.required("line").choice(Line.self),
                    when: try reader.read(item.required("when"))))
        }
        if let node = try lineNode.optional("default") { settings.defaultLine = try node.choice(Line.self) }

        for item in try stagesNode.optional("rules")?.list() ?? [] {
            try item.rejectUnknownKeys(["name", "stage", "when"])
            settings.stageRules.append(
                StageRule(
                    name: try name(item, &stageNames), stage: try stage(item.required("stage"), settings.stages),
                    when: try reader.read(item.required("when"))))
        }
        if let node = try stagesNode.optional("default") { settings.defaultStage = try stage(node, settings.stages) }
        else { settings.defaultStage = settings.stages[0] }

        var channels = Set<String>()
        for item in try root.optional("triggers")?.list() ?? [] {
            try item.rejectUnknownKeys(["name", "when", "action", "cooldown_days", "with_offers"])
            let action = try self.action(item.required("action"))
            channels.insert(action.channel)
            settings.triggers.append(
                TriggerRule(
                    name: try name(item, &triggerNames), when: try reader.read(item.required("when")), action: action,
                    cooldownDays: try item.optional("cooldown_days")?.int(in: 0...3650) ?? 30,
                    withOffers: try item.optional("with_offers")?.bool() ?? false))
        }
        for item in try root.optional("ladders")?.list() ?? [] {
            let ladder = try self.ladder(item, reader: reader, names: &ladderNames)
            channels.formUnion(ladder.steps.map(\.action.channel))
            settings.ladders.append(ladder)
        }
        if let node = try root.optional("suppression") {
            try node.rejectUnknownKeys(["remediation_days"])
            if let days = try node.optional("remediation_days") { settings.suppression.remediationDays = try days.int(in: 0...3650) }
        }
        if let node = try root.optional("caps") {
            for (channel, value) in try node.entries() { settings.weeklyCaps[channel] = try value.int(in: 0...1000) }
        }
        for item in try root.optional("segments")?.list() ?? [] {
            try item.rejectUnknownKeys(["name", "when", "treatment"])
            let treatmentNode = try item.required("treatment")
            try treatmentNode.rejectUnknownKeys(["goal", "frequency_days", "channel", "template", "priority", "offers"])
            let action = try self.action(treatmentNode, extra: ["goal", "frequency_days", "offers"])
            channels.insert(action.channel)
            settings.segments.append(
                Segment(
                    name: try name(item, &segmentNames), when: try reader.read(item.required("when")),
                    treatment: Treatment(
                        goal: try treatmentNode.required("goal").string(),
                        frequencyDays: try treatmentNode.required("frequency_days").int(in: 1...3650), action: action,
                        offers: try treatmentNode.optional("offers")?.int(in: 0...20) ?? 0)))
        }
        if let node = try root.optional("offer_ranking") {
            try node.rejectUnknownKeys(["half_life_days", "exclude_recent_days", "sku_weight"])
            if let value = try node.optional("half_life_days") { settings.offers.halfLifeDays = try positive(value) }
            if let value = try node.optional("exclude_recent_days") { settings.offers.excludeRecentDays = try value.int(in: 0...3650) }
            if let value = try node.optional("sku_weight") { settings.offers.skuWeight = try positive(value) }
        }
        if let node = try root.optional("fallback") {
            for (channel, value) in try node.entries() { settings.fallback[channel] = try value.stringList() }
        }
        config.settings = settings
        return config
    }

    // MARK: - Pieces

    private static func stage(_ node: ConfigNode, _ stages: [String]) throws(GoldenError) -> String {
        let name = try node.string()
        guard stages.contains(name) else {
            throw node.error("unknown stage '\(name)'; stages: \(stages.joined(separator: ", "))")
        }
        return name
    }

    /// `{channel, template, offer, priority}`; `extra` keys belong to the caller.
    private static func action(_ node: ConfigNode, extra: Set<String> = []) throws(GoldenError) -> ActionTemplate {
        try node.rejectUnknownKeys(extra.union(["channel", "template", "offer", "priority"]))
        let channelNode = try node.required("channel")
        let channel = try channelNode.string()
        guard !channel.isEmpty else { throw channelNode.error("name a channel (email, sms, mail, push…)") }
        return ActionTemplate(
            channel: channel, template: try node.optional("template")?.string(), offer: try node.optional("offer")?.string(),
            priority: try node.optional("priority")?.int(in: -1000...1000) ?? 0)
    }

    private static func ladder(_ item: ConfigNode, reader: ConditionReader, names: inout Set<String>) throws(GoldenError) -> Ladder {
        try item.rejectUnknownKeys(["name", "when", "success", "max_spend", "steps"])
        let ladderName = try name(item, &names)
        var steps: [LadderStep] = []
        var stepNames = Set<String>()
        let stepsNode = try item.required("steps")
        for step in try stepsNode.list() {
            let action = try self.action(step, extra: ["name", "cost", "wait_days"])
            steps.append(
                LadderStep(
                    name: try name(step, &stepNames), action: action, cost: try nonNegative(step.required("cost")),
                    waitDays: try step.required("wait_days").int(in: 1...3650)))
        }
        guard !steps.isEmpty else { throw stepsNode.error("a ladder needs at least one step") }
        for (index, step) in steps.enumerated().dropFirst() where step.cost < steps[index - 1].cost {
            throw try stepsNode.list()[index].error(
                "ladder steps go cheapest first: '\(step.name)' costs less than the step before it")
        }
        return Ladder(
            name: ladderName, when: try reader.read(item.required("when")),
            success: try reader.read(item.required("success")),
            maxSpend: try item.optional("max_spend").map { (node) throws(GoldenError) in try nonNegative(node) },
            steps: steps)
    }

    private static func signalSettings(_ node: ConfigNode) throws(GoldenError) -> SignalSettings {
        try node.rejectUnknownKeys([
            "frequency_window_days", "minimum_purchases_for_cadence", "default_cadence_days", "overdue_factor",
            "flatline_factor", "unopened_streak", "sentiment_dip", "sentiment_recent_count", "fervent_community_actions",
            "community_quiet_days", "spend_thresholds", "near_threshold_margin",
        ])
        var s = SignalSettings()
        if let v = try node.optional("frequency_window_days") { s.frequencyWindowDays = try v.int(in: 1...3650) }
        if let v = try node.optional("minimum_purchases_for_cadence") { s.minimumPurchasesForCadence = try v.int(in: 2...100) }
        if let v = try node.optional("default_cadence_days") { s.defaultCadenceDays = try positive(v) }
        if let v = try node.optional("overdue_factor") { s.overdueFactor = try positive(v) }
        if let v = try node.optional("flatline_factor") { s.flatlineFactor = try positive(v) }
        if let v = try node.optional("unopened_streak") { s.unopenedStreak = try v.int(in: 1...1000) }
        if let v = try node.optional("sentiment_dip") { s.sentimentDip = try positive(v) }
        if let v = try node.optional("sentiment_recent_count") { s.sentimentRecentCount = try v.int(in: 1...100) }
        if let v = try node.optional("fervent_community_actions") { s.ferventCommunityActions = try v.int(in: 1...10_000) }
        if let v = try node.optional("community_quiet_days") { s.communityQuietDays = try v.int(in: 1...3650) }
        if let v = try node.optional("spend_thresholds") {
            s.spendThresholds = try v.list().map { (item) throws(GoldenError) in try positive(item) }
        }
        if let v = try node.optional("near_threshold_margin") { s.nearThresholdMargin = try positive(v) }
        return s
    }

    private static func positive(_ node: ConfigNode) throws(GoldenError) -> Double {
        let value = try node.double()
        guard value > 0, value.isFinite else { throw node.error("must be a number above 0") }
        return value
    }

    private static func nonNegative(_ node: ConfigNode) throws(GoldenError) -> Double {
        let value = try node.double()
        guard value >= 0, value.isFinite else { throw node.error("must be a number, 0 or more") }
        return value
    }

    /// A rule's, ladder's, step's or segment's name: what actions and reports show, so unique in
    /// its list and made of `a-z 0-9 _ -` (the store's state text separates fields with `|`).
    private static func name(_ item: ConfigNode, _ seen: inout Set<String>) throws(GoldenError) -> String {
        let node = try item.required("name")
        let name = try node.string()
        guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45 })
        else { throw node.error("names use only a-z, 0-9, _ and -") }
        guard seen.insert(name).inserted else { throw node.error("'\(name)' is named twice") }
        return name
    }

    private static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[...slash])
    }
}
