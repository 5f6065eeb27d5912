// Padding (`center`, `ljust`, `rjust`, `zfill`), `expandtabs`, and `translate`/`maketrans`.

extension StrOps {
    /// The fill character argument of `center`/`ljust`/`rjust`.
    static func fillChar(_ v: Value?) throws -> String {
        guard let v else { return " " }
        guard let s = v.asStr else {
            throw PyException.make(.typeError, "The fill character must be a unicode character, not \(typeName(v))")
        }
        guard s.count == 1 else { throw PyException.make(.typeError, "The fill character must be exactly one character long") }
        return s.value
    }

    /// `s` with `left` and `right` fill characters around it, within the size limit.
    static func pad(_ vm: VM, _ s: PyStr, _ left: Int, _ right: Int, _ fill: String) throws -> Value {
        let fillBytes = fill.utf8.count
        let (grow, o1) = (left + right).multipliedReportingOverflow(by: fillBytes)
        let (total, o2) = grow.addingReportingOverflow(s.value.utf8.count)
        try vm.checkSize(o1 || o2 ? -1 : total)
        var out = ""
        out.reserveCapacity(total)
        if left > 0 { out += String(repeating: fill, count: left) }
        out += s.value
        if right > 0 { out += String(repeating: fill, count: right) }
        return .str(out)
    }

    enum Justify { case left, right, center }

    static func justify(_ vm: VM, _ r: Value, _ a: Args, _ how: Justify) throws -> Value {
        let name = how == .left ? "ljust" : how == .right ? "rjust" : "center"
        try positional(a, name, "str.\(name)", min: 1, max: 2)
        let s = try receiverStr(r)
        let width = try intArg(a[0])
        let fill = try fillChar(a.at(1))
        if s.count >= width { return r }
        let margin = width - s.count
        switch how {
        case .left: return try pad(vm, s, 0, margin, fill)
        case .right: return try pad(vm, s, margin, 0, fill)
        case .center:
            let left = margin / 2 + (margin & width & 1)
            return try pad(vm, s, left, margin - left, fill)
        }
    }

    static func zfill(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let width = try intArg(try oneArg(a, "str.zfill"))
        let s = try receiverStr(r)
        if s.count >= width { return r }
        let fill = width - s.count
        try vm.checkSize(s.value.utf8.count + fill)
        var body = Substring(s.value)
        var out = ""
        out.reserveCapacity(width)
        if let first = body.unicodeScalars.first, first == "+" || first == "-" {
            out.unicodeScalars.append(first)
            body = body.dropFirst()
        }
        out += String(repeating: "0", count: fill)
        out += body
        return .str(out)
    }

    static func expandtabs(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let p = try bindKeywords(a, "expandtabs", ["tabsize"])
        let s = try receiverStr(r)
        let tabsize = try p[0].map(intArg) ?? 8
        if !s.value.utf8.contains(9) { return r }
        var out = TextBuilder(capacity: s.value.utf8.count)
        var column = 0
        for c in s.value.unicodeScalars {
            if c == "\t" {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    try vm.checkSize(out.count + n)
                    column += n
                    out.bytes.append(contentsOf: repeatElement(0x20, count: n))
                }
            } else {
                out.append(c)
                column += 1
                if c == "\n" || c == "\r" { column = 0 }
            }
        }
        return .str(out.string)
    }

    // MARK: translate

    /// Looks up one code point in a translation table; nil when the table has no entry.
    private static func translation(_ vm: VM, _ table: Value, _ c: UInt32) throws -> Value? {
        let key = Value.int(Int(c))
        if let d = table.asDict { return d.table.get(key, hash: try hashKey(key)) }
        do {
            return try vm.getItem(table, key)
        } catch let e as PyRaise where e.exception.type.isSubtype(of: .lookupError) {
            return nil
        }
    }

    static func translate(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let table = try oneArg(a, "str.translate")
        let s = try receiverStr(r)
        var cache: [UInt32: Value?] = [:]
        var out = TextBuilder(capacity: s.value.utf8.count)
        for c in s.value.unicodeScalars {
            let mapped: Value?
            if let hit = cache[c.value] {
                mapped = hit
            } else {
                mapped = try translation(vm, table, c.value)
                cache[c.value] = .some(mapped)
            }
            guard let m = mapped else {
                out.append(c)
                continue
            }
            if m.isNone { continue }
            if let b = m.asBigInt {
                guard b >= 0, b < 0x110000 else {
                    throw PyException.make(.valueError, "character mapping must be in range(0x110000)")
                }
                // Lone surrogates cannot live in a Swift string.
                out.append(Unicode.Scalar(UInt32(b)) ?? "\u{FFFD}" as Unicode.Scalar)
            } else if let str = m.asStr {
                out.append(str.value)
                if out.count > vm.limits.maxSize { try vm.checkSize(out.count) }
            } else {
                throw PyException.make(.typeError, "character mapping must return integer, None or str")
            }
        }
        return .str(out.string)
    }

    /// `str.maketrans(x[, y[, z]])`.
    static func maketrans(_ a: Args) throws -> Value {
        try positional(a, "maketrans", "str.maketrans", min: 1, max: 3)
        if a.count >= 2, a[1].asStr == nil {
            throw PyException.make(.typeError, "maketrans() argument 2 must be str, not \(clinicTypeName(a[1]))")
        }
        if a.count == 3, a[2].asStr == nil {
            throw PyException.make(.typeError, "maketrans() argument 3 must be str, not \(clinicTypeName(a[2]))")
        }
        let out = PyDict()
        if a.count == 1 {
            guard let d = a[0].asDict else {
                throw PyException.make(.typeError, "if you give only one argument to maketrans it must be a dict")
            }
            let t = d.table
            for slot in 0..<t.slotCount where t.isLive(slot) {
                let k = t.key(at: slot)
                if let ks = k.asStr {
                    guard ks.count == 1 else {
                        throw PyException.make(.valueError, "string keys in translate table must be of length 1")
                    }
                    let key = Value.int(Int(ks.scalar(at: 0).value))
                    out.table.set(key, hash: try hashKey(key), value: t.value(at: slot))
                } else if k.asBigInt != nil {
                    out.table.set(k, hash: t.hash(atSlot: slot), value: t.value(at: slot))
                } else {
                    throw PyException.make(.typeError, "keys in translate table must be strings or integers")
                }
            }
            return .object(out)
        }
        guard let x = a[0].asStr else {
            throw PyException.make(.typeError, "first maketrans argument must be a string if there is a second argument")
        }
        guard let y = a[1].asStr, x.count == y.count else {
            throw PyException.make(.valueError, "the first two maketrans arguments must have equal length")
        }
        for (c, d) in zip(x.value.unicodeScalars, y.value.unicodeScalars) {
            let key = Value.int(Int(c.value))
            out.table.set(key, hash: try hashKey(key), value: .int(Int(d.value)))
        }
        if a.count == 3, let z = a[2].asStr {
            for c in z.value.unicodeScalars {
                let key = Value.int(Int(c.value))
                out.table.set(key, hash: try hashKey(key), value: .none)
            }
        }
        return .object(out)
    }
}
