import Crypto
import Foundation

/// The operator's master keys: the current one wraps new tenant data keys; older ones stay readable
/// until every data key has been re-wrapped (rotation without downtime).
///
/// Text form: `id:base64key[,id:base64key...]`, the first being current (each key 32 bytes).
public struct MasterKeyRing: Sendable {
    public let currentID: String
    let keys: [String: SymmetricKey]

    public init(text: String) throws(RuntimeError) {
        var keys: [String: SymmetricKey] = [:]
        var first: String?
        for part in text.split(separator: ",") {
            let pieces = part.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            guard pieces.count == 2, !pieces[0].isEmpty, let raw = Data(base64Encoded: String(pieces[1])), raw.count == 32 else {
                throw RuntimeError.vault("a master key is written id:BASE64 with 32 bytes of key (openssl rand -base64 32)")
            }
            let id = String(pieces[0])
            guard keys[id] == nil else { throw RuntimeError.vault("master key id \(id) appears twice") }
            keys[id] = SymmetricKey(data: raw)
            if first == nil { first = id }
        }
        guard let first else { throw RuntimeError.vault("no master key given") }
        self.currentID = first
        self.keys = keys
    }

    /// A new random key ring text with one key named `id`.
    public static func generateText(id: String = "k1") -> String {
        "\(id):" + SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
    }

    func key(_ id: String) throws(RuntimeError) -> SymmetricKey {
        guard let k = keys[id] else {
            throw RuntimeError.vault("a data key is wrapped by master key \(id), which is not configured; add it back to the key ring")
        }
        return k
    }

    /// The ids configured.
    public var ids: [String] { keys.keys.sorted() }
}
