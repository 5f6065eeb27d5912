/// Why an operation did not produce its output: which step failed and how.
public struct OperationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable code: `input_invalid`, `unknown_operation`, `template_failed`, `request_script_failed`,
    /// `invalid_url`, `host_not_allowed`, `insecure_url`, `missing_credential`, `http_status`,
    /// `rate_limited`, `response_not_json`, `response_script_failed`, `select_failed`,
    /// `pagination_failed`, `output_invalid`.
    public var code: String
    /// The step: `input`, `request`, `auth`, `response`, `paginate` or `output`.
    public var step: String
    /// What went wrong, for a person.
    public var message: String
    /// The HTTP status, for `http_status` and `rate_limited`.
    public var status: Int?
    /// For schema failures: where in the value (`items[2].email`).
    public var path: String?

    public init(code: String, step: String, message: String, status: Int? = nil, path: String? = nil) {
        self.code = code
        self.step = step
        self.message = message
        self.status = status
        self.path = path
    }

    public var description: String {
        var s = "\(step): \(message)"
        if let status { s += " (HTTP \(status))" }
        return s
    }
}
