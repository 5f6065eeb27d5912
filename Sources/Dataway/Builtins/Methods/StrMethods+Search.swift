import CHeap

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Searching, splitting, stripping, replacing and joining for `str`. Work happens on the UTF-8
// bytes; code point indices (`start`/`end` arguments, results of `find`) are converted at the edges.

enum StrOps {
    /// The arguments of `find`/`count`/`index`...: (sub, start, end).
    static func searchArgs(_ a: Args, _ name: String) throws -> (PyStr, Int?, Int?) {
        try parseTuple(a, name, "str.\(name)", min: 1, max: 3)
        guard let sub = a[0].asStr else {
            throw PyException.make(.typeError, "must be str, not \(typeName(a[0]))")
        }
        return (sub, try sliceIndexArg(a.at(1)), try sliceIndexArg(a.at(2)))
    }

    /// Byte offsets of the code point range `lo..<hi` (clamped, `lo <= hi <= count`).
    @inline(__always)
    static func byteRange(_ s: PyStr, _ u: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Int, Int) {
        if s.isASCII { return (lo, hi) }
        let b = utf8Offset(u, scalar: lo)
        var e = b
        var k = lo
        while k < hi && e < u.count {
            e += 1
            while e < u.count && u[e] & 0xC0 == 0x80 { e += 1 }
            k += 1
        }
        return (b, e)
    }

    /// `find`/`rfind`: the code point index of `sub` within `s[start:end]`, or -1.
    static func find(_ vm: VM, _ s: PyStr, _ sub: PyStr, _ start: Int?, _ end: Int?, reverse: Bool) throws -> Int {
        let (st, en) = adjustIndices(start, end, s.count)
        if en - st < sub.count { return -1 }
        if sub.count == 0 { return reverse ? en : st }
        try chargeWork(vm, en - st)
        return s.withBytes { u in
            let (lo, hi) = byteRange(s, u, st, en)
            let found: Int? = sub.withBytes { n in
                // Forward: the needle read in place; backward needs the finder's tables.
                reverse ? ByteFinder(Array(n), reverse: true).last(in: u, lo, hi) : ByteFinder.first(n, in: u, lo, hi)
            }
            guard let p = found else { return -1 }
            return s.isASCII ? p : st + scalarCount(u, lo, p)
        }
    }

    static func count(_ vm: VM, _ s: PyStr, _ sub: PyStr, _ start: Int?, _ end: Int?) throws -> Int {
        let (st, en) = adjustIndices(start, end, s.count)
        if en - st < sub.count { return 0 }
        if sub.count == 0 { return en - st + 1 }
        try chargeWork(vm, en - st)
        return s.withBytes { u in
            let (lo, hi) = byteRange(s, u, st, en)
            return sub.withBytes { ByteFinder.count($0, in: u, lo, hi) }
        }
    }

    /// CPython's `tailmatch`: whether `sub` matches at the start (or end) of `s[start:end]`.
    static func tailMatch(_ s: PyStr, _ sub: PyStr, _ start: Int?, _ end: Int?, suffix: Bool) -> Bool {
        var (st, en) = adjustIndices(start, end, s.count)
        en -= sub.count
        if en < st { return false }
        if sub.count == 0 { return true }
        return s.withBytes { u in
            let at = suffix ? en : st
            let off = s.isASCII ? at : utf8Offset(u, scalar: at)
            let needle = sub.value.utf8
            if off + needle.count > u.count { return false }
            var i = off
            for b in needle {
                if u[i] != b { return false }
                i += 1
            }
            return true
        }
    }

    /// `startswith`/`endswith`.
    static func startsOrEnds(_ a: Args, _ r: Value, suffix: Bool) throws -> Value {
        let name = suffix ? "endswith" : "startswith"
        try parseTuple(a, name, "str.\(name)", min: 1, max: 3)
        let s = try receiverStr(r)
        let start = try sliceIndexArg(a.at(1))
        let end = try sliceIndexArg(a.at(2))
        if let t = a[0].asTuple {
            for item in t.items {
                guard let sub = item.asStr else {
                    throw PyException.make(.typeError, "tuple for \(name) must only contain str, not \(typeName(item))")
                }
                if tailMatch(s, sub, start, end, suffix: suffix) { return .bool(true) }
            }
            return .bool(false)
        }
        guard let sub = a[0].asStr else {
            throw PyException.make(.typeError, "\(name) first arg must be str or a tuple of str, not \(typeName(a[0]))")
        }
        return .bool(tailMatch(s, sub, start, end, suffix: suffix))
    }

    /// Builds a list of substrings from byte ranges.
    /// The substrings at `ranges` (whole code points) of a string that is ASCII when `ascii`.
    static func pieces(_ u: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], ascii: Bool) -> Value {
        guard let base = u.baseAddress else { return .list(ranges.map { _ in .str("") }) }
        return .list(ranges.map { .object(PyStr.slice(base + $0.lowerBound, $0.count, ascii: ascii)) })
    }

    /// `s.split(sep)` read straight from both strings' UTF-8 storage (nil when either is not
    /// contiguous, which strings made by Dataway always are). Pieces of an ASCII string are ASCII
    /// and count their bytes as code points, so nothing is measured twice.
    static func splitOn(_ s: PyStr, _ sep: PyStr, maxsplit: Int) -> Value? {
        let ascii = s.isASCII
        let items: [Value]?? = s.value.utf8.withContiguousStorageIfAvailable { h in
            sep.value.utf8.withContiguousStorageIfAvailable { n in
                guard let base = h.baseAddress else { return [Value.str("")] }
                var out: [Value] = []
                out.reserveCapacity(12)  // as CPython presizes: most splits need no regrowth
                var i = 0
                var remaining = maxsplit < 0 ? Int.max : maxsplit
                while remaining > 0 {
                    let p = cheap_find_bytes(base + i, h.count - i, n.baseAddress, n.count)
                    if p < 0 { break }
                    out.append(piece(base + i, p, ascii))
                    i += p + n.count
                    remaining -= 1
                }
                out.append(piece(base + i, h.count - i, ascii))
                return out
            }
        }
        guard let found = items, let list = found else { return nil }
        return .list(list)
    }

    @inline(__always) static func piece(_ start: UnsafePointer<UInt8>, _ length: Int, _ ascii: Bool) -> Value {
        .object(PyStr.slice(start, length, ascii: ascii))
    }

    /// `split`/`rsplit`.
    static func split(_ vm: VM, _ r: Value, _ a: Args, reverse: Bool) throws -> Value {
        let name = reverse ? "rsplit" : "split"
        // `s.split()` / `s.split(sep)` (the usual calls) need no keyword binding.
        let sepArg: Value?
        let maxsplit: Int
        if !a.hasKeywords && a.count <= 1 {
            sepArg = a.at(0)
            maxsplit = -1
        } else {
            let p = try bindKeywords(a, name, ["sep", "maxsplit"])
            sepArg = p[0]
            maxsplit = try p[1].map(intArg) ?? -1
        }
        let s = try receiverStr(r)
        try chargeWork(vm, s.value.utf8.count)
        if let sepValue = sepArg, !sepValue.isNone {
            guard let sep = sepValue.asStr else {
                throw PyException.make(.typeError, "must be str or None, not \(typeName(sepValue))")
            }
            if sep.count == 0 { throw PyException.make(.valueError, "empty separator") }
            if !reverse, let v = splitOn(s, sep, maxsplit: maxsplit) { return v }
            let needle = Array(sep.value.utf8)
            return s.withBytes { u in
                pieces(
                    u, reverse ? rsplitSeparator(u, needle, maxsplit: maxsplit) : splitSeparator(u, needle, maxsplit: maxsplit),
                    ascii: s.isASCII)
            }
        }
        return s.withBytes { u in
            pieces(
                u, reverse ? rsplitWhitespace(u, maxsplit: maxsplit, .unicode) : splitWhitespace(u, maxsplit: maxsplit, .unicode),
                ascii: s.isASCII)
        }
    }

    static func splitlines(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let p = try bindKeywords(a, "splitlines", ["keepends"])
        let s = try receiverStr(r)
        let keepends = try p[0].map(intArg) ?? 0 != 0
        try chargeWork(vm, s.value.utf8.count)
        return s.withBytes { u in pieces(u, splitLines(u, keepends: keepends, unicode: true), ascii: s.isASCII) }
    }

    /// `partition`/`rpartition`.
    static func partition(_ r: Value, _ a: Args, reverse: Bool) throws -> Value {
        let sepValue = try oneArg(a, reverse ? "str.rpartition" : "str.partition")
        let s = try receiverStr(r)
        guard let sep = sepValue.asStr else { throw PyException.make(.typeError, "must be str, not \(typeName(sepValue))") }
        if sep.count == 0 { throw PyException.make(.valueError, "empty separator") }
        let found: (Int, Int)? = s.withBytes { u in
            sep.withBytes { n in
                let at = reverse ? ByteFinder(Array(n), reverse: true).last(in: u, 0, u.count) : ByteFinder.first(n, in: u, 0, u.count)
                return at.map { ($0, $0 + n.count) }
            }
        }
        guard let (lo, hi) = found else {
            return reverse ? .tuple([.str(""), .str(""), r]) : .tuple([r, .str(""), .str("")])
        }
        return s.withBytes { u in
            .tuple([
                .object(PyStr.slice(u.baseAddress.unsafelyUnwrapped, lo, ascii: s.isASCII)), .object(sep),
                .object(PyStr.slice(u.baseAddress.unsafelyUnwrapped + hi, u.count - hi, ascii: s.isASCII)),
            ])
        }
    }

    /// `strip`/`lstrip`/`rstrip`.
    static func strip(_ r: Value, _ a: Args, _ name: String, _ sides: StripSides) throws -> Value {
        try positional(a, name, "str.\(name)", min: 0, max: 1)
        let s = try receiverStr(r)
        let range: Range<Int>
        if let charsValue = a.at(0), !charsValue.isNone {
            guard let chars = charsValue.asStr else { throw PyException.make(.typeError, "\(name) arg must be None or str") }
            let charBytes = chars.value.utf8
            if charBytes.count == 1, let c = charBytes.first, c < 0x80 {
                range = s.withBytes { stripASCIIByte($0, sides, c) }
            } else {
                let set = Set(chars.value.unicodeScalars.map(\.value))
                range = s.withBytes { stripScalars($0, sides, set) }
            }
        } else {
            range = s.withBytes { stripWhitespace($0, sides, .unicode) }
        }
        if range.count == s.value.utf8.count { return r }
        return .object(s.withBytes { PyStr.slice($0.baseAddress.unsafelyUnwrapped + range.lowerBound, range.count, ascii: s.isASCII) })
    }

    static func replace(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        try positional(a, "replace", "str.replace", min: 2, max: 3)
        let s = try receiverStr(r)
        guard let old = a[0].asStr else {
            throw PyException.make(.typeError, "replace() argument 1 must be str, not \(clinicTypeName(a[0]))")
        }
        guard let new = a[1].asStr else {
            throw PyException.make(.typeError, "replace() argument 2 must be str, not \(clinicTypeName(a[1]))")
        }
        let count = try a.at(2).map(intArg) ?? -1
        if count == 0 || strEqual(old, new) { return r }
        try chargeWork(vm, s.value.utf8.count)
        if old.count > 0 {
            // Nothing to replace: the string itself, as CPython returns it.
            let absent = s.withBytes { u in old.withBytes { ByteFinder.first($0, in: u, 0, u.count) == nil } }
            if absent { return r }
            if let swapped = replaceOneByte(s, old, new, count: count) { return .object(swapped) }
        }
        let newBytes = Array(new.value.utf8)
        let out: [UInt8]? = try s.withBytes { u in
            if old.count == 0 {
                return try replaceEmpty(u, characters: s.count, newBytes, count: count, unicode: !s.isASCII, checkSize: vm.checkSize)
            }
            if old.count > s.count { return nil }
            return try replaceBytes(u, Array(old.value.utf8), newBytes, count: count, checkSize: vm.checkSize)
        }
        guard let out else { return r }
        return .str(String(decoding: out, as: UTF8.self))
    }

    /// `replace` of one ASCII byte by another (`"-"` by `"_"`): the same length, built in one copy.
    static func replaceOneByte(_ s: PyStr, _ old: PyStr, _ new: PyStr, count: Int) -> PyStr? {
        guard old.isASCII, new.isASCII, old.count == 1, new.count == 1 else { return nil }
        let from = old.withBytes { $0[0] }
        let to = new.withBytes { $0[0] }
        return s.withBytes { u in
            PyStr.build(byteCount: u.count, isASCII: s.isASCII, count: s.count) { p in
                guard let base = u.baseAddress else { return }
                p.update(from: base, count: u.count)
                var left = count < 0 ? Int.max : count
                var i = 0
                while left > 0, i < u.count, let hit = memchr(p + i, Int32(from), u.count - i) {
                    let at = hit.assumingMemoryBound(to: UInt8.self)
                    at.pointee = to
                    i = at - p + 1
                    left -= 1
                }
            }
        }
    }

    static func join(_ vm: VM, _ r: Value, _ a: Args) throws -> Value {
        let iterable = try oneArg(a, "str.join")
        let sep = try receiverStr(r)
        if let l = iterable.asList { return try l.items.withUnsafeBufferPointer { try joinStrings(vm, sep, $0) } }
        if let t = iterable.asTuple { return try t.items.withUnsafeBufferPointer { try joinStrings(vm, sep, $0) } }
        let it: PyIterator
        do { it = try vm.makeIterator(iterable) } catch is PyRaise {
            throw PyException.make(.typeError, "can only join an iterable")
        }
        return try vm.iterateToArray(.object(it)).withUnsafeBufferPointer { try joinStrings(vm, sep, $0) }
    }

    /// `sep.join(items)`, reading the items in place (no copies of them).
    static func joinStrings(_ vm: VM, _ sep: PyStr, _ items: UnsafeBufferPointer<Value>) throws -> Value {
        guard let base = items.baseAddress, !items.isEmpty else { return .str("") }
        if items.count == 1, case .object(let only) = items[0], only.kind == .str { return items[0] }
        var total = sep.byteCount * (items.count - 1)
        var count = sep.count * (items.count - 1)
        var ascii = sep.isASCII
        for i in 0..<items.count {
            guard let u = peekObject(base + i), u._withUnsafeGuaranteedRef({ $0.kind == .str }) else {
                throw PyException.make(.typeError, "sequence item \(i): expected str instance, \(typeName(items[i])) found")
            }
            u._withUnsafeGuaranteedRef {
                let x = unsafeDowncast($0, to: PyStr.self)
                total += x.byteCount
                count += x.count
                ascii = ascii && x.isASCII
            }
            if total > vm.limits.maxSize { try vm.checkSize(total) }
        }
        try vm.checkSize(total)
        try chargeWork(vm, total)
        return .object(
            PyStr.build(byteCount: total, isASCII: ascii, count: count) { start in
                var p = start
                for i in 0..<items.count {
                    if i > 0 { p = sep.copyUTF8(to: p) }
                    if let u = peekObject(base + i) {
                        p = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyStr.self).copyUTF8(to: p) }
                    }
                }
            })
    }

    static func affix(_ r: Value, _ a: Args, suffix: Bool) throws -> Value {
        let name = suffix ? "removesuffix" : "removeprefix"
        let v = try oneArg(a, "str.\(name)")
        let s = try receiverStr(r)
        guard let affix = v.asStr else { throw PyException.make(.typeError, "\(name)() argument must be str, not \(clinicTypeName(v))") }
        if affix.count == 0 || !tailMatch(s, affix, nil, nil, suffix: suffix) { return r }
        let n = affix.value.utf8.count
        return .str(s.withBytes { u in suffix ? stringFrom(u, 0, u.count - n) : stringFrom(u, n, u.count) })
    }
}
