/// `urlsplit`, `urlparse`, `urlunsplit`, `urlunparse` and `urljoin`, following CPython 3.11's
/// `urllib.parse` line by line.
enum URLSplit {
    static let usesRelative: Set<String> = [
        "", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp",
        "svn", "svn+ssh", "ws", "wss",
    ]
    static let usesNetloc: Set<String> = [
        "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp",
        "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss",
    ]
    static let usesParams: Set<String> = [
        "", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel",
    ]
    static let schemeChars = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.".unicodeScalars)

    /// Splits at the first `sep`: (before, after) or nil.
    static func split1(_ s: String, _ sep: Unicode.Scalar) -> (String, String)? {
        guard let i = s.unicodeScalars.firstIndex(of: sep) else { return nil }
        return (String(s.unicodeScalars[..<i]), String(s.unicodeScalars[s.unicodeScalars.index(after: i)...]))
    }

    static func rsplit1(_ s: String, _ sep: Unicode.Scalar) -> (String, String)? {
        guard let i = s.unicodeScalars.lastIndex(of: sep) else { return nil }
        return (String(s.unicodeScalars[..<i]), String(s.unicodeScalars[s.unicodeScalars.index(after: i)...]))
    }

    static func split(_ url: String, scheme defaultScheme: String, allowFragments: Bool) throws -> [String] {
        let strip: (Unicode.Scalar) -> Bool = { $0.value <= 32 }
        var u = Array(url.unicodeScalars.drop(while: strip))
        var schemeScalars = Array(defaultScheme.unicodeScalars.drop(while: strip))
        while let l = schemeScalars.last, strip(l) { schemeScalars.removeLast() }
        u.removeAll { $0 == "\t" || $0 == "\r" || $0 == "\n" }
        schemeScalars.removeAll { $0 == "\t" || $0 == "\r" || $0 == "\n" }
        var scheme = String(String.UnicodeScalarView(schemeScalars))
        var rest = String(String.UnicodeScalarView(u))
        var netloc = ""
        var query = ""
        var fragment = ""
        if let i = u.firstIndex(of: ":"), i > 0, u[0].isASCII, u[0].properties.isAlphabetic,
            u[..<i].allSatisfy({ schemeChars.contains($0) })
        {
            scheme = String(String.UnicodeScalarView(u[..<i])).lowercased()
            rest = String(String.UnicodeScalarView(u[(i + 1)...]))
        }
        if rest.hasPrefix("//") {
            let r = Array(rest.unicodeScalars)
            var delim = r.count
            for c in ["/", "?", "#"] as [Unicode.Scalar] {
                if let w = r[2...].firstIndex(of: c) { delim = min(delim, w) }
            }
            netloc = String(String.UnicodeScalarView(r[2..<delim]))
            rest = String(String.UnicodeScalarView(r[delim...]))
            let open = netloc.contains("["), close = netloc.contains("]")
            if open != close { throw PyException.make(.valueError, "Invalid IPv6 URL") }
        }
        if allowFragments, let (a, b) = split1(rest, "#") {
            rest = a
            fragment = b
        }
        if let (a, b) = split1(rest, "?") {
            rest = a
            query = b
        }
        return [scheme, netloc, rest, query, fragment]
    }

    static func parse(_ url: String, scheme: String, allowFragments: Bool) throws -> [String] {
        let s = try split(url, scheme: scheme, allowFragments: allowFragments)
        var path = s[2]
        var params = ""
        if usesParams.contains(s[0]) && path.contains(";") {
            let scalars = Array(path.unicodeScalars)
            var i: Int?
            if let slash = scalars.lastIndex(of: "/") {
                i = scalars[slash...].firstIndex(of: ";")
            } else {
                i = scalars.firstIndex(of: ";")
            }
            if let i {
                path = String(String.UnicodeScalarView(scalars[..<i]))
                params = String(String.UnicodeScalarView(scalars[(i + 1)...]))
            }
        }
        return [s[0], s[1], path, params, s[3], s[4]]
    }

    static func unsplit(_ c: [String]) -> String {
        let (scheme, netloc, query, fragment) = (c[0], c[1], c[3], c[4])
        var url = c[2]
        if !netloc.isEmpty || (!scheme.isEmpty && usesNetloc.contains(scheme) && !url.hasPrefix("//")) {
            if !url.isEmpty && !url.hasPrefix("/") { url = "/" + url }
            url = "//" + netloc + url
        }
        if !scheme.isEmpty { url = scheme + ":" + url }
        if !query.isEmpty { url += "?" + query }
        if !fragment.isEmpty { url += "#" + fragment }
        return url
    }

    static func unparse(_ c: [String]) -> String {
        var url = c[2]
        if !c[3].isEmpty { url += ";" + c[3] }
        return unsplit([c[0], c[1], url, c[4], c[5]])
    }

    static func join(_ base: String, _ url: String, allowFragments: Bool) throws -> String {
        if base.isEmpty { return url }
        if url.isEmpty { return base }
        let b = try parse(base, scheme: "", allowFragments: allowFragments)
        let p = try parse(url, scheme: b[0], allowFragments: allowFragments)
        let scheme = p[0]
        var (netloc, path, params, query) = (p[1], p[2], p[3], p[4])
        let fragment = p[5]
        if scheme != b[0] || !usesRelative.contains(scheme) { return url }
        if usesNetloc.contains(scheme) {
            if !netloc.isEmpty { return unparse([scheme, netloc, path, params, query, fragment]) }
            netloc = b[1]
        }
        if path.isEmpty && params.isEmpty {
            path = b[2]
            params = b[3]
            if query.isEmpty { query = b[4] }
            return unparse([scheme, netloc, path, params, query, fragment])
        }
        var baseParts = b[2].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if baseParts.last != "" { baseParts.removeLast() }
        var segments: [String]
        if path.hasPrefix("/") {
            segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        } else {
            segments = baseParts + path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if segments.count > 2 {
                segments = [segments[0]] + segments[1..<(segments.count - 1)].filter { !$0.isEmpty } + [segments[segments.count - 1]]
            }
        }
        var resolved: [String] = []
        for seg in segments {
            if seg == ".." {
                if !resolved.isEmpty { resolved.removeLast() }
            } else if seg != "." {
                resolved.append(seg)
            }
        }
        if let last = segments.last, last == "." || last == ".." { resolved.append("") }
        let joined = resolved.joined(separator: "/")
        return unparse([scheme, netloc, joined.isEmpty ? "/" : joined, params, query, fragment])
    }
}
