/// `unopened_streak`: messages keep going out and none is opened.
///
/// Per channel, the streak is the run of messages `sent` since the last one `opened` or
/// `clicked` on that channel (bounces and unsubscribes neither count nor break it). `number` is
/// the longest current streak over the channels; fired when it reaches
/// ``SignalSettings/unopenedStreak``, `day` the day it did. Absent for a customer with no
/// message events (the feeds carry none).
struct UnopenedStreakSignal: Signal {
    static let name = "unopened_streak"
    static let summary = "messages sent in a row on one channel without an open or click"

    func evaluate(_ input: SignalInput) -> SignalValue {
        let events = input.facts.events
        let threshold = input.settings.unopenedStreak
        // One entry per channel seen; customers have one to three.
        var streaks: [(channel: String?, length: Int, reached: Day?)] = []
        for index in 0..<input.visibleCount where events[index].kind == .message {
            let channel = events[index].channel
            var slot = streaks.firstIndex { $0.channel == channel } ?? -1
            if slot < 0 {
                streaks.append((channel, 0, nil))
                slot = streaks.count - 1
            }
            switch events[index].messageAction {
            case .sent?, nil:
                streaks[slot].length += 1
                if streaks[slot].length == threshold { streaks[slot].reached = events[index].day }
            case .opened?, .clicked?:
                streaks[slot] = (channel, 0, nil)
            case .bounced?, .unsubscribed?:
                break
            }
        }
        guard var longest = streaks.first else { return .absent }
        for streak in streaks.dropFirst() where streak.length > longest.length { longest = streak }
        guard longest.length >= max(1, threshold) else { return SignalValue(fired: false, number: Double(longest.length)) }
        return SignalValue(fired: true, number: Double(longest.length), day: longest.reached)
    }
}
