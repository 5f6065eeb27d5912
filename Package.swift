// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Junction",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "junction", targets: ["junction"]),
        .library(name: "Dataway", targets: ["Dataway"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
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
        .executableTarget(
            name: "junction",
            dependencies: [
                "Dataway",
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
    ],
    swiftLanguageModes: [.v6]
)
