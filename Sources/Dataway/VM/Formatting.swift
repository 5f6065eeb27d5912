import BigInt

extension PyFormatError {
    var raise: PyRaise {
        switch kind {
        case .valueError: return PyException.make(.valueError, message)
        case .typeError: return PyException.make(.typeError, message)
        case .overflowError: return PyException.make(.overflowError, message)
        }
    }
}

extension VM {
    /// `format(v, spec)`.
    func format(_ v: Value, spec: String) throws -> String {
        if let fast = fastFormat(v, spec: spec) { return fast }
        do {
            switch v {
            case .int(let i):
                if spec.isEmpty { return String(i) }
                return try pyFormat(int: BigInt(i), spec: spec)
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try pyFormat(int: b ? 1 : 0, spec: spec, typeName: "bool")
            case .float(let d): return try pyFormat(float: d, spec: spec)
            case .none: if spec.isEmpty { return "None" }
            case .object(let o):
                switch o.kind {
                case .str: return try pyFormat(string: unsafeDowncast(o, to: PyStr.self).value, spec: spec)
                case .bigint: return try pyFormat(int: unsafeDowncast(o, to: PyBigInt.self).value, spec: spec)
                case .native where !spec.isEmpty:
                    if let s = try unsafeDowncast(o, to: PyNativeObject.self).format(spec) { return s }
                default: break
                }
            default: break
            }
        } catch let e as PyFormatError {
            throw e.raise
        }
        if spec.isEmpty { return try pyStr(v) }
        throw PyException.make(.typeError, "unsupported format string passed to \(typeName(v)).__format__")
    }

    /// `format(v, spec)` by the allocation-free writers of `FastFormat`, nil when the general
    /// path must do it. The result is at most a few dozen KiB (`FastFormatSpec.maxNumber`).
    @inline(__always)
    func fastFormat(_ v: Value, spec: String) -> String? {
        formatState.withBuffer { out -> String? in
            let done =
                spec.utf8.withContiguousStorageIfAvailable { FastFormat.append(v, spec: $0, &out) }
                ?? Array(spec.utf8).withUnsafeBufferPointer { FastFormat.append(v, spec: $0, &out) }
            return done ? out.string : nil
        }
    }

    /// The str object in `spec`, not retained.
    @inline(__always)
    private func peekStr(_ spec: UnsafePointer<Value?>) -> Unmanaged<PyObject>? {
        if case .none = spec.pointee { return nil }
        // A non-nil `Value?` is laid out as the `Value` itself (nil is an extra inhabitant).
        guard let u = peekObject(UnsafeRawPointer(spec).assumingMemoryBound(to: Value.self)),
            u._withUnsafeGuaranteedRef({ $0.kind == .str })
        else { return nil }
        return u
    }

    /// One f-string field: conversion, then the format spec.
    func formatField(_ v: Value, conversion: Int, spec: Value?) throws -> Value {
        if conversion == 0 {
            // `{x}` of a str, int or float, and `{x:spec}` with a str spec the fast writers take.
            if let u = withUnsafePointer(to: spec, peekStr) {
                // The spec is read in place (no retain of it or of its text).
                let fast = u._withUnsafeGuaranteedRef { o -> Value? in
                    let text = unsafeDowncast(o, to: PyStr.self)
                    return formatState.withBuffer { out -> Value? in
                        let done = text.value.utf8.withContiguousStorageIfAvailable { FastFormat.append(v, spec: $0, &out) }
                        return done == true ? .str(out.string) : nil
                    }
                }
                if let fast { return fast }
            } else if spec == nil {
                switch v {
                case .object(let o) where o.kind == .str: return v
                case .int(let i): return .str(String(i))
                case .float(let d): return .str(pyFloatRepr(d))
                default: break
                }
            }
        }
        var value = v
        switch conversion {
        case 1: value = .str(try pyStr(v))
        case 2: value = .str(try pyRepr(v))
        case 3: value = .str(asciiRepr(try pyRepr(v)))
        default: break
        }
        let specText = spec?.asStr?.value ?? ""
        if specText.isEmpty, let s = value.asStr { return .object(s) }
        if specText.isEmpty, case .int(let i) = value { return .str(String(i)) }
        let s = try format(value, spec: specText)
        try checkSize(s.utf8.count)
        return .str(s)
    }

    /// `template % args`.
    func percentFormat(_ template: PyStr, _ args: Value) throws -> Value {
        if let fast = try fastPercentFormat(template, args) { return fast }
        return try percentFormat(template.value, args)
    }

    /// `template % args`: the general path.
    func percentFormat(_ template: String, _ args: Value) throws -> Value {
        var items: [Value]
        var mapping: PyDict?
        if let t = args.asTuple {
            items = t.items
        } else {
            items = [args]
            if let d = args.asDict { mapping = d }
        }
        var out = ""
        var argIndex = 0
        let chars = Array(template.unicodeScalars)
        var i = 0
        func next() throws -> Value {
            guard argIndex < items.count else { throw PyException.make(.typeError, "not enough arguments for format string") }
            defer { argIndex += 1 }
            return items[argIndex]
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.unicodeScalars.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < chars.count else { throw PyException.make(.valueError, "incomplete format") }
            let specStart = i
            var value: Value?
            if chars[i] == "(" {
                guard let m = mapping else { throw PyException.make(.typeError, "format requires a mapping") }
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "(" { depth += 1 }
                    if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                guard depth == 0 else { throw PyException.make(.valueError, "incomplete format key") }
                let key = String(String.UnicodeScalarView(chars[(i + 1)..<(j - 1)]))
                guard let v = m.get(key) else { throw PyRaise(PyException(type: .keyError, args: [.str(key)])) }
                value = v
                i = j
            }
            var flags: PyPercentFlags = []
            while i < chars.count, let f = PyPercentFlags(flag: Character(chars[i])) {
                flags.insert(f)
                i += 1
            }
            var width: Int?
            if i < chars.count && chars[i] == "*" {
                width = try indexValue(try next())
                i += 1
            } else {
                var w = ""
                while i < chars.count, chars[i].isASCII, chars[i].properties.numericType != nil {
                    w.unicodeScalars.append(chars[i])
                    i += 1
                }
                if !w.isEmpty { width = Int(w) }
            }
            var precision: Int?
            if i < chars.count && chars[i] == "." {
                i += 1
                if i < chars.count && chars[i] == "*" {
                    precision = try indexValue(try next())
                    i += 1
                } else {
                    var p = ""
                    while i < chars.count, chars[i].isASCII, chars[i].properties.numericType != nil {
                        p.unicodeScalars.append(chars[i])
                        i += 1
                    }
                    precision = Int(p) ?? 0
                }
            }
            while i < chars.count && (chars[i] == "l" || chars[i] == "h" || chars[i] == "L") { i += 1 }
            guard i < chars.count else { throw PyException.make(.valueError, "incomplete format") }
            let conv = Character(chars[i])
            i += 1
            if conv == "%" {
                if i - 1 == specStart {
                    out += "%"
                    continue
                }
                // `%5%` and the like take an argument, then fail.
                _ = try value ?? next()
                throw PyException.make(.valueError, "unsupported format character '%' (0x25) at index \(i - 1)")
            }
            let v = try value ?? next()
            var text: String
            switch conv {
            case "s", "r", "a":
                text = conv == "s" ? try pyStr(v) : conv == "r" ? try pyRepr(v) : asciiRepr(try pyRepr(v))
                if let p = precision { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(p))) }
                if let w = width, text.unicodeScalars.count < w {
                    let pad = String(repeating: " ", count: w - text.unicodeScalars.count)
                    text = flags.contains(.leftAdjust) ? text + pad : pad + text
                }
            default:
                do {
                    switch v {
                    case .float(let d):
                        text = try pyPercent(float: d, flags: flags, width: width, precision: precision, conversion: conv)
                    case .int, .bool:
                        text = try pyPercent(int: v.asBigInt ?? 0, flags: flags, width: width, precision: precision, conversion: conv)
                    case .object(let o) where o.kind == .bigint:
                        text = try pyPercent(int: v.asBigInt ?? 0, flags: flags, width: width, precision: precision, conversion: conv)
                    default:
                        if conv == "c", let s = v.asStr, s.count == 1 {
                            text = s.value
                        } else if "diouxXeEfFgGc".contains(conv) {
                            let what =
                                "diuoxX".contains(conv)
                                ? (conv == "d" || conv == "i" || conv == "u" ? "a real number" : "an integer")
                                : conv == "c" ? "an int or a unicode character" : "a real number"
                            if conv == "c" {
                                throw PyException.make(.typeError, "%c requires int or char")
                            }
                            if "eEfFgG".contains(conv) {
                                throw PyException.make(.typeError, "must be real number, not \(typeName(v))")
                            }
                            throw PyException.make(.typeError, "%\(conv) format: \(what) is required, not \(typeName(v))")
                        } else {
                            throw PyException.make(
                                .valueError,
                                "unsupported format character '\(conv)' (0x\(String(conv.unicodeScalars.first?.value ?? 0, radix: 16))) at index \(i - 1)"
                            )
                        }
                    }
                } catch let e as PyFormatError {
                    if e.message.hasPrefix("unsupported format character") {
                        throw PyException.make(.valueError, e.message + " at index \(i - 1)")
                    }
                    throw e.raise
                }
            }
            out += text
        }
        if argIndex < items.count && mapping == nil {
            throw PyException.make(.typeError, "not all arguments converted during string formatting")
        }
        try checkSize(out.utf8.count)
        return .str(out)
    }
}

/// `ascii()`: a repr with non-ASCII characters escaped.
func asciiRepr(_ repr: String) -> String {
    var out = ""
    for u in repr.unicodeScalars {
        if u.isASCII {
            out.unicodeScalars.append(u)
        } else if u.value <= 0xFF {
            out += "\\x" + String(u.value, radix: 16).leftPad(2)
        } else if u.value <= 0xFFFF {
            out += "\\u" + String(u.value, radix: 16).leftPad(4)
        } else {
            out += "\\U" + String(u.value, radix: 16).leftPad(8)
        }
    }
    return out
}
