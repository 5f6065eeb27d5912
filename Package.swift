// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Junction",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "junction", targets: ["junction"]),
        .library(name: "Dataway", targets: ["Dataway"]),
        .library(name: "ConnectorSDK", targets: ["ConnectorSDK"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        .target(name: "CHeap", path: "Sources/CHeap"),
        .target(
            name: "Dataway",
            dependencies: ["CHeap", .product(name: "BigInt", package: "BigInt")],
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
        .executableTarget(
            name: "junction",
            dependencies: [
                "Dataway",
                "ConnectorSDK",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
            dependencies: ["junction"],
            path: "Tests/JunctionCLITests"
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
