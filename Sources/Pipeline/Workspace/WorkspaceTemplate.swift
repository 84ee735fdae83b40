import Foundation
import GoldenCore
import Match
import Merge
import Quality

/// The files `golden init` writes: a commented `golden.yml` and one mapping per example feed, shaped
/// like the feeds `golden fixtures generate` writes.
public enum WorkspaceTemplate {
    /// Relative path → content.
    public static let files: [(path: String, content: String)] = [
        ("golden.yml", goldenYML),
        ("Mappings/pos.yml", posMapping),
        ("Mappings/loyalty.yml", loyaltyMapping),
        ("Mappings/ecommerce_accounts.yml", ecommerceAccountsMapping),
        ("Mappings/ecommerce_orders.yml", ecommerceOrdersMapping),
        ("Mappings/community_profiles.yml", communityProfilesMapping),
        ("Mappings/community_activity.yml", communityActivityMapping),
        ("Mappings/loyalty_activity.yml", loyaltyActivityMapping),
        ("Mappings/ecommerce_messages.yml", ecommerceMessagesMapping),
        ("Mappings/service_cases_accounts.yml", serviceCasesAccountsMapping),
        ("Mappings/service_cases_members.yml", serviceCasesMembersMapping),
        // The shipped match defaults, written out so that they can be read and edited.
        (WorkspaceConfig.defaultMatchPath, MatchSettings.defaults.yaml),
        // The shipped survivorship defaults, likewise.
        (WorkspaceConfig.defaultSurvivorshipPath, SurvivorshipSettings.defaults.yaml),
        // The shipped freshness policies and quality checks, likewise.
        (WorkspaceConfig.defaultQualityPath, QualitySettings.defaults.yaml),
        // The change feed and a files target; a PostgreSQL target to uncomment.
        (WorkspaceConfig.defaultPublishPath, publishYML),
        // The shipped engagement rules and the calendar of baseline campaigns.
        (WorkspaceConfig.defaultEngagePath, engageYML),
        ("Mappings/calendar.csv", calendarCSV),
        ("Mappings/offers.csv", offersCSV),
    ]

    /// Writes the template into `directory`, creating it. Refuses to overwrite existing files
    /// unless `force` is set. Returns the paths written.
    @discardableResult
    public static func write(to directory: String, force: Bool = false) throws(GoldenError) -> [String] {
        let manager = FileManager.default
        if !force {
            for (path, _) in files where manager.fileExists(atPath: directory + "/" + path) {
                throw GoldenError(
                    .usage, "\(path) already exists; use --force to overwrite",
                    at: SourceLocation(file: directory + "/" + path))
            }
        }
        var written: [String] = []
        for (path, content) in files {
            let full = directory + "/" + path
            do {
                try manager.createDirectory(
                    atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try content.write(toFile: full, atomically: true, encoding: .utf8)
            } catch {
                throw GoldenError(.io, "cannot write file", at: SourceLocation(file: full))
            }
            written.append(path)
        }
        for folder in [
            "feeds/pos", "feeds/loyalty", "feeds/loyalty/activity", "feeds/ecommerce", "feeds/messaging",
            "feeds/community", "feeds/service",
        ] {
            try? manager.createDirectory(atPath: directory + "/" + folder, withIntermediateDirectories: true)
        }
        return written
    }
}
