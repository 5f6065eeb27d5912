import ConnectorSDK
import Foundation
import Logging
import PostgresNIO
import Registry
import Testing

@Suite("Registry: concurrency and migrations", .serialized)
struct ConcurrencyAndMigrationTests {
    @Test func fiftyConcurrentPublishesOfOneVersion() async throws {
        let registry = try await TestRegistry.start("concurrent")
        defer { Task { await registry.stop() } }
        let (token, key) = try await registry.vendor("acme")
        let same = try TestPackages.archive(name: "acme/race", version: "1.0.0")
        let different = try TestPackages.archive(name: "acme/race", version: "1.0.0", summary: "Other bytes")
        let statuses = try await withThrowingTaskGroup(of: (Bool, Int).self) { group in
            for i in 0..<50 {
                group.addTask {
                    let bytes = i % 5 == 4 ? different : same
                    return (i % 5 == 4, try await registry.publish(bytes, token: token, key: key).status)
                }
            }
            var out: [(Bool, Int)] = []
            for try await s in group { out.append(s) }
            return out
        }
        let created = statuses.filter { $0.1 == 201 }.count
        #expect(created == 1, "\(statuses)")
        #expect(statuses.allSatisfy { [200, 201, 409].contains($0.1) })
        let winnerIsSame = statuses.contains { !$0.0 && $0.1 == 201 }
        for (isDifferent, status) in statuses where status != 201 {
            #expect(status == (isDifferent == winnerIsSame ? 409 : 200))
        }
        var rows = 0
        for try await _ in try await registry.database.client.query(
            "SELECT 1 FROM versions v JOIN connectors c ON c.id = v.connector_id WHERE c.name = 'acme/race'",
            logger: registry.database.logger)
        {
            rows += 1
        }
        #expect(rows == 1)
    }

    @Test func migrationsAreIdempotentLockedAndChecked() async throws {
        let (server, name) = try await TestPostgres.shared.database(prefix: "migrate")
        let logger = Logger(label: "test")
        let db = Registry.Database(client: try Registry.Database.client(url: server.url(database: name)), logger: logger)
        let other = Registry.Database(client: try Registry.Database.client(url: server.url(database: name)), logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await db.client.run() }
            group.addTask { await other.client.run() }
            // Two registries migrating at once: one applies, the other waits and finds nothing to do.
            async let a = Migrator(database: db).migrate(try Migration.registry())
            async let b = Migrator(database: other).migrate(try Migration.registry())
            let (x, y) = try await (a, b)
            #expect(Set(x + y) == Set(try Migration.registry().map(\.name)))
            #expect(x.isEmpty || y.isEmpty)
            #expect(try await Migrator(database: db).migrate(try Migration.registry()) == [])
            var changed = try Migration.registry()
            changed[0].sql += "\n-- edited\n"
            do {
                try await Migrator(database: db).migrate(changed)
                Issue.record("a changed migration must be refused")
            } catch let e as DatabaseError {
                #expect(e.message.contains("was changed after it was applied"))
            }
            let added = try Migration.registry() + [Migration(name: "9999_test", sql: "CREATE TABLE t1 (a int); CREATE TABLE t2 (b int);")]
            #expect(try await Migrator(database: db).migrate(added) == ["9999_test"])
            let broken = added + [Migration(name: "9999_zz_broken", sql: "CREATE TABLE t3 (a int); SELECT nonsense FROM nowhere;")]
            await #expect(throws: (any Error).self) { try await Migrator(database: db).migrate(broken) }
            var t3 = 0
            for try await _ in try await db.client.query("SELECT 1 FROM pg_tables WHERE tablename = 't3'", logger: logger) { t3 += 1 }
            #expect(t3 == 0, "a failed migration leaves nothing behind")
            group.cancelAll()
        }
    }
}

@Suite("Registry: the OpenAPI document matches the routes")
struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Registry/Resources/openapi.yaml")
        let doc = try YAMLDocument.parse(try String(contentsOf: url, encoding: .utf8), file: "openapi.yaml").value
        var documented = Set<String>()
        for (path, item) in doc["paths"]?.objectValue ?? [:] {
            for method in (item.objectValue ?? [:]).keys where ["get", "head", "post", "put", "patch", "delete"].contains(method) {
                documented.insert("\(method.uppercased()) \(path)")
            }
        }
        let client = try Registry.Database.client(url: "postgres://nobody@127.0.0.1:1/none")
        let routes = RegistryApplication.apiRoutes(
            configuration: RegistryConfiguration(), database: Registry.Database(client: client, logger: Logger(label: "t")))
        let served = Set(
            routes.map { "\($0.method) \($0.path)" }.filter {
                !$0.hasSuffix(" /") && !$0.contains(" /connectors/") && !$0.hasSuffix(" /search")
            })
        #expect(served.subtracting(documented).sorted() == [], "routes missing from openapi.yaml")
        #expect(documented.subtracting(served).sorted() == [], "documented routes that do not exist")
        #expect(served.count >= 19)
    }
}
