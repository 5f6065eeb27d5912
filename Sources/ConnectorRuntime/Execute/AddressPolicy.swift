import ConnectorSDK
import Foundation
import NIOPosix
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Which network addresses operations may reach. A manifest's `hosts` say which names a connector
/// may call; this says where those names may lead: by default never to loopback, private,
/// link-local, shared (CGNAT), multicast or unspecified addresses, checked after DNS resolution so a
/// public name pointing inwards is caught too.
public struct AddressPolicy: Sendable {
    /// Allows every address (local servers in development and tests).
    public var allowPrivate: Bool
    /// Answers already looked up, for `ttl` seconds: a name is resolved once per interval, not per request.
    let cache = ResolvedHosts()
    /// How long a lookup is reused.
    public var ttl: Double = 30

    public init(allowPrivate: Bool = false) { self.allowPrivate = allowPrivate }

    /// Resolves `host` and throws `address_not_allowed` when any of its addresses is not public.
    public func check(host: String) async throws(OperationError) {
        guard !allowPrivate else { return }
        let addresses: [IPAddress]
        if let literal = IPAddress(literal: host) {
            addresses = [literal]
        } else if let cached = cache.get(host) {
            addresses = cached
        } else {
            do {
                addresses = try await NIOThreadPool.singleton.runIfActive { try Self.resolve(host) }
            } catch {
                throw OperationError(code: "dns_failed", step: "request", message: "\(host) could not be resolved")
            }
            cache.put(host, addresses, ttl: ttl)
        }
        guard !addresses.isEmpty else {
            throw OperationError(code: "dns_failed", step: "request", message: "\(host) has no addresses")
        }
        if let bad = addresses.first(where: { !$0.isPublic }) {
            throw OperationError(
                code: "address_not_allowed", step: "request",
                message: "\(host) resolves to \(bad), a \(bad.kind) address; connectors may call public addresses only")
        }
    }

    static func resolve(_ host: String) throws -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        guard getaddrinfo(name, nil, &hints, &result) == 0, let first = result else { throw CancellationError() }
        defer { freeaddrinfo(first) }
        var out: [IPAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let ai = cursor {
            if let sa = ai.pointee.ai_addr {
                if ai.pointee.ai_family == AF_INET {
                    sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                        out.append(.v4(UInt32(bigEndian: $0.pointee.sin_addr.s_addr)))
                    }
                } else if ai.pointee.ai_family == AF_INET6 {
                    sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                        out.append(.v6(withUnsafeBytes(of: $0.pointee.sin6_addr) { Array($0) }))
                    }
                }
            }
            cursor = ai.pointee.ai_next
        }
        return out
    }
}

/// Recent lookups by host name (bounded; entries expire).
final class ResolvedHosts: Sendable {
    struct Entry {
        var addresses: [IPAddress]
        var expires: Double
    }
    let entries = Mutex<[String: Entry]>([:])

    func get(_ host: String) -> [IPAddress]? {
        let now = Date().timeIntervalSince1970
        return entries.withLock { e in
            guard let hit = e[host], hit.expires > now else { return nil }
            return hit.addresses
        }
    }

    func put(_ host: String, _ addresses: [IPAddress], ttl: Double) {
        let expires = Date().timeIntervalSince1970 + ttl
        entries.withLock { e in
            if e.count >= 1024 { e.removeAll() }
            e[host] = Entry(addresses: addresses, expires: expires)
        }
    }
}

/// An IPv4 or IPv6 address and the range it falls in.
enum IPAddress: Sendable, Equatable, CustomStringConvertible {
    case v4(UInt32)
    case v6([UInt8])

    /// An address written as one (`10.0.0.1`, `::1`, `[::1]`), parsed without a lookup.
    init?(literal host: String) {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        var v4 = in_addr()
        if inet_pton(AF_INET, name, &v4) == 1 {
            self = .v4(UInt32(bigEndian: v4.s_addr))
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, name, &v6) == 1 {
            self = .v6(withUnsafeBytes(of: v6) { Array($0) })
            return
        }
        return nil
    }

    /// `loopback`, `private`, `link-local`, `shared`, `multicast`, `unspecified`, `reserved` or `public`.
    var kind: String {
        switch self {
        case .v4(let a):
            func inNet(_ net: UInt32, _ bits: UInt32) -> Bool { a >> (32 - bits) == net >> (32 - bits) }
            if inNet(0x7F00_0000, 8) { return "loopback" }
            if inNet(0x0A00_0000, 8) || inNet(0xAC10_0000, 12) || inNet(0xC0A8_0000, 16) { return "private" }
            if inNet(0xA9FE_0000, 16) { return "link-local" }
            if inNet(0x6440_0000, 10) { return "shared" }
            if inNet(0xE000_0000, 4) { return "multicast" }
            if inNet(0x0000_0000, 8) { return "unspecified" }
            if inNet(0xF000_0000, 4) || inNet(0xC000_0000, 24) || inNet(0xC612_0000, 15) { return "reserved" }
            return "public"
        case .v6(let b):
            if b.allSatisfy({ $0 == 0 }) { return "unspecified" }
            if b[0..<15].allSatisfy({ $0 == 0 }) && b[15] == 1 { return "loopback" }
            if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF {
                let v4 = UInt32(b[12]) << 24 | UInt32(b[13]) << 16 | UInt32(b[14]) << 8 | UInt32(b[15])
                return IPAddress.v4(v4).kind
            }
            if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "link-local" }
            if b[0] & 0xFE == 0xFC { return "private" }
            if b[0] == 0xFF { return "multicast" }
            return "public"
        }
    }

    var isPublic: Bool { kind == "public" }

    var description: String {
        switch self {
        case .v4(let a): return "\(a >> 24).\(a >> 16 & 0xFF).\(a >> 8 & 0xFF).\(a & 0xFF)"
        case .v6(let b):
            return stride(from: 0, to: 16, by: 2).map { String(UInt16(b[$0]) << 8 | UInt16(b[$0 + 1]), radix: 16) }.joined(separator: ":")
        }
    }
}
