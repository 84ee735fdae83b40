import GoldenCore
import Pipeline
import Publish
import Testing

@Suite struct PublishConfigTests {
    @Test func readsEveryKind() throws {
        let yaml = """
            feed: { directory: out/feed, gzip: true }
            targets:
              - name: files
                kind: files
                directory: out/files
                format: jsonl
                gzip: true
                gzip_level: 9
                tables: [golden, redirects]
              - { name: warehouse, kind: postgres, url_env: WAREHOUSE_URL, schema: crm_golden, batch_size: 250 }
              - { name: local, kind: postgres, url: "postgres://golden@127.0.0.1:5432/crm?sslmode=disable" }
              - { name: default-pg, kind: postgres }
            """
        let settings = try PublishConfig.parse(yaml: yaml, file: "Mappings/publish.yml")
        #expect(settings.feed == FeedSettings(directory: "out/feed", gzip: true))
        #expect(
            settings.targets == [
                .files(FileTargetSettings(name: "files", directory: "out/files", format: .jsonl, gzip: true, gzipLevel: 9, tables: [.golden, .redirects])),
                .postgres(PostgresTargetSettings(name: "warehouse", connection: .environment("WAREHOUSE_URL"), schema: "crm_golden", batchSize: 250)),
                .postgres(PostgresTargetSettings(name: "local", connection: .url("postgres://golden@127.0.0.1:5432/crm?sslmode=disable"))),
                .postgres(PostgresTargetSettings(name: "default-pg")),
            ])
    }

    @Test(arguments: [
        ("", PublishSettings(feed: FeedSettings(directory: "publish/feed"))),
        ("feed: false\ntargets:\n  - { name: f, kind: files, directory: d }\n", PublishSettings(targets: [.files(FileTargetSettings(name: "f", directory: "d"))])),
    ])
    func theFeedDefaultsOn(yaml: String, expected: PublishSettings) throws {
        #expect(try PublishConfig.parse(yaml: yaml, file: "p.yml") == expected)
    }

    @Test(arguments: [
        ("feeds: {}\n", 1, "feeds", "unknown key"),
        ("feed: true\n", 1, "feed", "feed: false"),
        ("feed: false\n", 1, nil, "nothing to publish"),
        ("feed:\n  directory: ''\n", 2, "feed.directory", "empty path"),
        ("targets:\n  - { kind: files, directory: d }\n", 2, "targets[0]", "name"),
        ("targets:\n  - { name: Files, kind: files, directory: d }\n", 2, "targets[0].name", "a-z, 0-9"),
        ("targets:\n  - { name: a, kind: s3, directory: d }\n", 2, "targets[0].kind", "unknown value"),
        ("targets:\n  - { name: a, kind: files }\n", 2, "targets[0]", "directory"),
        ("targets:\n  - { name: a, kind: files, directory: d }\n  - { name: a, kind: files, directory: e }\n", 3, "targets[1].name", "defined twice"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    format: xml\n", 5, "targets[0].format", "unknown value"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    tables: [golden, events]\n", 5, "targets[0].tables[1]", "unknown value"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    tables: [xref, xref]\n", 5, "targets[0].tables[1]", "listed twice"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    gzip: sometimes\n", 5, "targets[0].gzip", "true or false"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    gzip: true\n    gzip_level: 0\n", 6, "targets[0].gzip_level", "between 1 and 9"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    gzip: true\n    gzip_level: fast\n", 6, "targets[0].gzip_level", "whole number"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    gzip_level: 3\n", 5, "targets[0].gzip_level", "needs gzip: true"),
        ("targets:\n  - name: a\n    kind: files\n    directory: d\n    schema: x\n", 5, "targets[0].schema", "unknown key"),
        ("targets:\n  - name: pg\n    kind: postgres\n    url: mysql://x@h/d\n", 4, "targets[0].url", "postgres://"),
        ("targets:\n  - name: pg\n    kind: postgres\n    url: postgres://u@h/d?sslmode=maybe\n", 4, "targets[0].url", "sslmode"),
        ("targets:\n  - name: pg\n    kind: postgres\n    url: postgres://u@h/d\n    url_env: X\n", 4, "targets[0].url", "not both"),
        ("targets:\n  - name: pg\n    kind: postgres\n    url_env: 1X\n", 4, "targets[0].url_env", "environment variable"),
        ("targets:\n  - name: pg\n    kind: postgres\n    schema: Golden\n", 4, "targets[0].schema", "schema names"),
        ("targets:\n  - name: pg\n    kind: postgres\n    schema: 9lives\n", 4, "targets[0].schema", "schema names"),
        ("targets:\n  - name: pg\n    kind: postgres\n    batch_size: 0\n", 4, "targets[0].batch_size", "between"),
        ("targets:\n  - name: pg\n    kind: postgres\n    directory: d\n", 4, "targets[0].directory", "unknown key"),
    ] as [(String, Int, String?, String)])
    func reportsConfigErrors(yaml: String, line: Int, key: String?, message: String) {
        do {
            _ = try PublishConfig.parse(yaml: yaml, file: "Mappings/publish.yml")
            Issue.record("parsed")
        } catch {
            #expect(error.code == .config)
            #expect(error.location?.file == "Mappings/publish.yml")
            #expect(error.location?.line == line, "\(error)")
            #expect(error.location?.key == key, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    /// A URL in an error would show its password: the message says what is wrong, not the URL.
    @Test func aBadURLIsNotRepeated() {
        do {
            _ = try PublishConfig.parse(
                yaml: "targets:\n  - { name: pg, kind: postgres, url: 'postgres://u:hunter2@h/d?sslmode=x' }\n", file: "p.yml")
            Issue.record("parsed")
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
    }
}
