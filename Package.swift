// swift-tools-version: 6.1
//
// Golden — identity resolution and data quality for retail customer data.
// One target per pipeline stage; dependencies point one way (see DESIGN.md).
import PackageDescription

// MARK: - Settings shared by every Swift target

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    // Invariant checks (expensive assertions) compile only with -DGOLDEN_INVARIANTS.
    .define("GOLDEN_INVARIANTS", .when(configuration: .debug)),
]

/// Hot-path stages compile with optimization even in debug builds, so that `make test` runs
/// end-to-end accuracy checks on thousands of records in seconds.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

// MARK: - Third-party packages (all available offline; see README)

let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // PostgreSQL for `golden publish`; only the Publish target depends on these (postgres-nio
    // brings the other three along; they are named for the modules Publish imports).
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    // The steward workbench's HTTP server. No default traits: swift-configuration is not needed.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    // HTTP field names (`X-CSRF-Token`); already a dependency of Hummingbird.
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
]

// MARK: - Targets

let targets: [Target] = [
    // C libraries, wrapped so Swift never sees their headers' ICU includes.
    .systemLibrary(
        name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
        providers: [.apt(["zlib1g-dev"])]),
    .target(
        name: "CGoldenXML", path: "Sources/CGoldenXML",
        cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
        linkerSettings: [.linkedLibrary("xml2")]),

    // Record model, ids, errors, diagnostics. No dependencies.
    .target(name: "GoldenCore", swiftSettings: strictSettings),

    // Byte sources: files, gzip (zlib) reading and writing, format sniffing by magic bytes.
    .target(name: "GoldenIO", dependencies: ["GoldenCore", "CZlib"], swiftSettings: strictSettings),

    // Readers (CSV, XML) and mapping files → GoldenCore records.
    .target(
        name: "Ingest",
        dependencies: [
            "GoldenCore", "GoldenIO", "CGoldenXML",
            .product(name: "Yams", package: "Yams"),
        ],
        swiftSettings: strictSettings),

    // Names, nicknames, e-mails, phones, addresses, postcodes, dates → typed, comparable values.
    .target(name: "Normalize", dependencies: ["GoldenCore"], swiftSettings: strictSettings),

    // Blocking, comparators, Fellegi–Sunter weights with EM, clustering, evaluation.
    // Optimized in debug builds too: the accuracy tests score millions of pairs on real data.
    .target(name: "Match", dependencies: ["GoldenCore"], swiftSettings: strictSettings + optimizedInDebug),

    // Golden records: survivorship, stable golden ids, history roll-ups, conflicts.
    .target(name: "Merge", dependencies: ["GoldenCore"], swiftSettings: strictSettings),

    // Freshness ("sell-by date") policies and validity/completeness metrics. Pure: no store.
    .target(name: "Quality", dependencies: ["GoldenCore", "Merge"], swiftSettings: strictSettings),

    // Engagement: signals, line and stage rules, ladders, calendar, treatments, offers. Pure: no store.
    .target(name: "Engage", dependencies: ["GoldenCore"], swiftSettings: strictSettings),

    // SQLite schema, migrations and batched writes (GRDB).
    .target(
        name: "Store",
        dependencies: [
            "GoldenCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            // The write hot path binds and steps GRDB's cached statements through the C API.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ],
        swiftSettings: strictSettings),

    // Publish targets: files, PostgreSQL (postgres-nio), the change feed. Fed rows by Pipeline.
    .target(
        name: "Publish",
        dependencies: [
            "GoldenCore",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Logging", package: "swift-log"),
        ],
        swiftSettings: strictSettings),

    // Deterministic generator of retail feeds with known truth.
    .target(name: "Generator", dependencies: ["GoldenCore", "GoldenIO"], swiftSettings: strictSettings),

    // Orchestrates the stages over the store: the only module that knows them all.
    .target(
        name: "Pipeline",
        dependencies: [
            "GoldenCore", "GoldenIO", "Ingest", "Normalize", "Match", "Merge", "Quality", "Store", "Publish", "Engage",
            .product(name: "Yams", package: "Yams"),
        ],
        swiftSettings: strictSettings),

    // The data stewards' workbench: web UI and JSON API over the review desk (Hummingbird).
    .target(
        name: "Steward",
        dependencies: [
            "Pipeline", "Store", "Match", "Merge", "Normalize", "Ingest", "Quality", "Engage", "GoldenCore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ],
        resources: [.embedInCode("Resources/openapi.yaml"), .embedInCode("Resources/app.html"),
                    .embedInCode("Resources/app.css"), .embedInCode("Resources/app.js"), .embedInCode("Resources/signin.html")],
        swiftSettings: strictSettings),

    // The command-line tool: a thin layer over Pipeline and Steward.
    .executableTarget(
        name: "golden",
        dependencies: [
            "Pipeline", "Steward", "Generator", "Match", "Engage", "GoldenCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
        ],
        swiftSettings: strictSettings),

    // `make bench`: throughput and peak memory against a committed baseline.
    .executableTarget(
        name: "golden-bench", dependencies: ["Pipeline", "Ingest", "Normalize", "Store", "Publish", "GoldenIO", "Generator", "GoldenCore"],
        path: "Benchmarks/golden-bench", swiftSettings: strictSettings),

    // MARK: Tests
    .testTarget(name: "GoldenCoreTests", dependencies: ["GoldenCore"], swiftSettings: strictSettings),
    .testTarget(name: "GoldenIOTests", dependencies: ["GoldenIO", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(
        name: "IngestTests", dependencies: ["Ingest", "GoldenIO", "GoldenCore"],
        resources: [.copy("Inputs")], swiftSettings: strictSettings),
    .testTarget(name: "NormalizeTests", dependencies: ["Normalize", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(name: "MatchTests", dependencies: ["Match", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(name: "MergeTests", dependencies: ["Merge", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(name: "EngageTests", dependencies: ["Engage", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(name: "QualityTests", dependencies: ["Quality", "Merge", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(
        name: "StoreTests", dependencies: ["Store", "GoldenCore", .product(name: "GRDB", package: "GRDB.swift")],
        swiftSettings: strictSettings),
    .testTarget(name: "GeneratorTests", dependencies: ["Generator", "GoldenIO", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(
        name: "PipelineTests", dependencies: [
            "Pipeline", "Generator", "Ingest", "Match", "Merge", "Quality", "Store", "Publish", "Engage", "GoldenIO",
            "GoldenCore",
            // Raw SQL over a run's store: the search-term tests compare it with the old triggers' rules.
            .product(name: "GRDB", package: "GRDB.swift"),
        ],
        swiftSettings: strictSettings),
    // PostgreSQL tests read GOLDEN_TEST_PG_URL (`make test` starts a cluster: scripts/pg-test-cluster).
    .testTarget(name: "PublishTests", dependencies: ["Publish", "GoldenCore"], swiftSettings: strictSettings),
    .testTarget(
        name: "StewardTests",
        dependencies: [
            "Steward", "Pipeline", "Store", "Engage", "GoldenCore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ],
        swiftSettings: strictSettings),
]

let package = Package(
    name: "Golden",
    platforms: [.macOS(.v15)],
    products: [.executable(name: "golden", targets: ["golden"])],
    dependencies: dependencies,
    targets: targets
)
