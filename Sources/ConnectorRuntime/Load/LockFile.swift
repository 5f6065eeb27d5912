import ConnectorSDK
import Foundation

/// `junction.lock`: the exact version, digest and signing key chosen for each connector reference,
/// reused until an update is asked for, so every run of a project loads the same bytes.
public struct LockFile: Sendable, Equatable {
    /// One locked connector.
    public struct Entry: Sendable, Equatable, Codable {
        /// The range as the user wrote it; a lock entry only serves the same range.
        public var range: String
        public var version: String
        public var digest: String
        public var keyID: String?

        enum CodingKeys: String, CodingKey {
            case range, version, digest
            case keyID = "key_id"
        }
    }

    /// By connector name (`vendor/name`).
    public var connectors: [String: Entry] = [:]

    public init() {}

    /// Reads the lock file at `path`; an absent file is an empty lock.
    public static func read(_ path: String) throws(RuntimeError) -> LockFile {
        guard FileManager.default.fileExists(atPath: path) else { return LockFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuntimeError.lockInvalid("\(path) cannot be read")
        }
        struct Document: Codable {
            var lockfileVersion: Int
            var connectors: [String: Entry]
            enum CodingKeys: String, CodingKey {
                case lockfileVersion = "lockfile_version"
                case connectors
            }
        }
        guard let doc = try? JSONDecoder().decode(Document.self, from: data) else {
            throw RuntimeError.lockInvalid(
                "\(path) is not a Junction lock file ({\"lockfile_version\": 1, \"connectors\": {...}}); fix it or delete it to resolve again"
            )
        }
        guard doc.lockfileVersion == 1 else {
            throw RuntimeError.lockInvalid("\(path) has lockfile_version \(doc.lockfileVersion); this runtime reads version 1")
        }
        for (name, entry) in doc.connectors where !PackageArchive.isWellFormedDigest(entry.digest) {
            throw RuntimeError.lockInvalid("\(path): \(name) has digest \"\(entry.digest)\", which is not sha256:<64 hex>")
        }
        var lock = LockFile()
        lock.connectors = doc.connectors
        return lock
    }

    /// Writes the lock atomically, keys sorted so diffs stay small.
    public func write(_ path: String) throws(RuntimeError) {
        var members: [(String, JSONValue)] = []
        for name in connectors.keys.sorted() {
            guard let e = connectors[name] else { continue }
            members.append(
                (
                    name,
                    [
                        "range": .string(e.range), "version": .string(e.version), "digest": .string(e.digest),
                        "key_id": e.keyID.map(JSONValue.string) ?? .null,
                    ]
                ))
        }
        var connectorsValue = JSONValue.object([:])
        for (k, v) in members { connectorsValue = connectorsValue.setting([.key(k)], to: v) }
        let doc: JSONValue = ["lockfile_version": 1, "connectors": connectorsValue]
        try AtomicFile.write(Array((doc.jsonText(indent: 2) + "\n").utf8), to: path)
    }

    /// The locked choice for `reference`, when the lock has one for the same range.
    public func entry(for reference: ConnectorReference) -> Entry? {
        guard let e = connectors[reference.name], e.range == reference.rangeText else { return nil }
        return e
    }

    /// Records `resolution` as the choice for `reference`.
    public mutating func record(_ resolution: Resolution, for reference: ConnectorReference) {
        connectors[reference.name] = Entry(
            range: reference.rangeText, version: resolution.version, digest: resolution.digest, keyID: resolution.keyID)
    }
}
