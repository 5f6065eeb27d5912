/// Decides which URLs may become an `href` on a marketplace page.
///
/// Everything here comes from a package (README links, the manifest's homepage), so it is untrusted:
/// only `http`, `https` and `mailto` URLs and relative references pass; `javascript:`, `data:`,
/// `vbscript:` and every other scheme are refused. The result still has to be HTML-escaped.
enum SafeURL {
    /// Schemes a link may use.
    private static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// `raw` trimmed, when it is an allowed absolute URL or a relative reference; otherwise nil.
    static func href(_ raw: String) -> String? {
        let trimmed = raw.trimmingASCIIWhitespace()
        // Browsers drop tabs and newlines inside URLs ("java\nscript:"); refuse any control character.
        if trimmed.utf8.contains(where: ASCIIByte.isControl) { return nil }
        guard let scheme = scheme(of: trimmed) else { return trimmed }
        return allowedSchemes.contains(scheme.lowercased()) ? trimmed : nil
    }

    /// `raw` trimmed, when it is an absolute `http` or `https` URL with a host; otherwise nil.
    static func absoluteHTTP(_ raw: String) -> String? {
        guard let url = href(raw), let scheme = scheme(of: url)?.lowercased(), scheme == "http" || scheme == "https"
        else { return nil }
        let rest = url.utf8.dropFirst(scheme.utf8.count + 1)
        guard rest.starts(with: "//".utf8), rest.count > 2 else { return nil }
        return url
    }

    /// The text before the first `:`, when that colon comes before any `/`, `?` or `#`.
    private static func scheme(of url: String) -> Substring? {
        for (offset, byte) in url.utf8.enumerated() {
            switch byte {
            case ASCIIByte.colon:
                let end = url.utf8.index(url.utf8.startIndex, offsetBy: offset)
                return url[url.startIndex..<end]
            case ASCIIByte.slash, ASCIIByte.question, ASCIIByte.hash: return nil
            default: continue
            }
        }
        return nil
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace and control characters.
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] <= ASCIIByte.space { start += 1 }
        while end > start, bytes[end - 1] <= ASCIIByte.space || bytes[end - 1] == 0x7F { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
