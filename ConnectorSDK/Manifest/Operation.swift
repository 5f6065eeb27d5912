/// One operation a connector offers.
public struct Operation: Codable, Sendable, Equatable {
    public var title: String
    public var description: String?
    /// JSON Schema of the operation's input.
    public var input: JSONValue?
    /// JSON Schema of the operation's output.
    public var output: JSONValue?
    public var request: RequestSpec
    public var response: ResponseSpec?
    public var paginate: Pagination?
    public var retry: RetryPolicy?
    public var rateLimit: RateLimit?

    enum CodingKeys: String, CodingKey {
        case title
        case description
        case input
        case output
        case request
        case response
        case paginate
        case retry
        case rateLimit = "rate_limit"
    }
}

/// How the HTTP request is built: templates, or a script that returns the parts it sets.
public struct RequestSpec: Codable, Sendable, Equatable {
    public var method: String?
    /// Appended to `base_url`; a template.
    public var path: String?
    public var query: [String: String]?
    public var headers: [String: String]?
    /// JSON whose strings are templates (a string that is exactly one `${…}` keeps the value's type).
    public var body: JSONValue?
    /// `json` (default), `form` (urlencoded) or `text`.
    public var bodyType: String?
    /// `adapters/x.py`: gets the input as `msg.payload` and connection fields as `msg.vars`.
    public var script: String?

    enum CodingKeys: String, CodingKey {
        case method
        case path
        case query
        case headers
        case body
        case bodyType = "body_type"
        case script
    }
}

/// How the response becomes the operation's output.
public struct ResponseSpec: Codable, Sendable, Equatable {
    /// A path into the JSON body (`data.items`, `results[0]`).
    public var select: String?
    /// `adapters/x.py`: gets the body as `msg.payload` and status and headers in `msg.attrs`.
    public var script: String?
}

/// How to walk through pages of results.
public struct Pagination: Codable, Sendable, Equatable {
    /// `cursor`, `offset`, `page` or `link_header`.
    public var style: String
    /// The path of the page's items in the body (default: the response `select`).
    public var items: String?
    /// The query parameter carrying the cursor, offset or page number.
    public var param: String?
    /// cursor: the body path of the next cursor.
    public var cursorPath: String?
    /// cursor: use this field of the page's last item as the next cursor (Stripe's `starting_after`).
    public var cursorFromLastItem: String?
    /// A boolean body path; paging stops when it is false.
    public var hasMorePath: String?
    /// offset/page: the page-size parameter and value.
    public var limitParam: String?
    public var limit: Int?
    /// page: the first page number (default 1).
    public var start: Int?
    /// At most this many requests (default 10).
    public var maxPages: Int?

    enum CodingKeys: String, CodingKey {
        case style
        case items
        case param
        case cursorPath = "cursor_path"
        case cursorFromLastItem = "cursor_from_last_item"
        case hasMorePath = "has_more_path"
        case limitParam = "limit_param"
        case limit
        case start
        case maxPages = "max_pages"
    }
}

/// Which failures are retried, and how long to wait between attempts.
public struct RetryPolicy: Codable, Sendable, Equatable {
    /// Retried statuses (429 is always retried, honouring `Retry-After`).
    public var statuses: [Int]?
    /// Attempts in all, including the first (default 3).
    public var maxAttempts: Int?
    /// First wait in milliseconds (default 500), doubled each attempt up to `max_backoff_ms`.
    public var backoffMs: Int?
    public var maxBackoffMs: Int?

    enum CodingKeys: String, CodingKey {
        case statuses
        case maxAttempts = "max_attempts"
        case backoffMs = "backoff_ms"
        case maxBackoffMs = "max_backoff_ms"
    }
}

/// Calls allowed per time window.
public struct RateLimit: Codable, Sendable, Equatable {
    public var requests: Int
    public var perSeconds: Int

    enum CodingKeys: String, CodingKey {
        case requests
        case perSeconds = "per_seconds"
    }
}

/// Something a flow can start from.
public struct Trigger: Codable, Sendable, Equatable {
    /// `polling` or `webhook`.
    public var type: String
    public var title: String?
    public var description: String?
    /// polling: the operation that lists items, how often (seconds) and the item field that identifies one.
    public var operation: String?
    public var interval: Int?
    public var dedupeKey: String?
    /// webhook: operations that subscribe and unsubscribe, and how deliveries are signed.
    public var subscribe: String?
    public var unsubscribe: String?
    public var signature: WebhookSignature?

    enum CodingKeys: String, CodingKey {
        case type
        case title
        case description
        case operation
        case interval
        case dedupeKey = "dedupe_key"
        case subscribe
        case unsubscribe
        case signature
    }
}

/// How a webhook delivery proves it comes from the provider.
public struct WebhookSignature: Codable, Sendable, Equatable {
    /// The header with the signature.
    public var header: String
    /// `hmac-sha256` or `hmac-sha1`.
    public var algorithm: String
    /// The connection field with the shared secret.
    public var secretField: String
    /// `hex` (default) or `base64`.
    public var encoding: String?
    /// Text before the signature in the header (`sha256=`).
    public var prefix: String?

    enum CodingKeys: String, CodingKey {
        case header
        case algorithm
        case secretField = "secret_field"
        case encoding
        case prefix
    }
}
