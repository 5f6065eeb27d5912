import Crypto
import Foundation

/// A tenant's data key wrapped (AES-256-GCM) by a master key.
public struct WrappedKey: Sendable, Equatable {
    public var masterKeyID: String
    public var bytes: [UInt8]

    public init(masterKeyID: String, bytes: [UInt8]) {
        self.masterKeyID = masterKeyID
        self.bytes = bytes
    }
}

/// Envelope encryption for connection secrets: each tenant has a random 256-bit data key, stored
/// wrapped by the master key; secrets are sealed with AES-256-GCM under the data key with the tenant
/// and connection ids as associated data, so a ciphertext copied to another row does not open.
public struct CredentialVault: Sendable {
    public let ring: MasterKeyRing

    public init(ring: MasterKeyRing) { self.ring = ring }

    static func keyContext(tenant: UUID) -> Data { Data("junction/vault/v1/data-key/tenant=\(tenant.uuidString.lowercased())".utf8) }
    static func secretContext(tenant: UUID, connection: UUID) -> Data {
        Data("junction/vault/v1/secret/tenant=\(tenant.uuidString.lowercased())/connection=\(connection.uuidString.lowercased())".utf8)
    }

    /// A fresh data key for `tenant`, wrapped by the current master key.
    public func newDataKey(tenant: UUID) throws(RuntimeError) -> (key: SymmetricKey, wrapped: WrappedKey) {
        let key = SymmetricKey(size: .bits256)
        return (key, try wrap(key, tenant: tenant))
    }

    func wrap(_ key: SymmetricKey, tenant: UUID) throws(RuntimeError) -> WrappedKey {
        let master = try ring.key(ring.currentID)
        do {
            let sealed = try key.withUnsafeBytes { raw in
                try AES.GCM.seal(Data(raw), using: master, authenticating: Self.keyContext(tenant: tenant))
            }
            guard let combined = sealed.combined else { throw RuntimeError.vault("cannot wrap the data key") }
            return WrappedKey(masterKeyID: ring.currentID, bytes: Array(combined))
        } catch {
            throw RuntimeError.vault("cannot wrap the data key")
        }
    }

    /// The tenant's data key.
    public func unwrap(_ wrapped: WrappedKey, tenant: UUID) throws(RuntimeError) -> SymmetricKey {
        let master = try ring.key(wrapped.masterKeyID)
        do {
            let box = try AES.GCM.SealedBox(combined: wrapped.bytes)
            return SymmetricKey(data: try AES.GCM.open(box, using: master, authenticating: Self.keyContext(tenant: tenant)))
        } catch {
            throw RuntimeError.vault(
                "the tenant's data key does not open with master key \(wrapped.masterKeyID) (wrong key or another tenant's row)")
        }
    }

    /// The same data key wrapped by the current master key (`nil` when it already is).
    public func rewrap(_ wrapped: WrappedKey, tenant: UUID) throws(RuntimeError) -> WrappedKey? {
        guard wrapped.masterKeyID != ring.currentID else { return nil }
        return try wrap(try unwrap(wrapped, tenant: tenant), tenant: tenant)
    }

    /// Seals `plaintext` for one connection of one tenant.
    public static func seal(_ plaintext: [UInt8], key: SymmetricKey, tenant: UUID, connection: UUID) throws(RuntimeError) -> [UInt8] {
        do {
            let box = try AES.GCM.seal(plaintext, using: key, authenticating: secretContext(tenant: tenant, connection: connection))
            guard let combined = box.combined else { throw RuntimeError.vault("cannot seal the secret") }
            return Array(combined)
        } catch {
            throw RuntimeError.vault("cannot seal the secret")
        }
    }

    /// Opens what `seal` produced for the same tenant and connection; anything else fails.
    public static func open(_ ciphertext: [UInt8], key: SymmetricKey, tenant: UUID, connection: UUID) throws(RuntimeError) -> [UInt8] {
        do {
            let box = try AES.GCM.SealedBox(combined: ciphertext)
            return Array(try AES.GCM.open(box, using: key, authenticating: secretContext(tenant: tenant, connection: connection)))
        } catch {
            throw RuntimeError.vault(
                "the connection's secrets do not decrypt for this tenant and connection; the row was tampered with or moved")
        }
    }
}
