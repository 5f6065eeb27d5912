// The `str.format` fast path: a template is parsed once into literal text and simple replacement
// fields (`{}`, `{0}`, `{name}`, each with an optional `!r`/`!s`/`!a` and a spec without nested
// fields), cached per run by the identity of the template string, and formatted by appending UTF-8
// bytes into one reusable buffer. Templates with anything else (attribute or index lookups, nested
// specs, parse errors, mixed auto/manual numbering) and calls whose fields cannot be resolved
// without an error take `StrFormatter`'s general path, which reproduces CPython's behaviour.

/// Per-run formatting state: the template cache and a reusable output buffer.
final class FormatState {
    /// Parsed templates by template string.
    private var templates = StrIdentityCache<FormatTemplate>(slotCount: 64)
    /// The output buffer, lent out by `withBuffer` (nil while lent, so a nested use makes its own).
    private var sink: ByteSink?

    deinit { sink?.deallocate() }

    /// The parsed template for `s`, parsing it on first use.
    func template(_ s: PyStr) -> FormatTemplate { templates.value(s) { FormatTemplate(s) } }

    /// Runs `body` with an empty output buffer, reusing its storage across calls.
    @inline(__always)
    func withBuffer<R>(_ body: (inout ByteSink) throws -> R) rethrows -> R {
        var buffer = sink.take() ?? ByteSink(capacity: 256)
        defer {
            // Keep one buffer of modest size; a nested use may already have put its own back.
            if buffer.capacity <= 1 << 16 && sink == nil {
                buffer.removeAll()
                sink = buffer
            } else {
                buffer.deallocate()
            }
        }
        return try body(&buffer)
    }
}

/// A parsed `str.format` template (see the file comment).
final class FormatTemplate {
    /// One replacement field and the literal text before it (plain data: reading one copies no
    /// references).
    struct Field {
        /// End of this field's preceding literal text in `literals` (it starts where the previous
        /// field's ended).
        var literalEnd: Int
        /// The positional argument, or -1 for a keyword field (named `names[i]` for field `i`).
        var index: Int
        /// `r`, `s`, `a` or 0.
        var conversion: UInt8
        /// True when the field has a format spec (`specs[i]` for field `i`).
        var hasSpec: Bool
        /// The spec parsed for the fast writers; nil when it is empty or they cannot use it.
        var parsed: FastFormatSpec?
    }

    /// The literal text, unescaped (`{{` → `{`), of all the pieces, in order.
    let literals: [UInt8]
    /// The fields, in order; the literal text after the last one runs to `literals.count`.
    let fields: [Field]
    /// Each field's keyword name ("" for positional fields).
    let names: [String]
    /// Each field's format spec text.
    let specs: [String]
    /// False when the general formatter must handle the template.
    let simple: Bool
    /// The largest positional index used, -1 when none.
    let maxIndex: Int

    init(_ template: PyStr) {
        var literals: [UInt8] = []
        var fields: [Field] = []
        var names: [String] = []
        var specs: [String] = []
        var maxIndex = -1
        var text = template.value
        let ok = text.withUTF8 { s -> Bool in
            let n = s.count
            var pos = 0
            var auto = 0
            var manual = false
            while pos < n {
                let c = s[pos]
                if c == UInt8(ascii: "}") {
                    guard pos + 1 < n, s[pos + 1] == c else { return false }
                    literals.append(c)
                    pos += 2
                    continue
                }
                if c != UInt8(ascii: "{") {
                    literals.append(c)
                    pos += 1
                    continue
                }
                if pos + 1 < n && s[pos + 1] == c {
                    literals.append(c)
                    pos += 2
                    continue
                }
                // A field: name, then `!c`, then `:spec`, then `}`.
                pos += 1
                let nameStart = pos
                while pos < n {
                    let x = s[pos]
                    if x == UInt8(ascii: "}") || x == UInt8(ascii: ":") || x == UInt8(ascii: "!") { break }
                    if x == UInt8(ascii: "{") || x == UInt8(ascii: "[") || x == UInt8(ascii: ".") || x >= 0x80 { return false }
                    pos += 1
                }
                guard pos < n else { return false }
                let nameEnd = pos
                var conversion: UInt8 = 0
                if s[pos] == UInt8(ascii: "!") {
                    guard pos + 2 < n else { return false }
                    conversion = s[pos + 1]
                    guard conversion == UInt8(ascii: "r") || conversion == UInt8(ascii: "s") || conversion == UInt8(ascii: "a"),
                        s[pos + 2] == UInt8(ascii: ":") || s[pos + 2] == UInt8(ascii: "}")
                    else { return false }
                    pos += 2
                }
                var specStart = pos
                if s[pos] == UInt8(ascii: ":") {
                    pos += 1
                    specStart = pos
                    while pos < n && s[pos] != UInt8(ascii: "}") {
                        if s[pos] == UInt8(ascii: "{") { return false }
                        pos += 1
                    }
                    guard pos < n else { return false }
                }
                let spec = UnsafeBufferPointer(rebasing: s[specStart..<pos])
                pos += 1  // the closing brace
                var index = -1
                var name = ""
                if nameStart == nameEnd {
                    if manual { return false }
                    index = auto
                    auto += 1
                } else if let i = Self.decimal(UnsafeBufferPointer(rebasing: s[nameStart..<nameEnd])) {
                    if auto > 0 || i < 0 { return false }
                    manual = true
                    index = i
                } else {
                    name = String(decoding: UnsafeBufferPointer(rebasing: s[nameStart..<nameEnd]), as: UTF8.self)
                }
                maxIndex = max(maxIndex, index)
                fields.append(
                    Field(
                        literalEnd: literals.count, index: index, conversion: conversion, hasSpec: !spec.isEmpty,
                        parsed: spec.isEmpty ? nil : FastFormatSpec(spec)))
                names.append(name)
                specs.append(String(decoding: spec, as: UTF8.self))
            }
            return true
        }
        self.literals = literals
        self.fields = fields
        self.names = names
        self.specs = specs
        self.simple = ok
        self.maxIndex = maxIndex
    }

    /// The value of an all-ASCII-digit field name (-1 when it has more than 9 digits); nil for
    /// any other name.
    private static func decimal(_ s: UnsafeBufferPointer<UInt8>) -> Int? {
        var v = 0
        for c in s {
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            v = v * 10 + Int(c - UInt8(ascii: "0"))
        }
        return s.count <= 9 ? v : -1
    }

    /// Formats the template with the call's arguments; nil when the general path must do it
    /// (including every case that raises an error other than one from formatting a value).
    func format(_ vm: VM, _ a: Args) throws -> Value? {
        guard simple, maxIndex < a.count else { return nil }
        guard let p = a.values.baseAddress else { return fields.isEmpty ? .str(String(decoding: literals, as: UTF8.self)) : nil }
        return try literals.withUnsafeBufferPointer { text in
            try fields.withUnsafeBufferPointer { fields in
                try vm.formatState.withBuffer { out -> Value? in
                    out.reserve(text.count + 16 * fields.count)
                    var start = 0
                    for i in fields.indices {
                        let literalEnd = fields[i].literalEnd
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<literalEnd]))
                        start = literalEnd
                        let slot: UnsafePointer<Value>
                        let index = fields[i].index
                        if index >= 0 {
                            slot = p + index
                        } else {
                            guard let k = a.keywordNames.firstIndex(of: names[i]) else { return nil }
                            slot = p + a.count + k
                        }
                        if fields[i].conversion == 0 {
                            if !fields[i].hasSpec {
                                if Self.appendPlain(slot, &out) { continue }
                            } else if let spec = fields[i].parsed, FastFormat.append(slot.pointee, parsed: spec, &out) {
                                continue
                            }
                        }
                        try appendGeneral(vm, slot.pointee, i, &out)
                    }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
                    try vm.checkSize(out.count)
                    return .str(out.string)
                }
            }
        }
    }

    /// `format(v, "")` for a str, machine int or float read in place; false for other values.
    @inline(__always)
    private static func appendPlain(_ slot: UnsafePointer<Value>, _ out: inout ByteSink) -> Bool {
        if let u = peekObject(slot) {
            return u._withUnsafeGuaranteedRef { o -> Bool in
                guard o.kind == .str else { return false }
                let s = unsafeDowncast(o, to: PyStr.self)
                out.append(s.value)
                return true
            }
        }
        switch slot.pointee {
        case .int(let i):
            FastFormat.appendInt(i, &out)
            return true
        case .float(let d):
            out.append(pyFloatRepr(d))
            return true
        default:
            return false
        }
    }

    /// One field through the general formatting code (conversion, then `VM.format`).
    private func appendGeneral(_ vm: VM, _ v: Value, _ i: Int, _ out: inout ByteSink) throws {
        let f = fields[i]
        var value = v
        switch f.conversion {
        case UInt8(ascii: "r"): value = .str(try pyRepr(v))
        case UInt8(ascii: "s"): value = .str(try pyStr(v))
        case UInt8(ascii: "a"): value = .str(asciiRepr(try pyRepr(v)))
        default: break
        }
        if !f.hasSpec, let s = value.asStr {
            out.append(s.value)
            return
        }
        if let spec = f.parsed, FastFormat.append(value, parsed: spec, &out) { return }
        out.append(try vm.format(value, spec: specs[i]))
    }
}
