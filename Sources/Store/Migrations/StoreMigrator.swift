import GRDB

/// The store's schema history: named, forward-only migrations, one file per migration.
///
/// Later stages append their own migrations here (normalized values, clusters, golden records).
/// A migration, once released, never changes: fix mistakes with a new migration.
enum StoreMigrator {
    /// Every migration, in the order they run.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ingest", migrate: Migration.v1Ingest)
        migrator.registerMigration("v2-normalize", migrate: Migration.v2Normalize)
        migrator.registerMigration("v3-match", migrate: Migration.v3Match)
        migrator.registerMigration("v4-merge", migrate: Migration.v4Merge)
        migrator.registerMigration("v5-incremental", migrate: Migration.v5Incremental)
        migrator.registerMigration("v6-quality", migrate: Migration.v6Quality)
        migrator.registerMigration("v7-publish", migrate: Migration.v7Publish)
        migrator.registerMigration("v8-steward", migrate: Migration.v8Steward)
        migrator.registerMigration("v9-engage", migrate: Migration.v9Engage)
        migrator.registerMigration("v10-golden-facts", migrate: Migration.v10GoldenFacts)
        migrator.registerMigration("v11-quality-signature", migrate: Migration.v11QualitySignature)
        migrator.registerMigration("v12-ingest-lean", migrate: Migration.v12IngestLean)
        migrator.registerMigration("v13-search-terms", migrate: Migration.v13SearchTerms)
        migrator.registerMigration("v14-golden-exports", migrate: Migration.v14GoldenExports)
        migrator.registerMigration("v15-golden-listing", migrate: Migration.v15GoldenListing)
        migrator.registerMigration("v16-normalize-lean", migrate: Migration.v16NormalizeLean)
        return migrator
    }()

    /// Names of the migrations this build knows, in order.
    static var migrationNames: [String] { migrator.migrations }
}

/// Namespace for the migration functions (`Migration+V1Ingest.swift`, …).
enum Migration {}
