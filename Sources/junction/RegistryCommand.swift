import ArgumentParser
import Foundation
import Logging
import Registry

/// `junction registry`: operator tasks against a registry's database.
struct RegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry", abstract: "Operate a registry's database.", subcommands: [Migrate.self, Admin.self])

    struct DatabaseOptions: ParsableArguments {
        @Option(help: "PostgreSQL URL (default: the DATABASE_URL environment variable).")
        var databaseURL: String?

        func withDatabase<T: Sendable>(_ body: @Sendable @escaping (Registry.Database) async throws -> T) async throws -> T {
            guard let url = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] else {
                throw CommandFailure.usage("give --database-url or set DATABASE_URL")
            }
            let client: Registry.Database
            do {
                client = Registry.Database(client: try Registry.Database.client(url: url), logger: Logger(label: "junction.registry"))
            } catch {
                throw CommandFailure.usage(error.message)
            }
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    await client.client.run()
                    return nil
                }
                defer { group.cancelAll() }
                do {
                    return try await body(client)
                } catch let e as CommandFailure {
                    throw e
                } catch {
                    throw CommandFailure.problem("\(error)")
                }
            }
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply pending migrations (safe to run from several registries at once).")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let applied = try await db.withDatabase { try await RegistryAdmin.migrate($0) }
            print(applied.isEmpty ? "the database is up to date" : "applied: \(applied.joined(separator: ", "))")
        }
    }

    struct Admin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Administration.", subcommands: [Bootstrap.self])

        struct Bootstrap: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Create an admin token (printed once; only its hash is stored).")
            @OptionGroup var db: DatabaseOptions

            func run() async throws {
                let token = try await db.withDatabase { database in
                    try await RegistryAdmin.migrate(database)
                    return try await RegistryAdmin.bootstrapAdminToken(database)
                }
                print(token)
            }
        }
    }
}
