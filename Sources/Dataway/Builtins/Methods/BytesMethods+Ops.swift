// Implementations of the `bytes`/`bytearray` methods. Results keep the receiver's type
// (a bytearray's `split` gives bytearrays), as in CPython.

enum BytesOps {
    /// A bytes or bytearray value of the receiver's type.
    @inline(__always)
    static func make(_ bytes: [UInt8], like o: PyBytes) -> Value {
        .object(PyBytes(bytes, mutable: o.kind == .bytearray))
    }

    /// The qualified name for messages: `bytes.find` or `bytearray.find`.
    @inline(__always)
    static func qualified(_ o: PyBytes, _ name: String) -> String {
        (o.kind == .bytearray ? "bytearray." : "bytes.") + name
    }

    /// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
    static func bytesArg(_ v: Value) throws -> [UInt8] {
        guard let b = bytesLike(v) else {
            throw PyException.make(.typeError, "a bytes-like object is required, not '\(typeName(v))'")
        }
        return b
    }

    /// One byte given as an int, with CPython's range check.
    static func byteValue(_ v: Value) throws -> UInt8 {
        switch v {
        case .int(let i):
            guard (0...255).contains(i) else { throw PyException.make(.valueError, "byte must be in range(0, 256)") }
            return UInt8(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            throw PyException.make(.valueError, "byte must be in range(0, 256)")
        default:
            throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// The `sub` argument of `find`/`count`/`index`: an int byte or a bytes-like object.
    static func subArg(_ v: Value) throws -> [UInt8] {
        if let b = bytesLike(v) { return b }
        switch v {
        case .int, .bool: return [try byteValue(v)]
        case .object(let o) where o.kind == .bigint: return [try byteValue(v)]
        default:
            throw PyException.make(.typeError, "argument should be integer or bytes-like object, not '\(typeName(v))'")
        }
    }

    static func searchArgs(_ o: PyBytes, _ a: Args, _ name: String) throws -> ([UInt8], Int?, Int?) {
        try parseTuple(a, name, qualified(o, name), min: 1, max: 3)
        return (try subArg(a[0]), try sliceIndexArg(a.at(1)), try sliceIndexArg(a.at(2)))
    }

    static func find(_ vm: VM, _ o: PyBytes, _ a: Args, _ name: String, reverse: Bool) throws -> Int {
        let (sub, start, end) = try searchArgs(o, a, name)
        let (st, en) = adjustIndices(start, end, o.bytes.count)
        if en - st < sub.count { return -1 }
        if sub.isEmpty { return reverse ? en : st }
        try chargeWork(vm, en - st)
        let finder = ByteFinder(sub, reverse: reverse)
        return o.bytes.withUnsafeBufferPointer { u in
            (reverse ? finder.last(in: u, st, en) : finder.first(in: u, st, en)) ?? -1
        }
    }

    static func count(_ vm: VM, _ o: PyBytes, _ a: Args) throws -> Int {
        let (sub, start, end) = try searchArgs(o, a, "count")
        let (st, en) = adjustIndices(start, end, o.bytes.count)
        if en - st < sub.count { return 0 }
        if sub.isEmpty { return en - st + 1 }
        try chargeWork(vm, en - st)
        return o.bytes.withUnsafeBufferPointer { ByteFinder(sub).count(in: $0, st, en) }
    }

    /// `startswith`/`endswith` (CPython's `tailmatch`).
    static func startsOrEnds(_ o: PyBytes, _ a: Args, suffix: Bool) throws -> Value {
        let name = suffix ? "endswith" : "startswith"
        try parseTuple(a, name, qualified(o, name), min: 1, max: 3)
        let start = try sliceIndexArg(a.at(1))
        let end = try sliceIndexArg(a.at(2))
        func match(_ sub: [UInt8]) -> Bool {
            var (st, en) = adjustIndices(start, end, o.bytes.count)
            en -= sub.count
            if en < st { return false }
            if sub.isEmpty { return true }
            let at = suffix ? en : st
            return o.bytes[at..<at + sub.count].elementsEqual(sub)
        }
        if let t = a[0].asTuple {
            for item in t.items where match(try bytesArg(item)) { return .bool(true) }
            return .bool(false)
        }
        guard let sub = bytesLike(a[0]) else {
            throw PyException.make(.typeError, "\(name) first arg must be bytes or a tuple of bytes, not \(typeName(a[0]))")
        }
        return .bool(match(sub))
    }

    static func split(_ vm: VM, _ o: PyBytes, _ a: Args, reverse: Bool) throws -> Value {
        let p = try bindKeywords(a, reverse ? "rsplit" : "split", ["sep", "maxsplit"])
        let maxsplit = try p[1].map(intArg) ?? -1
        try chargeWork(vm, o.bytes.count)
        let sep = try p[0].flatMap { $0.isNone ? nil : try bytesArg($0) }
        if let sep, sep.isEmpty { throw PyException.make(.valueError, "empty separator") }
        return o.bytes.withUnsafeBufferPointer { u in
            let ranges: [Range<Int>]
            if let sep {
                ranges = reverse ? rsplitSeparator(u, sep, maxsplit: maxsplit) : splitSeparator(u, sep, maxsplit: maxsplit)
            } else {
                ranges = reverse ? rsplitWhitespace(u, maxsplit: maxsplit, .ascii) : splitWhitespace(u, maxsplit: maxsplit, .ascii)
            }
            return .list(ranges.map { make(Array(u[$0]), like: o) })
        }
    }

    static func splitlines(_ o: PyBytes, _ a: Args) throws -> Value {
        let p = try bindKeywords(a, "splitlines", ["keepends"])
        let keepends = try p[0].map(intArg) ?? 0 != 0
        return o.bytes.withUnsafeBufferPointer { u in
            .list(splitLines(u, keepends: keepends, unicode: false).map { make(Array(u[$0]), like: o) })
        }
    }

    static func partition(_ o: PyBytes, _ a: Args, reverse: Bool) throws -> Value {
        let sepValue = try oneArg(a, qualified(o, reverse ? "rpartition" : "partition"))
        let sep = try bytesArg(sepValue)
        if sep.isEmpty { throw PyException.make(.valueError, "empty separator") }
        let finder = ByteFinder(sep, reverse: reverse)
        let n = o.bytes.count
        let found = o.bytes.withUnsafeBufferPointer { u in reverse ? finder.last(in: u, 0, n) : finder.first(in: u, 0, n) }
        let sepOut = o.kind == .bytearray ? make(sep, like: o) : sepValue
        guard let p = found else {
            let whole = make(o.bytes, like: o)
            return reverse ? .tuple([make([], like: o), make([], like: o), whole]) : .tuple([whole, make([], like: o), make([], like: o)])
        }
        return .tuple([make(Array(o.bytes[..<p]), like: o), sepOut, make(Array(o.bytes[(p + sep.count)...]), like: o)])
    }

    static func strip(_ o: PyBytes, _ a: Args, _ name: String, _ sides: StripSides) throws -> Value {
        try positional(a, name, qualified(o, name), min: 0, max: 1)
        let range: Range<Int>
        if let v = a.at(0), !v.isNone {
            let chars = try bytesArg(v)
            range = o.bytes.withUnsafeBufferPointer { stripBytes($0, sides, chars) }
        } else {
            range = o.bytes.withUnsafeBufferPointer { stripWhitespace($0, sides, .ascii) }
        }
        return make(Array(o.bytes[range]), like: o)
    }

    static func replace(_ vm: VM, _ o: PyBytes, _ a: Args) throws -> Value {
        try positional(a, "replace", qualified(o, "replace"), min: 2, max: 3)
        let old = try bytesArg(a[0])
        let new = try bytesArg(a[1])
        let count = try a.at(2).map(intArg) ?? -1
        try chargeWork(vm, o.bytes.count)
        if count == 0 || old == new { return make(o.bytes, like: o) }
        let out: [UInt8]? = try o.bytes.withUnsafeBufferPointer { u in
            if old.isEmpty {
                return try replaceEmpty(u, characters: u.count, new, count: count, unicode: false, checkSize: vm.checkSize)
            }
            return try replaceBytes(u, old, new, count: count, checkSize: vm.checkSize)
        }
        return make(out ?? o.bytes, like: o)
    }

    static func join(_ vm: VM, _ o: PyBytes, _ a: Args) throws -> Value {
        let iterable = try oneArg(a, qualified(o, "join"))
        let items = try vm.iterateToArray(iterable)
        var parts: [[UInt8]] = []
        parts.reserveCapacity(items.count)
        var total = o.bytes.count * max(0, items.count - 1)
        for (i, item) in items.enumerated() {
            guard let b = bytesLike(item) else {
                throw PyException.make(.typeError, "sequence item \(i): expected a bytes-like object, \(typeName(item)) found")
            }
            total += b.count
            parts.append(b)
        }
        try vm.checkSize(total)
        try chargeWork(vm, total)
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for (i, p) in parts.enumerated() {
            if i > 0 { out += o.bytes }
            out += p
        }
        return make(out, like: o)
    }

    static func affix(_ o: PyBytes, _ a: Args, suffix: Bool) throws -> Value {
        let name = suffix ? "removesuffix" : "removeprefix"
        let affix = try bytesArg(try oneArg(a, qualified(o, name)))
        let b = o.bytes
        if !affix.isEmpty && affix.count <= b.count {
            if suffix && b[(b.count - affix.count)...].elementsEqual(affix) { return make(Array(b[..<(b.count - affix.count)]), like: o) }
            if !suffix && b[..<affix.count].elementsEqual(affix) { return make(Array(b[affix.count...]), like: o) }
        }
        return make(b, like: o)
    }

    // MARK: layout

    static func justify(_ vm: VM, _ o: PyBytes, _ a: Args, _ how: StrOps.Justify) throws -> Value {
        let name = how == .left ? "ljust" : how == .right ? "rjust" : "center"
        try positional(a, name, qualified(o, name), min: 1, max: 2)
        let width = try intArg(a[0])
        var fill: UInt8 = 0x20
        if let f = a.at(1) {
            guard let fb = bytesLike(f), fb.count == 1 else {
                throw PyException.make(.typeError, "\(name)() argument 2 must be a byte string of length 1, not \(clinicTypeName(f))")
            }
            fill = fb[0]
        }
        let n = o.bytes.count
        if n >= width { return make(o.bytes, like: o) }
        try vm.checkSize(width)
        let margin = width - n
        let left: Int
        switch how {
        case .left: left = 0
        case .right: left = margin
        case .center: left = margin / 2 + (margin & width & 1)
        }
        var out = [UInt8](repeating: fill, count: left)
        out += o.bytes
        out += repeatElement(fill, count: margin - left)
        return make(out, like: o)
    }

    static func zfill(_ vm: VM, _ o: PyBytes, _ a: Args) throws -> Value {
        let width = try intArg(try oneArg(a, qualified(o, "zfill")))
        let b = o.bytes
        if b.count >= width { return make(b, like: o) }
        try vm.checkSize(width)
        var out = [UInt8](repeating: 0x30, count: width - b.count) + b
        let fill = width - b.count
        if fill < out.count && (out[fill] == 0x2B || out[fill] == 0x2D) {
            out[0] = out[fill]
            out[fill] = 0x30
        }
        return make(out, like: o)
    }

    static func expandtabs(_ vm: VM, _ o: PyBytes, _ a: Args) throws -> Value {
        let p = try bindKeywords(a, "expandtabs", ["tabsize"])
        let tabsize = try p[0].map(intArg) ?? 8
        var out: [UInt8] = []
        var column = 0
        for c in o.bytes {
            if c == 9 {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    try vm.checkSize(out.count + n)
                    out += repeatElement(0x20, count: n)
                    column += n
                }
            } else {
                out.append(c)
                column += 1
                if c == 10 || c == 13 { column = 0 }
            }
        }
        return make(out, like: o)
    }
}
