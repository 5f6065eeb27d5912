import ArgumentParser
import ConnectorSDK
import Foundation

/// `junction keys`: signing keys for packages.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Manage package signing keys.", subcommands: [Generate.self, Register.self])

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an Ed25519 signing key: the private key file (mode 0600) and the public key to register.")

        @Option(name: .shortAndLong, help: "The private key file to write (default: ~/.junction/keys/KEYID.key).")
        var output: String?

        @Flag(help: "Replace an existing file.")
        var force = false

        @Flag(help: "Print machine-readable JSON.")
        var json = false

        func run() throws {
            let key = SigningKey()
            let path = output ?? Files.home(".junction/keys/\(key.keyID.replacingOccurrences(of: ":", with: "-")).key")
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            do {
                try key.writePrivateKey(to: path, overwrite: force)
            } catch {
                throw CommandFailure.problem(error.message)
            }
            if json {
                print(
                    Output.json([
                        "key_id": .string(key.keyID), "public_key": .string(key.verifyingKey.text), "private_key_file": .string(path),
                    ]))
            } else {
                print("private key: \(path) (mode 0600; keep it secret)")
                print("public key:  \(key.verifyingKey.text)")
                print("key id:      \(key.keyID)")
            }
        }
    }
}

extension KeysCommand {
    /// `junction keys register`: tells the registry about a vendor's public key.
    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a public signing key for a vendor (a token with the manage scope).")

        @Argument(help: "The public key (ed25519:BASE64), or a private key file to take it from.")
        var key: String

        @Option(help: "The vendor namespace.")
        var vendor: String

        @Option(help: "A name for the key.")
        var name: String = ""

        @OptionGroup var options: ClientOptions

        func run() async throws {
            let publicKey: String
            if FileManager.default.fileExists(atPath: key) {
                do {
                    publicKey = try SigningKey.readPrivateKey(from: key).verifyingKey.text
                } catch {
                    throw CommandFailure.usage(error.message)
                }
            } else {
                publicKey = key
            }
            let client = options.client
            let reply = try await client.send(
                .POST, "/v1/vendors/\(URLEncoding.encode(vendor))/keys", json: ["public_key": .string(publicKey), "name": .string(name)])
            let doc = try client.expect(reply, [201])
            if options.json { return print(Output.json(doc)) }
            print("registered \(doc["key_id"]?.stringValue ?? "") for \(vendor)")
        }
    }
}
