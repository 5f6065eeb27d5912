extension OperationRun {
    /// The next page's request, or nil when this was the last page.
    mutating func nextRequest(
        after request: OutgoingRequest, style p: Pagination, body: JSONValue, pageItems: [JSONValue], response: IncomingResponse
    ) throws(OperationError) -> OutgoingRequest? {
        if let hasMore = op.hasMorePath, case .bool(false)? = hasMore.select(body) { return nil }
        switch p.style {
        case "cursor":
            var cursor: JSONValue?
            if let path = op.cursorPath {
                cursor = path.select(body)
            } else if let field = op.cursorFromLastItem, let last = pageItems.last {
                cursor = field.select(last)
            }
            guard !pageItems.isEmpty || op.cursorPath != nil, let c = cursor, let text = Self.text(c), !text.isEmpty, let param = p.param
            else {
                return nil
            }
            var next = request
            next.setQuery(param, text)
            return next
        case "offset":
            if pageItems.isEmpty || (p.limit.map { pageItems.count < $0 } ?? false) { return nil }
            offset += pageItems.count
            var next = request
            if let param = p.param { next.setQuery(param, String(offset)) }
            return next
        case "page":
            if pageItems.isEmpty || (p.limit.map { pageItems.count < $0 } ?? false) { return nil }
            page += 1
            var next = request
            if let param = p.param { next.setQuery(param, String(page)) }
            return next
        default:
            guard let link = response.headers[name: "Link"], let url = LinkHeader.next(in: link) else { return nil }
            guard let parts = URLParts(url) else {
                throw OperationError(
                    code: "pagination_failed", step: "paginate", message: "the Link header's next URL \"\(url)\" is not absolute")
            }
            var next = request
            next.scheme = parts.scheme
            next.host = parts.host
            next.port = parts.port
            next.path = parts.path
            next.query = parts.query
            if connector.manifest.auth.apply?.in == "query" { try applyCredentials(to: &next) }
            try checkHost(next)
            return next
        }
    }
}

/// RFC 8288 `Link` headers: `<https://api.example.com/items?page=2>; rel="next", <…>; rel="last"`.
enum LinkHeader {
    static func next(in header: String) -> String? {
        for part in header.split(separator: ",") {
            let fields = part.split(separator: ";").map { $0.trimmingSpaces }
            guard let first = fields.first, first.hasPrefix("<"), first.hasSuffix(">") else { continue }
            let rels = fields.dropFirst().compactMap { f -> [Substring]? in
                let kv = f.split(separator: "=", maxSplits: 1)
                guard kv.count == 2, kv[0].trimmingSpaces.lowercased() == "rel" else { return nil }
                return kv[1].trimmingSpaces.trimmingCharacters(quote: "\"").split(separator: " ")
            }.flatMap { $0 }
            if rels.contains(where: { $0.lowercased() == "next" }) { return String(first.dropFirst().dropLast()) }
        }
        return nil
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        let s = self[...]
        let start = s.firstIndex { $0 != " " && $0 != "\t" } ?? s.endIndex
        let end = s.lastIndex { $0 != " " && $0 != "\t" }.map { s.index(after: $0) } ?? start
        return Substring(s[start..<Swift.max(start, end)])
    }

    func trimmingCharacters(quote: Character) -> Substring {
        var s = Substring(self)
        if s.first == quote { s = s.dropFirst() }
        if s.last == quote { s = s.dropLast() }
        return s
    }
}
