// swift-tools-version:6.0
// Benchmarks live in their own package so the main build stays lean.
import PackageDescription

let package = Package(
    name: "JunctionBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Junction", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.20.0"),
    ],
    targets: [
        .executableTarget(
            name: "sdk-bench",
            dependencies: [.product(name: "ConnectorSDK", package: "Junction")],
            path: "Sources/sdk-bench"
        ),
        .executableTarget(
            name: "runtime-bench",
            dependencies: [
                .product(name: "ConnectorRuntime", package: "Junction"),
                .product(name: "ConnectorSDK", package: "Junction"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "Sources/runtime-bench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
