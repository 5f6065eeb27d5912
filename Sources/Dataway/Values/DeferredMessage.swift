/// The message of a builtin exception, kept as its ingredients until a script or the host looks at
/// it (`str(e)`, `e.args`, a traceback). A caught exception that nobody inspects then never pays
/// for formatting its text.
///
/// The text is used as the exception's single argument and printed as its plain `str`, so only
/// exception types whose `str` is that of their argument (not `KeyError`) may carry one.
enum DeferredMessage {
    /// `int(text, base)` rejected `text`.
    case invalidIntLiteral(String, base: Int)
    /// `float(text)` rejected `text`.
    case invalidFloatLiteral(String)

    /// The message, byte for byte as CPython words it.
    var text: String {
        switch self {
        case .invalidIntLiteral(let s, let base): return "invalid literal for int() with base \(base): \(strRepr(s))"
        case .invalidFloatLiteral(let s): return "could not convert string to float: \(strRepr(s))"
        }
    }
}
