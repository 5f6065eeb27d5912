import CHeap

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Resource limits for one run. Exceeding any of them stops the script with a `LimitError`
/// that `except` cannot catch.
public struct Limits: Sendable, Equatable {
    /// Fuel: charged at every backward jump and every call.
    public var steps: Int
    /// Approximate bytes of live strings, bytes and container storage.
    public var memory: Int
    /// Maximum nesting of script function calls.
    public var callDepth: Int
    /// Maximum length of one str/bytes (in bytes) or list/tuple/dict/set (in items).
    public var maxSize: Int
    /// Maximum bytes of `print` output kept.
    public var output: Int
    /// Wall-clock limit in seconds.
    public var time: Double

    public init(
        steps: Int = 10_000_000, memory: Int = 64 << 20, callDepth: Int = 200, maxSize: Int = 16 << 20,
        output: Int = 1 << 20, time: Double = 2
    ) {
        self.steps = steps
        self.memory = memory
        self.callDepth = callDepth
        self.maxSize = maxSize
        self.output = output
        self.time = time
    }

    /// The spec's defaults.
    public static let `default` = Limits()
    /// Effectively unlimited (for trusted local runs and benchmarks).
    public static let unlimited = Limits(
        steps: .max, memory: .max, callDepth: 2000, maxSize: .max, output: .max, time: .infinity)
}

/// Which limit stopped a script.
public struct LimitError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case steps, memory, callDepth = "call depth", size, output, time
    }
    public var kind: Kind
    public var message: String

    public var description: String { "LimitError: \(message)" }

    static func steps(_ n: Int) -> LimitError {
        LimitError(kind: .steps, message: "script exceeded its step limit (\(n) steps)")
    }
    static func time(_ t: Double) -> LimitError {
        LimitError(kind: .time, message: "script exceeded its time limit (\(t) s)")
    }
    static func depth(_ n: Int) -> LimitError {
        LimitError(kind: .callDepth, message: "script exceeded its call depth limit (\(n) nested calls)")
    }
    static func size(_ n: Int) -> LimitError {
        LimitError(kind: .size, message: "a value would exceed the size limit (\(n) bytes or items)")
    }
    static func memory(_ n: Int) -> LimitError {
        LimitError(kind: .memory, message: "script exceeded its memory limit (\(n) bytes)")
    }
}

/// Monotonic nanoseconds.
@inline(__always) func monotonicNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

/// Bytes the process heap has in use (arena and mmap'd chunks). The memory limit compares this with
/// its value when the run started: an approximation of the run's live values that costs nothing on
/// the hot path (it is read only at clock checks and before large allocations).
func heapBytesInUse() -> Int {
    Int(cheap_heap_bytes_in_use())
}
