/// A script that does not compile: the message, where, and the offending line with a caret.
public struct CompileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in CPython's words where CPython has words for it.
    public var message: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The source line the error is on.
    public var sourceLine: String

    public init(message: String, line: Int, column: Int, sourceLine: String) {
        self.message = message
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// CPython-style rendering: position, source line, caret, `SyntaxError: message`.
    public var description: String {
        let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
        return "  File \"<script>\", line \(line)\n    \(sourceLine)\n    \(caret)\nSyntaxError: \(message)"
    }
}

/// Internal compile failure before the source line is attached.
struct SyntaxIssue: Error {
    var message: String
    var line: Int
    /// 0-based column.
    var column: Int
}
