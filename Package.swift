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
            path: "Sources/Dataway"
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
