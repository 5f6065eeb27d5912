/// Why a script did not produce a result.
public enum DatawayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source does not compile.
    case compile(CompileError)
    /// The script raised an exception it did not catch.
    case runtime(RuntimeError)
    /// The script exceeded a sandbox limit.
    case limit(LimitError)
    /// The host's input could not be given to the script (e.g. a `.json` payload that does not parse).
    case invalidInput(String)

    public var description: String {
        switch self {
        case .compile(let e): return e.description
        case .runtime(let e): return e.description
        case .limit(let e): return e.description
        case .invalidInput(let m): return "invalid input: " + m
        }
    }
}

/// An uncaught script exception: its type, message and traceback.
public struct RuntimeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The exception class name, e.g. `KeyError`.
    public var type: String
    /// `str()` of the exception.
    public var message: String
    /// Script frames, outermost first.
    public var traceback: [Frame]

    /// One traceback line.
    public struct Frame: Sendable, Equatable {
        public var function: String
        public var line: Int
    }

    public init(type: String, message: String, traceback: [Frame]) {
        self.type = type
        self.message = message
        self.traceback = traceback
    }

    init(_ e: PyException) {
        type = e.type.name
        message = e.message
        traceback = e.traceback.reversed().map { Frame(function: $0.function, line: $0.line) }
    }

    /// CPython-style: the traceback, then `Type: message`.
    public var description: String {
        var s = ""
        if !traceback.isEmpty {
            s += "Traceback (most recent call last):\n"
            for f in traceback { s += "  File \"<script>\", line \(f.line), in \(f.function)\n" }
        }
        s += message.isEmpty ? type : "\(type): \(message)"
        return s
    }
}
