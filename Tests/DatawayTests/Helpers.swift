import Dataway
import Testing

/// Runs a plain script and returns its print log, recording any failure.
func output(of source: String, limits: Limits = .default, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    do {
        let outcome = try Script.compile(source).run(limits: limits)
        if case .failure(let e) = outcome.result { Issue.record("script failed: \(e)", sourceLocation: sourceLocation) }
        return outcome.log
    } catch {
        Issue.record("compile failed: \(error)", sourceLocation: sourceLocation)
        return ""
    }
}

/// The error a script ends with (nil when it succeeds).
func failure(of source: String, limits: Limits = .default) -> DatawayError? {
    do {
        let outcome = try Script.compile(source).run(limits: limits)
        if case .failure(let e) = outcome.result { return e }
        return nil
    } catch {
        return .compile(error)
    }
}

/// The result of `dw_process(msg)`.
func process(_ source: String, payload: DatawayValue, limits: Limits = .default) throws -> DatawayValue {
    try Script.compile(source).run(message: Message(payload: payload), limits: limits).result.get()
}
