import Foundation

/// Runs the real `junction` binary built next to the tests.
public struct CLI {
    public static let binary: URL = {
        // The test runner sits in the build folder next to the `junction` executable.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("junction")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/junction")
    }()

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static func run(_ args: [String], environment: [String: String]? = nil) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// `run` on a dispatch thread: waiting for the process does not hold one of Swift's cooperative
    /// threads, which in-process servers (a test registry) need to answer the process.
    public static func runAsync(_ args: [String], environment: [String: String]? = nil) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Swift.Result { try run(args, environment: environment) })
            }
        }
    }

    /// This process's scratch folder, removed when the test process exits.
    public static let scratch: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("junction-cli-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: CLI.scratch) }
        return dir
    }()

    public static func file(_ name: String, _ text: String) throws -> String {
        let dir = scratch
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
