import ConnectorSDK
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A connection kept in the user's own JSON file (for `junction invoke`): either the fields as a flat
/// object, or `{"fields": {...}, "tokens": {...}}`. Updates hold an exclusive `flock` on the file, so
/// two processes never spend the same refresh token, and rewrite it atomically (mode 0600).
public struct FileCredentialStore: CredentialStore {
    public let path: String

    public init(path: String) { self.path = path }

    public func read() async throws(RuntimeError) -> ConnectionSecrets {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuntimeError.connectionInvalid("cannot read the connection file \(path)")
        }
        return try Self.parse(Array(data), path: path)
    }

    static func parse(_ bytes: [UInt8], path: String) throws(RuntimeError) -> ConnectionSecrets {
        guard let value = try? JSONValue.parse(bytes), case .object(let o) = value else {
            throw RuntimeError.connectionInvalid("\(path) is not a JSON object of connection fields")
        }
        if o["fields"] != nil { return try ConnectionSecrets.decode(bytes) }
        return ConnectionSecrets(fields: value)
    }

    public func update<T: Sendable>(_ body: @Sendable (inout ConnectionSecrets) async throws(RuntimeError) -> T) async throws(RuntimeError)
        -> T
    {
        let fd = open(path + ".lock", O_RDWR | O_CREAT, 0o600)
        guard fd >= 0 else { throw RuntimeError.connectionInvalid("cannot lock \(path): \(AtomicFile.errnoText())") }
        defer { close(fd) }
        // flock blocks a thread; connection files are a CLI convenience, so that is acceptable here.
        guard flock(fd, LOCK_EX) == 0 else { throw RuntimeError.connectionInvalid("cannot lock \(path): \(AtomicFile.errnoText())") }
        defer { flock(fd, LOCK_UN) }
        var secrets = try await read()
        let before = secrets
        let result = try await body(&secrets)
        if secrets != before { try AtomicFile.write(try secrets.encoded() + [10], to: path, mode: 0o600) }
        return result
    }
}
