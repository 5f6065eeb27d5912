import ConnectorSDK
import Foundation
import Logging

/// Operator tasks: migrate, bootstrap the first admin token, seed the example connectors.
public enum RegistryAdmin {
    /// Applies pending migrations; returns their names.
    @discardableResult
    public static func migrate(_ database: Database) async throws -> [String] {
        try await Migrator(database: database).migrate(try Migration.registry())
    }

    /// Creates an admin token and returns its text (shown once).
    public static func bootstrapAdminToken(_ database: Database, name: String = "bootstrap admin") async throws -> String {
        let (secret, _) = try await AccountStore(database: database).createToken(
            vendorID: nil, name: name, scopes: [Scope.admin.rawValue], isAdmin: true, expiresAt: nil, actor: nil)
        return secret.text
    }

    /// Whether the registry holds no connector yet.
    public static func isEmpty(_ database: Database) async throws -> Bool {
        try await SearchStore(database: database).counts().connectors == 0
    }

    /// Creates vendor `vendor` if needed, registers `key`, and publishes every connector folder in
    /// `folders` signed with it: a fresh registry then shows real connectors. Returns `name@version` of each.
    public static func seed(_ database: Database, vendor: String, folders: [URL], key: SigningKey) async throws -> [String] {
        let accounts = AccountStore(database: database)
        var existing = try await accounts.vendor(named: vendor)
        if existing == nil { existing = try await accounts.createVendor(name: vendor, displayName: "Junction examples", actor: nil) }
        guard let owner = existing else { return [] }
        if try await !accounts.keys(vendorID: owner.id).contains(where: { $0.keyID == key.keyID && $0.revokedAt == nil }) {
            try await accounts.addKey(vendorID: owner.id, key: key.verifyingKey, name: "dev", actor: nil)
        }
        let principal = Principal(
            tokenID: 0, vendorID: owner.id, vendorName: vendor, scopes: [Scope.publish.rawValue], isAdmin: false)
        var published: [String] = []
        for folder in folders {
            let bytes = try PackageWriter.pack(folder: folder)
            let signature = try PackageSignature.sign(digest: PackageArchive.digest(of: bytes), with: key)
            let header = Data(try signature.json()).base64EncodedString()
            let checked = try await PublishPipeline(allowUnsigned: false).check(bytes: bytes, signatureHeader: header, principal: principal)
            {
                $1 == key.keyID ? key.verifyingKey : nil
            }
            _ = try await PublishStore(database: database).publish(checked, vendorID: owner.id, actor: nil)
            published.append("\(checked.manifest.name)@\(checked.manifest.version)")
        }
        return published
    }
}
