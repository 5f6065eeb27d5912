extension XMLReader {
    /// An open element: its key, the attributes and children gathered so far, and its text.
    struct Frame {
        var name: PyStr
        var nameRange: Range<Int>
        var item: PyDict?
        var text: [UInt8] = []
    }

    /// Parses the root element at `i` and everything inside it; returns `{root: value}`.
    mutating func element(_ vm: VM) throws -> Value {
        var stack: [Frame] = []
        var top: PyDict? = nil
        let textKey = PyStr("#text")
        if try openTag(&stack) { close(&stack, &top, textKey) }
        while !stack.isEmpty {
            if atEnd { throw fail("no element found", at: i) }
            let c = b[i]
            if c == UInt8(ascii: "<") {
                let c1 = peek(1)
                if c1 == UInt8(ascii: "/") {
                    try endTag(stack[stack.count - 1])
                    close(&stack, &top, textKey)
                } else if c1 == UInt8(ascii: "!") {
                    if starts("<!--", at: i) {
                        try comment()
                    } else if starts("<![CDATA[", at: i) {
                        try cdata(into: &stack[stack.count - 1].text)
                    } else if i + 2 >= b.count {
                        throw fail("unclosed token", at: i)
                    } else {
                        throw invalid(at: i + 2)
                    }
                } else if c1 == UInt8(ascii: "?") {
                    try processingInstruction()
                } else {
                    if stack.count >= XMLReader.maxDepth {
                        throw fail("elements nested deeper than \(XMLReader.maxDepth) levels", at: i)
                    }
                    try vm.charge()
                    if try openTag(&stack) { close(&stack, &top, textKey) }
                }
            } else if c == UInt8(ascii: "&") {
                try reference(into: &stack[stack.count - 1].text)
            } else {
                try text(into: &stack[stack.count - 1].text)
            }
        }
        guard let top else { return .none }
        return .object(top)
    }

    /// Character data up to the next markup or reference.
    mutating func text(into out: inout [UInt8]) throws {
        let start = i
        while i < b.count {
            let c = b[i]
            if c >= 0x3E || (c >= 0x20 && c != 0x26 && c != 0x3C) || c == 0x0A || c == 0x09 {
                if c == UInt8(ascii: ">") && i - start >= 2 && b[i - 1] == UInt8(ascii: "]") && b[i - 2] == UInt8(ascii: "]") {
                    throw invalid(at: i)
                }
                i += 1
                continue
            }
            if c == 0x0D {
                out.append(contentsOf: b[start..<i])
                out.append(0x0A)
                i += 1
                if peek() == 0x0A { i += 1 }
                return
            }
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") { break }
            throw invalid(at: i)
        }
        out.append(contentsOf: b[start..<i])
    }

    /// `<![CDATA[ ... ]]>`: the content is text, unescaped.
    mutating func cdata(into out: inout [UInt8]) throws {
        i += 9
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "]") && starts("]]>", at: i) {
                i += 3
                return
            }
            if c == 0x0D {
                out.append(0x0A)
                i += 1
                if peek() == 0x0A { i += 1 }
                continue
            }
            out.append(c)
            i += 1
        }
        throw fail("unclosed CDATA section", at: b.count)
    }

    /// `&name;`, `&#N;` or `&#xN;` at `i`, appended to `out` as UTF-8.
    mutating func reference(into out: inout [UInt8]) throws {
        let amp = i
        i += 1
        if atEnd { throw fail("unclosed token", at: amp) }
        if b[i] == UInt8(ascii: "#") {
            i += 1
            let hex = peek() == UInt8(ascii: "x")
            if hex { i += 1 }
            var v: UInt32 = 0
            var digits = 0
            while i < b.count {
                let c = b[i]
                let d: UInt32
                if c >= 0x30 && c <= 0x39 {
                    d = UInt32(c - 0x30)
                } else if hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 {
                    d = UInt32((c | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                v = min(v &* (hex ? 16 : 10) &+ d, 0x11_0000)
                digits += 1
                i += 1
            }
            if atEnd { throw fail("unclosed token", at: amp) }
            guard digits > 0, b[i] == UInt8(ascii: ";") else { throw invalid(at: i) }
            i += 1
            let allowed =
                v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD)
                || (v >= 0x10000 && v <= 0x10FFFF)
            guard allowed, let scalar = Unicode.Scalar(v) else { throw fail("reference to invalid character number", at: amp) }
            out.append(contentsOf: String(scalar).utf8)
            return
        }
        guard XMLReader.isNameStart(b[i]) else { throw invalid(at: i) }
        let start = i
        while i < b.count && XMLReader.isNameChar(b[i]) { i += 1 }
        if atEnd { throw fail("unclosed token", at: amp) }
        guard b[i] == UInt8(ascii: ";") else { throw invalid(at: i) }
        let n = i - start
        i += 1
        switch (n, b[start], b[start + 1]) {
        case (2, UInt8(ascii: "l"), UInt8(ascii: "t")): out.append(UInt8(ascii: "<"))
        case (2, UInt8(ascii: "g"), UInt8(ascii: "t")): out.append(UInt8(ascii: ">"))
        case (3, UInt8(ascii: "a"), UInt8(ascii: "m")) where b[start + 2] == UInt8(ascii: "p"): out.append(UInt8(ascii: "&"))
        case (4, UInt8(ascii: "q"), _) where starts("quot", at: start): out.append(UInt8(ascii: "\""))
        case (4, UInt8(ascii: "a"), _) where starts("apos", at: start): out.append(UInt8(ascii: "'"))
        default:
            if !skipUndefinedEntities { throw fail("undefined entity", at: amp) }
        }
    }

    /// A start tag at `i`; pushes its frame. Returns true for an empty-element tag (`<a/>`).
    mutating func openTag(_ stack: inout [Frame]) throws -> Bool {
        let start = i
        i += 1
        let nameRange = try name(tokenStart: start)
        var frame = Frame(name: names.string(b, nameRange), nameRange: nameRange, item: nil)
        var seen: [Range<Int>] = []
        while true {
            let before = i
            skipSpace()
            if atEnd { throw fail("unclosed token", at: start) }
            let c = b[i]
            if c == UInt8(ascii: ">") {
                i += 1
                stack.append(frame)
                return false
            }
            if c == UInt8(ascii: "/") {
                if i + 1 >= b.count { throw fail("unclosed token", at: start) }
                guard b[i + 1] == UInt8(ascii: ">") else { throw invalid(at: i + 1) }
                i += 2
                stack.append(frame)
                return true
            }
            if i == before { throw invalid(at: i) }
            let attr = try name(tokenStart: start)
            skipSpace()
            if atEnd { throw fail("unclosed token", at: start) }
            guard b[i] == UInt8(ascii: "=") else { throw invalid(at: i) }
            i += 1
            skipSpace()
            if atEnd { throw fail("unclosed token", at: start) }
            let q = b[i]
            guard q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") else { throw invalid(at: i) }
            i += 1
            let value = try attributeValue(quote: q, tokenStart: start)
            for r in seen where b[r].elementsEqual(b[attr]) { throw fail("duplicate attribute", at: attr.lowerBound) }
            seen.append(attr)
            if frame.item == nil { frame.item = XMLValues.newDict() }
            let key = names.string(b, attr, prefix: UInt8(ascii: "@"))
            frame.item?.table.set(.object(key), hash: strHash(key), value: .str(value))
        }
    }

    /// An attribute value up to the closing quote, with references resolved and whitespace
    /// normalised to spaces.
    mutating func attributeValue(quote: UInt8, tokenStart: Int) throws -> String {
        var out: [UInt8] = []
        var run = i
        while i < b.count {
            let c = b[i]
            if c == quote {
                out.append(contentsOf: b[run..<i])
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c >= 0x20 && c != UInt8(ascii: "<") && c != UInt8(ascii: "&") {
                i += 1
                continue
            }
            out.append(contentsOf: b[run..<i])
            switch c {
            case UInt8(ascii: "&"): try reference(into: &out)
            case 0x09, 0x0A:
                out.append(0x20)
                i += 1
            case 0x0D:
                out.append(0x20)
                i += 1
                if peek() == 0x0A { i += 1 }
            default: throw invalid(at: i)
            }
            run = i
        }
        throw fail("unclosed token", at: tokenStart)
    }

    /// `</name>` at `i`, which must close `frame`.
    mutating func endTag(_ frame: Frame) throws {
        let start = i
        i += 2
        let n = try name(tokenStart: start)
        skipSpace()
        if atEnd { throw fail("unclosed token", at: start) }
        guard b[i] == UInt8(ascii: ">") else { throw invalid(at: i) }
        guard b[n].elementsEqual(b[frame.nameRange]) else { throw fail("mismatched tag", at: n.lowerBound) }
        i += 1
    }

    /// Pops the top frame and adds its value to its parent, as xmltodict's `endElement` does.
    func close(_ stack: inout [Frame], _ top: inout PyDict?, _ textKey: PyStr) {
        let f = stack.removeLast()
        let text = XMLValues.stripped(f.text)
        let value: Value
        if let item = f.item {
            if let text { item.table.set(.object(textKey), hash: strHash(textKey), value: .str(text)) }
            value = .object(item)
        } else {
            value = text.map { .str($0) } ?? .none
        }
        if stack.isEmpty {
            XMLValues.push(&top, f.name, value)
        } else {
            XMLValues.push(&stack[stack.count - 1].item, f.name, value)
        }
    }
}

/// Helpers shared by the XML reader: the dicts it builds and xmltodict's `push_data`.
enum XMLValues {
    /// A dict whose `d["*child"]` reads give the list of `child` values.
    static func newDict() -> PyDict {
        let d = PyDict()
        d.starLists = true
        return d
    }

    /// Adds `value` under `key`, turning a repeated key into a list.
    static func push(_ item: inout PyDict?, _ key: PyStr, _ value: Value) {
        if item == nil { item = newDict() }
        guard let d = item else { return }
        let h = strHash(key)
        if let existing = d.table.get(.object(key), hash: h) {
            if let l = existing.asList {
                l.items.append(value)
            } else {
                d.table.set(.object(key), hash: h, value: .list([existing, value]))
            }
        } else {
            d.table.set(.object(key), hash: h, value: value)
        }
    }

    /// The text with Python's `str.strip()` applied; nil when nothing is left.
    static func stripped(_ t: [UInt8]) -> String? {
        guard let first = t.first, let last = t.last else { return nil }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return String(decoding: t, as: UTF8.self) }
        let s = String(decoding: t, as: UTF8.self)
        let u = s.unicodeScalars
        var lo = u.startIndex
        var hi = u.endIndex
        while lo < hi && isPyWhitespace(u[lo].value) { lo = u.index(after: lo) }
        while hi > lo && isPyWhitespace(u[u.index(before: hi)].value) { hi = u.index(before: hi) }
        return lo == hi ? nil : String(u[lo..<hi])
    }
}
/// Element and attribute names seen in one document, so each distinct name is one string.
struct XMLNameTable {
    private var buckets: [Int: [(bytes: [UInt8], str: PyStr)]] = [:]

    mutating func string(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, prefix: UInt8 = 0) -> PyStr {
        var h = Int(bitPattern: UInt(0xcbf2_9ce4_8422_2325)) ^ Int(prefix)
        for k in r { h = (h ^ Int(b[k])) &* 0x100_0000_01b3 }
        if let bucket = buckets[h] {
            for e in bucket where e.bytes.count == r.count + (prefix == 0 ? 0 : 1) && e.bytes.suffix(r.count).elementsEqual(b[r]) {
                return e.str
            }
        }
        let bytes = (prefix == 0 ? [] : [prefix]) + Array(b[r])
        let s = PyStr(String(decoding: bytes, as: UTF8.self))
        buckets[h, default: []].append((bytes, s))
        return s
    }
}

extension XMLValues {
    /// `d["*child"]` on a parsed XML dict: the list of `child` values (always a list).
    static func starList(_ d: PyDict, _ key: Value) -> Value? {
        guard let k = key.asStr, k.value.hasPrefix("*") else { return nil }
        guard let v = d.get(String(k.value.dropFirst())) else { return .list([]) }
        if v.asList != nil { return v }
        return .list([v])
    }
}
