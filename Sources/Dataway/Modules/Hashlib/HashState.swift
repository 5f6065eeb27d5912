import Crypto

/// A running hash of one of the algorithms `hashlib` offers, backed by swift-crypto. A value
/// type, so `copy()` is a plain copy.
enum HashState {
    case md5(Insecure.MD5)
    case sha1(Insecure.SHA1)
    case sha256(SHA256)
    case sha384(SHA384)
    case sha512(SHA512)

    /// The algorithms by their `hashlib` name.
    static let names = ["md5", "sha1", "sha256", "sha384", "sha512"]

    init?(name: String) {
        switch name.lowercased() {
        case "md5": self = .md5(Insecure.MD5())
        case "sha1": self = .sha1(Insecure.SHA1())
        case "sha256": self = .sha256(SHA256())
        case "sha384": self = .sha384(SHA384())
        case "sha512": self = .sha512(SHA512())
        default: return nil
        }
    }

    var name: String {
        switch self {
        case .md5: return "md5"
        case .sha1: return "sha1"
        case .sha256: return "sha256"
        case .sha384: return "sha384"
        case .sha512: return "sha512"
        }
    }

    var digestSize: Int {
        switch self {
        case .md5: return 16
        case .sha1: return 20
        case .sha256: return 32
        case .sha384: return 48
        case .sha512: return 64
        }
    }

    var blockSize: Int {
        switch self {
        case .md5, .sha1, .sha256: return 64
        case .sha384, .sha512: return 128
        }
    }

    mutating func update(_ data: [UInt8]) {
        switch self {
        case .md5(var h):
            h.update(data: data)
            self = .md5(h)
        case .sha1(var h):
            h.update(data: data)
            self = .sha1(h)
        case .sha256(var h):
            h.update(data: data)
            self = .sha256(h)
        case .sha384(var h):
            h.update(data: data)
            self = .sha384(h)
        case .sha512(var h):
            h.update(data: data)
            self = .sha512(h)
        }
    }

    /// The digest so far (the running state is left as it is).
    func digest() -> [UInt8] {
        switch self {
        case .md5(let h): return Array(h.finalize())
        case .sha1(let h): return Array(h.finalize())
        case .sha256(let h): return Array(h.finalize())
        case .sha384(let h): return Array(h.finalize())
        case .sha512(let h): return Array(h.finalize())
        }
    }
}

/// A running HMAC, backed by swift-crypto's `HMAC`.
enum HMACState {
    case md5(HMAC<Insecure.MD5>)
    case sha1(HMAC<Insecure.SHA1>)
    case sha256(HMAC<SHA256>)
    case sha384(HMAC<SHA384>)
    case sha512(HMAC<SHA512>)

    init(algorithm: HashState, key: [UInt8]) {
        let k = SymmetricKey(data: key)
        switch algorithm {
        case .md5: self = .md5(HMAC(key: k))
        case .sha1: self = .sha1(HMAC(key: k))
        case .sha256: self = .sha256(HMAC(key: k))
        case .sha384: self = .sha384(HMAC(key: k))
        case .sha512: self = .sha512(HMAC(key: k))
        }
    }

    mutating func update(_ data: [UInt8]) {
        switch self {
        case .md5(var h):
            h.update(data: data)
            self = .md5(h)
        case .sha1(var h):
            h.update(data: data)
            self = .sha1(h)
        case .sha256(var h):
            h.update(data: data)
            self = .sha256(h)
        case .sha384(var h):
            h.update(data: data)
            self = .sha384(h)
        case .sha512(var h):
            h.update(data: data)
            self = .sha512(h)
        }
    }

    func digest() -> [UInt8] {
        switch self {
        case .md5(let h): return Array(h.finalize())
        case .sha1(let h): return Array(h.finalize())
        case .sha256(let h): return Array(h.finalize())
        case .sha384(let h): return Array(h.finalize())
        case .sha512(let h): return Array(h.finalize())
        }
    }
}
