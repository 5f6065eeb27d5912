// swift-tools-version:6.0
// Benchmarks live in their own package so the main build stays lean.
import PackageDescription

let package = Package(
    name: "JunctionBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Junction", path: "..")],
    targets: [
        .executableTarget(
            name: "sdk-bench",
            dependencies: [.product(name: "ConnectorSDK", package: "Junction")],
            path: "Sources/sdk-bench"
        )
    ],
    swiftLanguageModes: [.v6]
)
