import Foundation
import JunctionTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The authorization server of the OAuth2 tests: `Fixtures/oauth_server.py`, built on Python's
/// authlib (installed by `.ci/run`), started as a real process on loopback.
final class OAuthServer: Sendable {
    let process: Process
    /// The server's stdin: it exits when this closes, so it never outlives the test run.
    let input: Pipe
    let port: Int
    let clientID = "junction-tests"
    let clientSecret: String

    init(process: Process, input: Pipe, port: Int, clientSecret: String) {
        self.process = process
        self.input = input
        self.port = port
        self.clientSecret = clientSecret
    }

    var url: String { "http://127.0.0.1:\(port)" }

    static func start(redirectURI: String, accessTTL: Int = 3600, clientSecret: String) throws -> OAuthServer {
        guard let script = Bundle.module.url(forResource: "Fixtures/oauth_server", withExtension: "py") else {
            throw TestSupportError("Fixtures/oauth_server.py is missing from the test bundle")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", script.path, "--port", "0", "--client-id", "junction-tests", "--client-secret", clientSecret, "--redirect-uri",
            redirectURI, "--access-ttl", String(accessTTL), "--scope", "read", "--exit-with-parent",
        ]
        let input = Pipe()
        p.standardInput = input
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // The server prints one line, LISTENING <port>, once it accepts connections.
        var line = Data()
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([10]) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("LISTENING "), let port = Int(text.dropFirst(10)) else {
            p.terminate()
            throw TestSupportError("the OAuth2 server did not start (is authlib installed? python3 -m pip install authlib flask): \(text)")
        }
        return OAuthServer(process: p, input: input, port: port, clientSecret: clientSecret)
    }

    /// Sends SIGTERM; the server exits at once. (Foundation's `waitUntilExit` can spin forever on
    /// Linux once the child is gone, so the tests do not wait for it.)
    func stop() {
        kill(process.processIdentifier, SIGTERM)
    }
}

/// A TCP port nobody listens on right now (bound once and released).
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    addr.sin_port = 0
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
    _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
    return Int(UInt16(bigEndian: addr.sin_port))
}
