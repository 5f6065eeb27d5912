/// The modules scripts can import (all are also pre-loaded as builtins, as in Tencent's Dataway).
enum Modules {
    // Immutable module objects; safe to share across runs.
    nonisolated(unsafe) static let preloaded: [String: Value] = [
        "json": JSONModule.module,
        "math": MathModule.module,
        "csv": CSVModule.module,
        "io": IOModule.module,
    ]

    static var available: [String] { preloaded.keys.sorted() }

    static func named(_ name: String) -> Value? { preloaded[name] }
}
