// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Junction",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "junction", targets: ["junction"]),
        .library(name: "Dataway", targets: ["Dataway"]),
        .library(name: "ConnectorSDK", targets: ["ConnectorSDK"]),
        .library(name: "Registry", targets: ["Registry"]),
        .library(name: "ConnectorRuntime", targets: ["ConnectorRuntime"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.25.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.20.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
        .target(name: "CHeap", path: "Sources/CHeap"),
        .target(
            name: "Dataway",
            dependencies: [
                "CHeap", .product(name: "BigInt", package: "BigInt"),
                // Hashes, HMAC and AES for the hashlib, hmac and Crypto modules.
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            path: "Sources/Dataway",
            // The interpreter loop touches VM state on every instruction; dynamic exclusivity checks
            // there cost ~8% (measured with perf). The VM is single-threaded per run and never
            // overlaps accesses, so release builds turn the checks off. Debug builds keep them.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .target(
            name: "ConnectorSDK",
            dependencies: [
                "Dataway",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "ConnectorSDK",
            exclude: ["Examples"],
            resources: [.copy("Resources/connector.schema.json")]
        ),
        .target(
            name: "EmbeddedPostgres",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            path: "Sources/EmbeddedPostgres"
        ),
        .target(
            name: "PostgresSupport",
            dependencies: [
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/PostgresSupport"
        ),
        .target(
            name: "ConnectorRuntime",
            dependencies: [
                "ConnectorSDK",
                "PostgresSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Sources/ConnectorRuntime",
            resources: [.copy("Migrations"), .copy("Resources/openapi.yaml")]
        ),
        .target(
            name: "Registry",
            dependencies: [
                "ConnectorSDK",
                "PostgresSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Registry",
            resources: [.copy("Migrations"), .copy("Resources/openapi.yaml"), .copy("Resources/templates")]
        ),
        .executableTarget(
            name: "junction",
            dependencies: [
                "Dataway",
                "ConnectorSDK",
                "Registry",
                "ConnectorRuntime",
                "EmbeddedPostgres",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "Sources/junction"
        ),
        .testTarget(
            name: "DatawayTests",
            dependencies: ["Dataway", .product(name: "BigInt", package: "BigInt")],
            path: "Tests/DatawayTests",
            resources: [.copy("Corpus")]
        ),
        .testTarget(
            name: "JunctionCLITests",
            dependencies: ["junction", "JunctionTestSupport"],
            path: "Tests/JunctionCLITests"
        ),
        .target(
            name: "JunctionTestSupport",
            dependencies: [
                "Registry", "ConnectorSDK", "EmbeddedPostgres",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/Support"
        ),
        .testTarget(
            name: "RegistryTests",
            dependencies: [
                "Registry", "ConnectorSDK", "EmbeddedPostgres", "junction", "JunctionTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/RegistryTests"
        ),
        .testTarget(
            name: "ConnectorRuntimeTests",
            dependencies: [
                "ConnectorRuntime", "ConnectorSDK", "Registry", "EmbeddedPostgres", "junction", "JunctionTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/ConnectorRuntimeTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EmbeddedPostgresTests",
            dependencies: [
                "EmbeddedPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/EmbeddedPostgresTests"
        ),
        .testTarget(
            name: "ConnectorSDKTests",
            dependencies: ["ConnectorSDK", "Dataway"],
            path: "Tests/ConnectorSDKTests",
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
