// `str.format` and `str.format_map`: a port of CPython 3.11's Objects/stringlib/unicode_format.h
// (MarkupIterator, parse_field, field_name_split, FieldNameIterator, build_string), so parse
// errors, auto/manual numbering errors and lookup order match CPython exactly. Attribute access
// in fields goes through `VM.getAttribute`, which refuses dunder names.

enum StrFormatter {
    /// Auto-numbering state shared by a whole format call (including nested specs).
    private struct AutoNumber {
        enum State { case initial, automatic, manual }
        var state = State.initial
        var next = 0
    }

    /// Where replacement fields take their values from.
    private struct Sources {
        /// Positional arguments; nil for `format_map` (positional fields are an error).
        let args: [Value]?
        /// Keyword arguments (`format`) or the mapping (`format_map`); nil when none.
        let kwargs: Value?
    }

    private static func fail(_ message: String) -> PyRaise { PyException.make(.valueError, message) }

    /// Formats `template` with the given sources.
    static func format(_ vm: VM, _ template: PyStr, args: [Value]?, kwargs: Value?) throws -> String {
        let s = template.isASCII ? template.value.utf8.map { Unicode.Scalar($0) } : Array(template.value.unicodeScalars)
        var auto = AutoNumber()
        return try build(vm, s, 0, s.count, Sources(args: args, kwargs: kwargs), depth: 2, &auto)
    }

    /// `build_string`: formats `s[lo..<hi]`.
    private static func build(
        _ vm: VM, _ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, _ src: Sources, depth: Int, _ auto: inout AutoNumber
    ) throws -> String {
        if depth <= 0 { throw fail("Max string recursion exceeded") }
        var out = TextBuilder()
        var fieldBytes = 0
        var pos = lo
        while pos < hi {
            // MarkupIterator_next: literal text up to the next brace.
            let start = pos
            var c: Unicode.Scalar = "\0"
            var markup = false
            while pos < hi {
                c = s[pos]
                pos += 1
                if c == "{" || c == "}" {
                    markup = true
                    break
                }
            }
            let atEnd = pos >= hi
            var length = pos - start
            if markup && c == "}" && (atEnd || s[pos] != "}") { throw fail("Single '}' encountered in format string") }
            if markup && atEnd && c == "{" { throw fail("Single '{' encountered in format string") }
            if !atEnd && markup {
                if s[pos] == c {
                    pos += 1
                    markup = false
                } else {
                    length -= 1
                }
            }
            out.append(contentsOf: s[start..<start + length])
            if !markup { continue }
            let piece = try field(vm, s, &pos, hi, src, depth: depth, &auto)
            fieldBytes += piece.utf8.count
            try vm.checkSize(fieldBytes)
            out.append(piece)
        }
        return out.string
    }

    /// `parse_field` and `output_markup`: the text of the field starting at `pos` (after `{`).
    private static func field(
        _ vm: VM, _ s: [Unicode.Scalar], _ pos: inout Int, _ hi: Int, _ src: Sources, depth: Int,
        _ auto: inout AutoNumber
    ) throws -> String {
        let nameStart = pos
        var c: Unicode.Scalar = "\0"
        scan: while pos < hi {
            c = s[pos]
            pos += 1
            switch c {
            case "{": throw fail("unexpected '{' in field name")
            case "[":
                while pos < hi && s[pos] != "]" { pos += 1 }
            case "}", ":", "!": break scan
            default: break
            }
        }
        let nameEnd = pos - 1
        var conversion: Unicode.Scalar?
        var specRange = 0..<0
        var specNeedsExpanding = false
        if c == "!" || c == ":" {
            var done = false
            if c == "!" {
                if pos >= hi { throw fail("end of string while looking for conversion specifier") }
                conversion = s[pos]
                pos += 1
                if pos < hi {
                    let next = s[pos]
                    pos += 1
                    if next == "}" {
                        done = true
                    } else if next != ":" {
                        throw fail("expected ':' after conversion specifier")
                    }
                }
            }
            if !done {
                let specStart = pos
                var count = 1
                while pos < hi {
                    let x = s[pos]
                    pos += 1
                    if x == "{" {
                        specNeedsExpanding = true
                        count += 1
                    } else if x == "}" {
                        count -= 1
                        if count == 0 {
                            specRange = specStart..<pos - 1
                            done = true
                            break
                        }
                    }
                }
                if !done { throw fail("unmatched '{' in format spec") }
            }
        } else if c != "}" {
            throw fail("expected '}' before end of string")
        }

        var value = try fieldObject(vm, s, nameStart, nameEnd, src, &auto)
        if let conv = conversion {
            switch conv {
            case "r": value = .str(try pyRepr(value))
            case "s": value = .str(try pyStr(value))
            case "a": value = .str(asciiRepr(try pyRepr(value)))
            default:
                if conv.value > 32 && conv.value < 127 { throw fail("Unknown conversion specifier \(Character(conv))") }
                throw fail("Unknown conversion specifier \\x\(String(conv.value, radix: 16))")
            }
        }
        let spec: String
        if specNeedsExpanding {
            spec = try build(vm, s, specRange.lowerBound, specRange.upperBound, src, depth: depth - 1, &auto)
        } else {
            spec = text(s, specRange.lowerBound, specRange.upperBound)
        }
        if spec.isEmpty, let str = value.asStr { return str.value }
        return try vm.format(value, spec: spec)
    }

    /// `get_integer`: the decimal value of `s[lo..<hi]`, or nil when it is not all decimal digits.
    private static func integer(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) throws -> Int? {
        if lo >= hi { return nil }
        var acc = 0
        for i in lo..<hi {
            if s[i].isASCII {
                // ASCII digits are the only ASCII decimals.
                guard s[i].value >= 48 && s[i].value <= 57 else { return nil }
                let digit = Int(s[i].value - 48)
                if acc > (Int.max - digit) / 10 { throw fail("Too many decimal digits in format string") }
                acc = acc * 10 + digit
                continue
            }
            let p = s[i].properties
            guard p.numericType == .decimal, let d = p.numericValue else { return nil }
            let digit = Int(d)
            if acc > (Int.max - digit) / 10 { throw fail("Too many decimal digits in format string") }
            acc = acc * 10 + digit
        }
        return acc
    }

    private static func text(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> String {
        var v = TextBuilder()
        v.append(contentsOf: s[lo..<hi])
        return v.string
    }

    /// `get_field_object`: looks up the field's first part, then each `.attr` / `[key]`.
    private static func fieldObject(
        _ vm: VM, _ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, _ src: Sources, _ auto: inout AutoNumber
    ) throws -> Value {
        var i = lo
        while i < hi && s[i] != "." && s[i] != "[" { i += 1 }
        let firstEnd = i
        var index = try integer(s, lo, firstEnd)
        let empty = firstEnd == lo
        if empty || index != nil {
            if auto.state == .initial { auto.state = empty ? .automatic : .manual }
            if auto.state == .manual && empty {
                throw fail("cannot switch from manual field specification to automatic field numbering")
            }
            if auto.state == .automatic && !empty {
                throw fail("cannot switch from automatic field numbering to manual field specification")
            }
            if empty {
                index = auto.next
                auto.next += 1
            }
        }
        var obj: Value
        if let idx = index {
            guard let args = src.args else { throw fail("Format string contains positional fields") }
            guard idx < args.count else {
                throw PyException.make(.indexError, "Replacement index \(idx) out of range for positional args tuple")
            }
            obj = args[idx]
        } else {
            let key = Value.str(text(s, lo, firstEnd))
            guard let kwargs = src.kwargs else { throw PyRaise(PyException(type: .keyError, args: [key])) }
            obj = try vm.getItem(kwargs, key)
        }
        // FieldNameIterator over the rest.
        while i < hi {
            let c = s[i]
            i += 1
            let nameStart = i
            let nameEnd: Int
            let isAttribute: Bool
            switch c {
            case ".":
                isAttribute = true
                while i < hi && s[i] != "." && s[i] != "[" { i += 1 }
                nameEnd = i
            case "[":
                isAttribute = false
                while i < hi && s[i] != "]" { i += 1 }
                if i >= hi { throw fail("Missing ']' in format string") }
                nameEnd = i
                i += 1
            default:
                throw fail("Only '.' or '[' may follow ']' in format field specifier")
            }
            if nameStart == nameEnd { throw fail("Empty attribute in format string") }
            if isAttribute {
                obj = try vm.getAttribute(obj, text(s, nameStart, nameEnd), keysAsAttributes: false)
            } else if let k = try integer(s, nameStart, nameEnd) {
                obj = try vm.getItem(obj, .int(k))
            } else {
                obj = try vm.getItem(obj, .str(text(s, nameStart, nameEnd)))
            }
        }
        return obj
    }

    // MARK: the methods

    static func formatMethod(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let s = try receiverStr(r)
        if let fast = try vm.formatState.template(s).format(vm, a) { return fast }
        var kwargs: Value?
        if a.hasKeywords {
            let d = PyDict()
            for (k, name) in a.keywordNames.enumerated() { d.set(name, a.values[a.count + k]) }
            kwargs = .object(d)
        }
        let out = try format(vm, s, args: a.positional, kwargs: kwargs)
        try vm.checkSize(out.utf8.count)
        return .str(out)
    }

    static func formatMap(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let mapping = try oneArg(a, "str.format_map")
        let s = try receiverStr(r)
        let out = try format(vm, s, args: nil, kwargs: mapping)
        try vm.checkSize(out.utf8.count)
        return .str(out)
    }
}
