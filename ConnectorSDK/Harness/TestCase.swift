/// One test case of `tests/*.yaml`: an operation run against recorded HTTP exchanges.
public struct TestCase: Sendable {
    /// The case's name (the file name when the file holds one case).
    public var name: String
    /// The file it came from.
    public var file: String
    /// Where in the file (`cases[2]`, or `""` for a single-case file).
    public var path: String
    public var operation: String
    public var connection: JSONValue
    /// The OAuth2 access token the connection holds.
    public var accessToken: String?
    public var input: JSONValue
    public var exchanges: [Exchange]
    public var expect: Expectation

    /// An expected request and the response to give back.
    public struct Exchange: Sendable {
        public var request: ExpectedRequest
        public var response: IncomingResponse
    }

    /// What the request must look like. Only what is given is compared; `headers` lists the headers
    /// that must be present with these values, others may be there too.
    public struct ExpectedRequest: Sendable {
        public var method: String?
        public var host: String?
        public var path: String?
        public var query: [QueryItem]?
        public var headers: [HTTPHeader]
        public var body: JSONValue?
    }

    /// The output, or the error the operation must fail with.
    public enum Expectation: Sendable {
        case output(JSONValue)
        /// The error's code; optionally its HTTP status and a part of its message.
        case error(code: String, status: Int?, messageContains: String?)
    }
}
