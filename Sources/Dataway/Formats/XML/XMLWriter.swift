/// Writes script values as an XML document, as `xmltodict.unparse` does (with `xml.sax`'s
/// `XMLGenerator` escaping): the dict's one key is the root element, `"@name"` keys are
/// attributes, `"#text"` is the element text, a list is repeated elements, None is an empty
/// element, `True`/`False` are `true`/`false`, other values are written with `str()`.
struct XMLWriter {
    var out: [UInt8] = []
    let vm: VM
    /// The document encoding; bytes values are decoded with it.
    var encoding = "utf-8"
    /// Output size at which the size limit is checked next.
    var nextCheck = 1 << 16

    static func unparse(_ vm: VM, _ value: Value, encoding: String) throws -> String {
        guard let d = value.asDict else {
            throw PyException.make(
                .typeError, "Entity.from_value: application/xml needs a dict with one root key, not \(typeName(value))")
        }
        var w = XMLWriter(vm: vm, encoding: encoding)
        w.out.append(contentsOf: "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n".utf8)
        var seenRoot = false
        for s in 0..<d.table.slotCount where d.table.isLive(s) {
            let key = d.table.key(at: s)
            let isComment = key.asStr?.value == "#comment"
            if !isComment && seenRoot { throw PyException.make(.valueError, "Document must have exactly one root.") }
            try w.emit(key, d.table.value(at: s), depth: 0)
            if !isComment { seenRoot = true }
        }
        if !seenRoot { throw PyException.make(.valueError, "Document must have exactly one root.") }
        return String(decoding: w.out, as: UTF8.self)
    }

    /// xmltodict's `_convert_value_to_string`.
    func text(_ v: Value) throws -> String {
        if let s = v.asStr { return s.value }
        if case .bool(let b) = v { return b ? "true" : "false" }
        if let o = v.asObject, o.kind == .bytes || o.kind == .bytearray {
            return try Codecs.decode(unsafeDowncast(o, to: PyBytes.self).bytes, encoding: encoding, errors: "replace")
        }
        return try pyStr(v)
    }

    /// xmltodict's `_validate_name`.
    static func validName(_ v: Value, _ kind: String) throws -> String {
        guard let str = v.asStr else { throw PyException.make(.valueError, "\(kind) name must be a string") }
        func bad(_ why: String) -> PyRaise { PyException.make(.valueError, "Invalid \(kind) name: \(why)") }
        var s = str.value
        // One pass over the bytes; the checks' order decides which message a name gets.
        var angle = false, slash = false, quote = false, equals = false, space = false
        s.withUTF8 { u in
            for c in u {
                switch c {
                case UInt8(ascii: "<"), UInt8(ascii: ">"): angle = true
                case UInt8(ascii: "/"): slash = true
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = true
                case UInt8(ascii: "="): equals = true
                case 0x09...0x0D, 0x1C...0x20: space = true
                default: break
                }
            }
        }
        if !str.isASCII && str.value.unicodeScalars.contains(where: { isPyWhitespace($0.value) }) { space = true }
        if s.hasPrefix("?") || s.hasPrefix("!") { throw bad("cannot start with \"?\" or \"!\"") }
        if angle { throw bad("\"<\" or \">\" not allowed") }
        if slash { throw bad("\"/\" not allowed") }
        if quote { throw bad("quotes not allowed") }
        if equals { throw bad("\"=\" not allowed") }
        if space { throw bad("whitespace not allowed") }
        return s
    }

    /// The values one key stands for: a list or other iterable is repeated elements.
    func occurrences(_ value: Value) throws -> [Value] {
        guard case .object(let o) = value else { return [value] }
        switch o.kind {
        case .list: return unsafeDowncast(o, to: PyList.self).items
        case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
        case .set, .frozenset, .range, .dictView, .iterator: return try vm.iterateToArray(value)
        default: return [value]
        }
    }

    mutating func emit(_ key: Value, _ value: Value, depth: Int) throws {
        if key.asStr?.value == "#comment" {
            try comments(value)
            return
        }
        let name = try XMLWriter.validName(key, "element")
        if depth > maxValueNesting {
            throw PyException.make(.recursionError, "maximum recursion depth exceeded while writing an XML document")
        }
        for (index, v) in try occurrences(value).enumerated() {
            if depth == 0 && index > 0 { throw PyException.make(.valueError, "document with multiple roots") }
            var cdata: String? = nil
            var attrs: [(String, String)] = []
            var children: [(Value, Value)] = []
            if let d = v.asDict {
                for s in 0..<d.table.slotCount where d.table.isLive(s) {
                    let ik = d.table.key(at: s)
                    let iv = d.table.value(at: s)
                    if let k = ik.asStr?.value {
                        if k == "#text" {
                            cdata = iv.isNone ? nil : try text(iv)
                            continue
                        }
                        if k.hasPrefix("@") {
                            if k == "@xmlns", let ns = iv.asDict {
                                for t in 0..<ns.table.slotCount where ns.table.isLive(t) {
                                    let prefix = try XMLWriter.validName(ns.table.key(at: t), "attribute")
                                    let uri = ns.table.value(at: t)
                                    setAttribute(&attrs, prefix.isEmpty ? "xmlns" : "xmlns:" + prefix, uri.isNone ? "" : try text(uri))
                                }
                                continue
                            }
                            let attrName = try XMLWriter.validName(.str(String(k.dropFirst())), "attribute")
                            setAttribute(&attrs, attrName, iv.isNone ? "" : try text(iv))
                            continue
                        }
                    }
                    if let l = iv.asList, l.items.isEmpty { continue }
                    children.append((ik, iv))
                }
            } else if !v.isNone {
                cdata = try text(v)
            }
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            for (n, a) in attrs {
                out.append(0x20)
                out.append(contentsOf: n.utf8)
                out.append(UInt8(ascii: "="))
                quoteAttribute(a)
            }
            out.append(UInt8(ascii: ">"))
            for (ck, cv) in children { try emit(ck, cv, depth: depth + 1) }
            if let cdata { escape(cdata, attribute: false) }
            out.append(contentsOf: "</".utf8)
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: ">"))
            if out.count > nextCheck {
                try vm.checkSize(out.count)
                nextCheck = out.count + (1 << 16)
            }
        }
    }

    func setAttribute(_ attrs: inout [(String, String)], _ name: String, _ value: String) {
        if let k = attrs.firstIndex(where: { $0.0 == name }) { attrs[k].1 = value } else { attrs.append((name, value)) }
    }

    mutating func comments(_ value: Value) throws {
        for c in try occurrences(value) where !c.isNone {
            let comment = try self.text(c)
            if comment.isEmpty { continue }
            if comment.contains("--") { throw PyException.make(.valueError, "Comment text cannot contain '--'") }
            if comment.hasSuffix("-") { throw PyException.make(.valueError, "Comment text cannot end with '-'") }
            out.append(contentsOf: "<!--".utf8)
            escape(comment, attribute: false)
            out.append(contentsOf: "-->".utf8)
        }
    }

    /// `xml.sax.saxutils.escape` (and, for attributes, the extra `\n`, `\r`, `\t` entities).
    mutating func escape(_ s: String, attribute: Bool) {
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case 0x0A where attribute: out.append(contentsOf: "&#10;".utf8)
            case 0x0D where attribute: out.append(contentsOf: "&#13;".utf8)
            case 0x09 where attribute: out.append(contentsOf: "&#9;".utf8)
            case UInt8(ascii: "\"") where attribute: out.append(contentsOf: "&quot;".utf8)
            default: out.append(c)
            }
        }
    }

    /// `xml.sax.saxutils.quoteattr`: double quotes, or single quotes when the value has a double
    /// quote but no single quote.
    mutating func quoteAttribute(_ s: String) {
        let hasDouble = s.utf8.contains(UInt8(ascii: "\""))
        if hasDouble && !s.utf8.contains(UInt8(ascii: "'")) {
            out.append(UInt8(ascii: "'"))
            var copy = XMLWriter(vm: vm, encoding: encoding)
            copy.escape(s, attribute: true)
            // The double quotes were escaped by `escape`; in single quotes they stay literal.
            out.append(contentsOf: String(decoding: copy.out, as: UTF8.self).replacingAll("&quot;", with: "\"").utf8)
            out.append(UInt8(ascii: "'"))
            return
        }
        out.append(UInt8(ascii: "\""))
        escape(s, attribute: true)
        out.append(UInt8(ascii: "\""))
    }
}

extension String {
    /// Every occurrence of `target` replaced (without Foundation's `replacingOccurrences`).
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
