/// A lexical token with its source position (1-based line, 0-based column in code points).
struct Token {
    enum Kind: Equatable {
        case name
        case int
        case float
        case string
        case newline
        case indent
        case dedent
        case op
        case eof
    }
    var kind: Kind
    /// Operator or name text; for `.int`/`.float` the literal digits (underscores removed).
    var text: String
    var line: Int
    var column: Int
    /// For strings: decoded pieces (see `StringLiteral`).
    var string: StringLiteral?
}

/// A decoded string literal. f-strings keep their raw body for the parser to split.
struct StringLiteral {
    var isBytes = false
    var isFString = false
    var isRaw = false
    /// Decoded text (for non-f strings) or raw body (for f-strings).
    var value: String = ""
    var bytes: [UInt8] = []
    /// Position of the body's first character, for errors inside f-string expressions.
    var bodyLine = 0
    var bodyColumn = 0
}

let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]
