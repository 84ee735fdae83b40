/// How a generated customer behaves over time: the story engagement tests assert transitions on.
///
/// Each customer gets one story, drawn from their own random stream among the stories their
/// records allow (a lapse needs purchases, a sentiment dip a forum profile). The story shapes
/// *when* things happen — purchases, orders, forum activity, message opens, redemptions — never
/// who the customer is: identity values and record counts are the same whatever the story.
/// `stories.csv` names each customer's story with its change day and cadence.
///
/// ```swift
/// let summary = try FeedGenerator.generate(customers: 200, seed: 42, outputDirectory: "out")
/// let lapsers = summary.stories[.lapsing] ?? 0
/// ```
public enum Story: String, Sendable, Hashable, CaseIterable {
    /// Buys at their own cadence right up to the as-of date. No change day.
    case steady
    /// First seen within the last 14–60 days; the change day is their first activity.
    case new
    /// Bought regularly, then stopped: nothing after the change day (their last purchase),
    /// which lies 90–400 days before as-of. Messages go unopened after it.
    case lapsing
    /// Lapsed for months (no activity for at least ``StoryShape/winBackGap`` days), then bought
    /// again shortly before as-of; the change day is that first purchase back.
    case winBack = "win_back"
    /// Returned something, complained to customer service on the change day, then fell silent.
    case complainer
    /// A forum member whose sentiment falls from a positive baseline after the change day.
    case sentimentDip = "sentiment_dip"
    /// A fervent forum member (20 or more posts, replies, likes) who posts nothing after the
    /// change day.
    case quietMember = "quiet_member"
    /// Unsubscribed from the e-mail newsletter on the change day; no e-mail is sent after it.
    case unsubscriber
}

/// The fixed numbers story tests rely on.
public enum StoryShape {
    /// The shortest silence, in days, before a win-back customer's return.
    public static let winBackGap = 150
    /// A new customer's first activity lies at most this many days before as-of.
    public static let newWithin = 60
}
