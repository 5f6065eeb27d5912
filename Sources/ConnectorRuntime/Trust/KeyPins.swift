import ConnectorSDK
import Foundation

/// The signing keys trusted for each vendor, pinned on first use (trust on first use, as SSH does
/// with host keys): `<root>/trust/<vendor>.json`.
///
/// The first package loaded from a vendor pins the key that signed it. Later packages must be signed
/// by a pinned key; a registry that starts serving another key for that vendor is refused until the
/// operator trusts the new key (`trust(_:vendor:)`, or `junction runtime trust`).
public struct KeyPins: Sendable {
    public let root: String

    public init(root: String) throws(RuntimeError) {
        self.root = root
        try AtomicFile.makeDirectory(root + "/trust")
    }

    func path(_ vendor: String) -> String { "\(root)/trust/\(vendor).json" }

    /// The keys pinned for `vendor` (empty when none is yet).
    public func pinned(_ vendor: String) throws(RuntimeError) -> [String: VerifyingKey] {
        guard let bytes = try AtomicFile.read(path(vendor)) else { return [:] }
        guard case .object(let o)? = try? JSONValue.parse(bytes), case .array(let keys)? = o["keys"] else {
            throw RuntimeError.cacheCorrupt(
                "the key pin file \(path(vendor)) is not {\"keys\": [...]}; restore it or delete it to pin again")
        }
        var out: [String: VerifyingKey] = [:]
        for k in keys {
            guard let text = k.stringValue, let key = try? VerifyingKey(text: text) else {
                throw RuntimeError.cacheCorrupt("the key pin file \(path(vendor)) holds something that is not a public key")
            }
            out[key.keyID] = key
        }
        return out
    }

    /// Pins `key` for `vendor` if the vendor has no pin yet; returns the pins that hold afterwards
    /// (another process may have pinned first: its pins win and are returned).
    func pinFirst(_ key: VerifyingKey, vendor: String) throws(RuntimeError) -> [String: VerifyingKey] {
        _ = try AtomicFile.create(Self.document([key]), at: path(vendor))
        return try pinned(vendor)
    }

    /// Adds `key` to the vendor's trusted keys (the operator's decision after a key rotation).
    public func trust(_ key: VerifyingKey, vendor: String) throws(RuntimeError) {
        var keys = try pinned(vendor)
        keys[key.keyID] = key
        try AtomicFile.write(Self.document(Array(keys.values)), to: path(vendor))
    }

    static func document(_ keys: [VerifyingKey]) -> [UInt8] {
        let doc: JSONValue = ["keys": .array(keys.map(\.text).sorted().map(JSONValue.string))]
        return Array((doc.jsonText(indent: 2) + "\n").utf8)
    }
}
