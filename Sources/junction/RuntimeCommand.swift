import ArgumentParser
import ConnectorRuntime
import ConnectorSDK
import Foundation
import Logging
import Registry

/// `junction runtime`: operator tasks for the runtime (its database, tenants, keys).
struct RuntimeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runtime", abstract: "Operate the runtime: migrations, tenants, master keys, trusted vendor keys.",
        subcommands: [Migrate.self, TenantCreate.self, RotateMasterKey.self, Trust.self])

    struct Options: ParsableArguments {
        @Option(help: "PostgreSQL URL of the database owner (default: the DATABASE_URL environment variable).")
        var databaseURL: String?

        /// Runs `body` with the owner's and the service role's databases, after the runtime's migrations.
        func withRuntime<T: Sendable>(_ body: @Sendable @escaping (TenantStore) async throws -> T) async throws -> T {
            guard let url = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"] else {
                throw CommandFailure.usage("give --database-url or set DATABASE_URL")
            }
            let logger = Logger(label: "junction.runtime")
            let password = RuntimeSecrets.servicePassword()
            guard let serviceURL = RuntimeDatabase.serviceURL(adminURL: url, password: password) else {
                throw CommandFailure.usage("\(DatabaseURL.redacted(url)) is not a postgres:// URL")
            }
            let admin: Database
            let service: Database
            do {
                admin = Database(client: try Database.client(url: url, maxConnections: 2), logger: logger)
                service = Database(client: try Database.client(url: serviceURL, maxConnections: 4), logger: logger)
            } catch {
                throw CommandFailure.usage(error.message)
            }
            let ring = try RuntimeSecrets.masterKeys()
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    await admin.client.run()
                    return nil
                }
                group.addTask {
                    await service.client.run()
                    return nil
                }
                defer { group.cancelAll() }
                do {
                    try await RuntimeDatabase.migrate(admin: admin, servicePassword: password)
                    return try await body(TenantStore(db: RuntimeDatabase(service: service), vault: CredentialVault(ring: ring)))
                } catch let e as CommandFailure {
                    throw e
                } catch let e as RuntimeError {
                    throw CommandFailure.problem("error: \(e.code): \(e.message)")
                } catch {
                    throw CommandFailure.problem("error: \(error)")
                }
            }
        }
    }

    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply the runtime's pending migrations.")
        @OptionGroup var options: Options

        func run() async throws {
            _ = try await options.withRuntime { _ in true }
            print("the runtime's tables are up to date")
        }
    }

    struct TenantCreate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-tenant", abstract: "Create a tenant and print its first API token (shown once).")
        @OptionGroup var options: Options
        @Argument(help: "The tenant's name (a-z, 0-9, -).")
        var name: String

        func run() async throws {
            let token = try await options.withRuntime { try await $0.create(name: name).1.text }
            print(token)
        }
    }

    struct RotateMasterKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-master-key",
            abstract: "Re-wrap every tenant's data key with the current (first) master key of JUNCTION_MASTER_KEYS.",
            discussion: "Put the new key first and keep the old one after it until this has run; running services keep working meanwhile.")
        @OptionGroup var options: Options

        func run() async throws {
            let n = try await options.withRuntime { try await $0.rotateMasterKey() }
            print("re-wrapped \(n) data key(s)")
        }
    }

    struct Trust: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trust another signing key for a vendor (after a key rotation the runtime refused).")
        @Argument(help: "The vendor.")
        var vendor: String
        @Argument(help: "The public key (ed25519:BASE64).")
        var publicKey: String
        @Option(help: "The package cache folder (default: ~/.junction/cache).")
        var cache: String?

        func run() async throws {
            do {
                let key = try VerifyingKey(text: publicKey)
                try KeyPins(root: cache ?? NSHomeDirectory() + "/.junction/cache").trust(key, vendor: vendor)
                print("trusted \(key.keyID) for \(vendor)")
            } catch let e as RuntimeError {
                throw CommandFailure.problem("error: \(e.code): \(e.message)")
            } catch {
                throw CommandFailure.usage("\(error)")
            }
        }
    }
}

/// The runtime's secrets from the environment, or (for development) from files under ~/.junction.
enum RuntimeSecrets {
    /// `JUNCTION_MASTER_KEYS`, else `~/.junction/master-keys` (created with a new key when missing).
    static func masterKeys() throws -> MasterKeyRing {
        do {
            if let text = ProcessInfo.processInfo.environment["JUNCTION_MASTER_KEYS"] { return try MasterKeyRing(text: text) }
            let path = Files.home(".junction/master-keys")
            if let data = FileManager.default.contents(atPath: path) {
                return try MasterKeyRing(text: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            let text = MasterKeyRing.generateText()
            guard FileManager.default.createFile(atPath: path, contents: Data((text + "\n").utf8), attributes: [.posixPermissions: 0o600])
            else { throw CommandFailure.problem("error: cannot write \(path)") }
            return try MasterKeyRing(text: text)
        } catch let e as RuntimeError {
            throw CommandFailure.usage("JUNCTION_MASTER_KEYS: \(e.message)")
        }
    }

    /// `JUNCTION_RUNTIME_DB_PASSWORD` (the service role's password), when set.
    static func servicePassword() -> String? { ProcessInfo.processInfo.environment["JUNCTION_RUNTIME_DB_PASSWORD"] }
}
