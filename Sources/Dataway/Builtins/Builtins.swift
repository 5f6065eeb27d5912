import BigInt

/// The names every script sees without importing anything.
enum Builtins {
    // Immutable after initialisation: builtin function objects, types and modules only.
    nonisolated(unsafe) static let table: [String: Value] = {
        var t: [String: Value] = [:]
        for (name, box) in functions { t[name] = .object(PyBuiltinFunction(name, box.fn)) }
        let types: [PyType] = [
            .int, .bool, .float, .str, .list, .tuple, .dict, .set, .frozenset, .bytes, .bytearray, .range, .slice, .type, .object,
        ]
        for ty in types { t[ty.name] = .object(ty) }
        for e in PyType.allExceptions { t[e.name] = .object(e) }
        for (name, m) in Modules.preloaded { t[name] = m }
        for (name, v) in HostTypes.builtins { t[name] = v }
        t.removeValue(forKey: "object")
        return t
    }()

    static let functions: [String: BuiltinBox] = [
        "abs": BuiltinBox { vm, a in
            try a.expect("abs", min: 1, max: 1)
            switch a[0] {
            case .int(let i): return i == .min ? .bigint(-BigInt(i)) : .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            case .bool(let b): return .int(b ? 1 : 0)
            default:
                if let b = a[0].asBigInt, a[0].object(ofKind: .bigint) != nil { return .bigint(b.magnitude == 0 ? 0 : BigInt(b.magnitude)) }
                if let n = a[0].asNative, let r = try n.absolute(vm) { return r }
                throw PyException.make(.typeError, "bad operand type for abs(): '\(typeName(a[0]))'")
            }
        },
        "all": BuiltinBox { vm, a in
            try a.expect("all", min: 1, max: 1)
            let it = try vm.makeIterator(a[0])
            while let v = try it.next(vm) {
                try vm.charge()
                if !(try truthy(v)) { return .bool(false) }
            }
            return .bool(true)
        },
        "any": BuiltinBox { vm, a in
            try a.expect("any", min: 1, max: 1)
            let it = try vm.makeIterator(a[0])
            while let v = try it.next(vm) {
                try vm.charge()
                if try truthy(v) { return .bool(true) }
            }
            return .bool(false)
        },
        "ascii": BuiltinBox { _, a in
            try a.expect("ascii", min: 1, max: 1)
            return .str(asciiRepr(try pyRepr(a[0])))
        },
        "bin": BuiltinBox { _, a in try radixString(a, "bin", 2, "0b") },
        "oct": BuiltinBox { _, a in try radixString(a, "oct", 8, "0o") },
        "hex": BuiltinBox { _, a in try radixString(a, "hex", 16, "0x") },
        "callable": BuiltinBox { _, a in
            try a.expect("callable", min: 1, max: 1)
            guard case .object(let o) = a[0] else { return .bool(false) }
            return .bool([.function, .builtinFunction, .boundMethod, .type].contains(o.kind))
        },
        "chr": BuiltinBox { _, a in
            try a.expect("chr", min: 1, max: 1)
            guard case .int(let i) = a[0] else {
                if case .bool(let b) = a[0] { return .str(b ? "\u{1}" : "\u{0}") }
                throw PyException.make(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
            }
            guard i >= 0 && i <= 0x10FFFF else { throw PyException.make(.valueError, "chr() arg not in range(0x110000)") }
            return .str(String(Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}"))
        },
        "ord": BuiltinBox { _, a in
            try a.expect("ord", min: 1, max: 1)
            if let s = a[0].asStr {
                guard s.count == 1, let u = s.value.unicodeScalars.first else {
                    throw PyException.make(.typeError, "ord() expected a character, but string of length \(s.count) found")
                }
                return .int(Int(u.value))
            }
            if let o = a[0].asObject, o.kind == .bytes || o.kind == .bytearray {
                let b = unsafeDowncast(o, to: PyBytes.self).bytes
                guard b.count == 1 else {
                    throw PyException.make(.typeError, "ord() expected a character, but string of length \(b.count) found")
                }
                return .int(Int(b[0]))
            }
            throw PyException.make(.typeError, "ord() expected string of length 1, but \(typeName(a[0])) found")
        },
        "divmod": BuiltinBox { vm, a in
            try a.expect("divmod", min: 2, max: 2)
            if a[0].asNative != nil {
                return .tuple([try vm.binaryOp(.floordiv, a[0], a[1]), try vm.binaryOp(.mod, a[0], a[1])])
            }
            if Number(a[0]) == nil || Number(a[1]) == nil {
                throw PyException.make(.typeError, "unsupported operand type(s) for divmod(): '\(typeName(a[0]))' and '\(typeName(a[1]))'")
            }
            if let n = Number(a[0]), let d = Number(a[1]), d.double == 0, n.isFloat || d.isFloat {
                throw PyException.make(.zeroDivisionError, "float divmod()")
            }
            return .tuple([try vm.binaryOp(.floordiv, a[0], a[1]), try vm.binaryOp(.mod, a[0], a[1])])
        },
        "enumerate": BuiltinBox { vm, a in
            try a.expect("enumerate", min: 1, max: 2, keywords: ["start", "iterable"])
            guard let src = a.argument(0, "iterable") else {
                throw PyException.make(.typeError, "enumerate() missing required argument 'iterable'")
            }
            let start = try a.argument(1, "start").map { try indexValue($0) } ?? 0
            return .object(PyIterator(.enumerate(try vm.makeIterator(src), start)))
        },
        "filter": BuiltinBox { vm, a in
            try a.expect("filter", min: 2, max: 2)
            return .object(PyIterator(.filter(a[0], try vm.makeIterator(a[1]))))
        },
        "map": BuiltinBox { vm, a in
            guard a.count >= 2 else { throw PyException.make(.typeError, "map() must have at least two arguments.") }
            var its: [PyIterator] = []
            for i in 1..<a.count { its.append(try vm.makeIterator(a[i])) }
            return .object(PyIterator(.map(a[0], its)))
        },
        "zip": BuiltinBox { vm, a in
            try a.expect("zip", min: 0, max: .max, keywords: ["strict"])
            var its: [PyIterator] = []
            for i in 0..<a.count { its.append(try vm.makeIterator(a[i])) }
            return .object(PyIterator(.zip(its, strict: try a.keyword("strict").map(truthy) ?? false)))
        },
        "format": BuiltinBox { vm, a in
            try a.expect("format", min: 1, max: 2)
            return .str(try vm.format(a[0], spec: a.at(1)?.asStr?.value ?? ""))
        },
        "getattr": BuiltinBox { vm, a in
            try a.expect("getattr", min: 2, max: 3)
            guard let name = a[1].asStr?.value else {
                throw PyException.make(.typeError, "attribute name must be string, not '\(typeName(a[1]))'")
            }
            do {
                return try vm.getAttribute(a[0], name, keysAsAttributes: false)
            } catch let e as PyRaise where e.exception.type === PyType.attributeError && a.count == 3 && !name.hasPrefix("__") {
                return a[2]
            }
        },
        "hasattr": BuiltinBox { vm, a in
            try a.expect("hasattr", min: 2, max: 2)
            guard let name = a[1].asStr?.value else {
                throw PyException.make(.typeError, "attribute name must be string, not '\(typeName(a[1]))'")
            }
            if name.hasPrefix("__") { return .bool(false) }
            do {
                _ = try vm.getAttribute(a[0], name, keysAsAttributes: false)
                return .bool(true)
            } catch let e as PyRaise where e.exception.type === PyType.attributeError {
                return .bool(false)
            }
        },
        "hash": BuiltinBox { _, a in
            try a.expect("hash", min: 1, max: 1)
            return .int(try pythonHash(a[0]))
        },
        "id": BuiltinBox { _, a in
            try a.expect("id", min: 1, max: 1)
            if case .object(let o) = a[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(try pythonHash(a[0]) &* 31 &+ 7)
        },
        "isinstance": BuiltinBox { _, a in
            try a.expect("isinstance", min: 2, max: 2)
            return .bool(try isInstance(a[0], a[1]))
        },
        "iter": BuiltinBox { vm, a in
            try a.expect("iter", min: 1, max: 1)
            return .object(try vm.makeIterator(a[0]))
        },
        "next": BuiltinBox { vm, a in
            try a.expect("next", min: 1, max: 2)
            guard let o = a[0].object(ofKind: .iterator) else {
                throw PyException.make(.typeError, "'\(typeName(a[0]))' object is not an iterator")
            }
            if let v = try unsafeDowncast(o, to: PyIterator.self).next(vm) { return v }
            if let d = a.at(1) { return d }
            throw PyRaise(PyException(type: .stopIteration, args: []))
        },
        "len": BuiltinBox { _, a in
            try a.expect("len", min: 1, max: 1)
            return .int(try length(a[0]))
        },
        "max": BuiltinBox { vm, a in try minMax(vm, a, "max", wantMax: true) },
        "min": BuiltinBox { vm, a in try minMax(vm, a, "min", wantMax: false) },
        "pow": BuiltinBox { vm, a in
            try a.expect("pow", min: 0, max: 3, keywords: ["base", "exp", "mod"])
            guard let base = a.argument(0, "base"), let exp = a.argument(1, "exp") else {
                throw PyException.make(
                    .typeError,
                    "pow() missing required argument '\(a.argument(0, "base") == nil ? "base" : "exp")' (pos \(a.argument(0, "base") == nil ? 1 : 2))"
                )
            }
            guard let m = a.argument(2, "mod"), !m.isNone else { return try vm.binaryOp(.pow, base, exp) }
            guard let b = base.asBigInt, let e = exp.asBigInt, let mod = m.asBigInt,
                base.asObject == nil || base.object(ofKind: .bigint) != nil
            else {
                throw PyException.make(.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
            }
            if mod.isZero { throw PyException.make(.valueError, "pow() 3rd argument cannot be 0") }
            var x = b
            var n = e
            if e.signum() < 0 {
                guard let inv = b.inverse(mod) else { throw PyException.make(.valueError, "base is not invertible for the given modulus") }
                x = inv
                n = -e
            }
            var r = x.power(n, modulus: mod)
            if !r.isZero && (r.signum() < 0) != (mod.signum() < 0) { r += mod }
            return .bigint(r)
        },
        "print": BuiltinBox { vm, a in
            try a.expect("print", min: 0, max: .max, keywords: ["sep", "end", "file", "flush"])
            for (name, v) in [("sep", a.keyword("sep")), ("end", a.keyword("end"))] {
                if let v, !v.isNone, v.asStr == nil {
                    throw PyException.make(.typeError, "\(name) must be None or a string, not \(typeName(v))")
                }
            }
            let sep = a.keyword("sep").flatMap { $0.isNone ? nil : $0.asStr?.value } ?? " "
            let end = a.keyword("end").flatMap { $0.isNone ? nil : $0.asStr?.value } ?? "\n"
            var parts: [String] = []
            for i in 0..<a.count { parts.append(try pyStr(a[i])) }
            try vm.write(parts.joined(separator: sep) + end)
            return .none
        },
        "repr": BuiltinBox { _, a in
            try a.expect("repr", min: 1, max: 1)
            return .str(try pyRepr(a[0]))
        },
        "reversed": BuiltinBox { vm, a in
            try a.expect("reversed", min: 1, max: 1)
            if let r = a[0].object(ofKind: .range) {
                let r = unsafeDowncast(r, to: PyRange.self)
                let n = r.count
                if n == 0 { return .object(PyIterator(.done)) }
                let last = r.start + (n - 1) * r.step
                return .object(PyIterator(.range(last, r.start - r.step, -r.step)))
            }
            guard case .object(let o) = a[0], [.list, .tuple, .str, .dict, .dictView, .bytes, .bytearray].contains(o.kind) else {
                throw PyException.make(.typeError, "'\(typeName(a[0]))' object is not reversible")
            }
            return .object(PyIterator(.array(try vm.iterateToArray(a[0]).reversed(), 0)))
        },
        "round": BuiltinBox { vm, a in
            try a.expect("round", min: 1, max: 2, keywords: ["number", "ndigits"])
            guard let x = a.argument(0, "number") else {
                throw PyException.make(.typeError, "round() missing required argument 'number' (pos 1)")
            }
            let nd = a.argument(1, "ndigits")
            if let n = x.asNative, let r = try n.round(vm, nd.flatMap { $0.isNone ? nil : $0 }) { return r }
            return try roundValue(x, nd.flatMap { $0.isNone ? nil : $0 })
        },
        "sorted": BuiltinBox { vm, a in
            if a.count != 1 { throw PyException.make(.typeError, "sorted expected 1 argument, got \(a.count)") }
            try a.expect("sorted", min: 1, max: 1, keywords: ["key", "reverse"])
            var items = try vm.iterateToArray(a[0])
            try sortValues(vm, &items, key: a.keyword("key"), reverse: try a.keyword("reverse").map(truthy) ?? false)
            return .list(items)
        },
        "sum": BuiltinBox { vm, a in
            try a.expect("sum", min: 1, max: 2, keywords: ["start"])
            var acc = a.argument(1, "start") ?? .int(0)
            if acc.asStr != nil { throw PyException.make(.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            if case .object(let o) = acc, o.kind == .bytes {
                throw PyException.make(.typeError, "sum() can't sum bytes [use b''.join(seq) instead]")
            }
            let it = try vm.makeIterator(a[0])
            var n = 0
            while let v = try it.next(vm) {
                n &+= 1
                if n & 0x3FF == 0 { try vm.charge(16) }
                if case .int(let x) = acc, case .int(let y) = v {
                    let (r, o) = x.addingReportingOverflow(y)
                    if !o {
                        acc = .int(r)
                        continue
                    }
                } else if case .float(let x) = acc, case .float(let y) = v {
                    acc = .float(x + y)
                    continue
                }
                acc = try vm.binaryOp(.add, acc, v)
            }
            return acc
        },
    ]
}

func radixString(_ a: Args, _ name: String, _ radix: Int, _ prefix: String) throws -> Value {
    try a.expect(name, min: 1, max: 1)
    guard let b = a[0].asBigInt, !(a[0].asObject.map { $0.kind != .bigint } ?? false) else {
        throw PyException.make(.typeError, "'\(typeName(a[0]))' object cannot be interpreted as an integer")
    }
    let digits = String(b.magnitude, radix: radix)
    return .str((b.signum() < 0 ? "-" : "") + prefix + digits)
}

/// `len(v)`.
func length(_ v: Value) throws -> Int {
    if case .object(let o) = v {
        switch o.kind {
        case .str: return unsafeDowncast(o, to: PyStr.self).count
        case .list: return unsafeDowncast(o, to: PyList.self).items.count
        case .tuple: return unsafeDowncast(o, to: PyTuple.self).items.count
        case .dict: return unsafeDowncast(o, to: PyDict.self).table.count
        case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).table.count
        case .bytes, .bytearray: return unsafeDowncast(o, to: PyBytes.self).bytes.count
        case .range: return unsafeDowncast(o, to: PyRange.self).count
        case .dictView: return unsafeDowncast(o, to: PyDictView.self).dict.table.count
        default:
            if let n = hostLength(o) { return n }
            if let n = try o.asNative?.sequenceLength() { return n }
        }
    }
    throw PyException.make(.typeError, "object of type '\(typeName(v))' has no len()")
}

func isInstance(_ v: Value, _ t: Value) throws -> Bool {
    guard let r = withUnsafePointer(to: t, { instanceCheck(v, $0) }) else {
        throw PyException.make(.typeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
    return r
}

/// `isinstance(v, t)` for the class or tuple in `t`, or nil when `t` (or the first tuple entry
/// reached without a match) is not a class. Reads `t` in place (no reference counting).
private func instanceCheck(_ v: Value, _ t: UnsafePointer<Value>) -> Bool? {
    guard let u = peekObject(t) else { return nil }
    return u._withUnsafeGuaranteedRef { o -> Bool? in
        if o.kind == .type { return isInstance(v, type: unsafeDowncast(o, to: PyType.self)) }
        guard o.kind == .tuple else { return nil }
        return unsafeDowncast(o, to: PyTuple.self).items.withUnsafeBufferPointer { items -> Bool? in
            for i in 0..<items.count {
                guard let r = instanceCheck(v, items.baseAddress.unsafelyUnwrapped + i) else { return nil }
                if r { return true }
            }
            return false
        }
    }
}

/// `isinstance(v, ty)` for a type object `ty`.
@inline(__always)
func isInstance(_ v: Value, type ty: PyType) -> Bool {
    // The builtin scalars: their classes' only ancestors are known (bool derives from int).
    switch v {
    case .int: return ty === PyType.int || ty === PyType.object
    case .float: return ty === PyType.float || ty === PyType.object
    case .bool: return ty === PyType.bool || ty === PyType.int || ty === PyType.object
    default: break
    }
    if ty === PyType.object { return true }
    return PyType.of(v).isSubtype(of: ty)
}

func roundValue(_ x: Value, _ nd: Value?) throws -> Value {
    switch x {
    case .float(let d):
        guard let nd else {
            if d.isNaN { throw PyException.make(.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw PyException.make(.overflowError, "cannot convert float infinity to integer") }
            return try Convert.floatToInt(d.rounded(.toNearestOrEven))
        }
        if case .int(let n) = nd, let r = roundedFast(d, n) { return .float(r) }
        do {
            return .float(try pyRound(d, ndigits: try indexValue(nd)))
        } catch let e as PyFormatError {
            throw e.raise
        }
    case .int, .bool,
        .object(_) where x.asBigInt != nil:
        let b = x.asBigInt ?? 0
        guard let nd, case .int(let n) = nd, n < 0 else {
            if case .bool(let bb) = x { return .int(bb ? 1 : 0) }
            return x
        }
        if -n > 400 { return .int(0) }
        let p = BigInt(10).power(-n)
        var (q, r) = b.quotientAndRemainder(dividingBy: p)
        if r.signum() < 0 {
            r += p
            q -= 1
        }
        let twice = r * 2
        if twice > p || (twice == p && !q.isMultiple(of: 2)) { q += 1 }
        return .bigint(q * p)
    default:
        throw PyException.make(.typeError, "type \(typeName(x)) doesn't define __round__ method")
    }
}

func minMax(_ vm: VM, _ a: Args, _ name: String, wantMax: Bool) throws -> Value {
    if a.count == 0 { throw PyException.make(.typeError, "\(name) expected at least 1 argument, got 0") }
    try a.expect(name, min: 1, max: .max, keywords: ["key", "default"])
    let items: [Value]
    if a.count == 1 {
        items = try vm.iterateToArray(a[0])
        if items.isEmpty {
            if let d = a.keyword("default") { return d }
            throw PyException.make(.valueError, "\(name)() arg is an empty sequence")
        }
    } else {
        if a.keyword("default") != nil {
            throw PyException.make(.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
        }
        items = a.positional
    }
    let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
    var best = items[0]
    var bestKey = try key.map { try vm.call($0, [best]) } ?? best
    for v in items.dropFirst() {
        let k = try key.map { try vm.call($0, [v]) } ?? v
        if try vm.compareOp(wantMax ? .gt : .lt, k, bestKey) {
            best = v
            bestKey = k
        }
    }
    return best
}

/// The powers of ten a double holds exactly.
private let exactPowersOfTen: [Double] = (0...22).map { n in (0..<n).reduce(1.0) { a, _ in a * 10 } }

/// `round(x, n)` for 0 <= n <= 22 without decimal text, when `x * 10**n` is below 2**52: the
/// product's rounding error is recovered exactly with a fused multiply-add, so the half-even
/// decision is made on the exact value as CPython's correctly rounded algorithm does, and dividing
/// the integer result by the exact power is the correctly rounded decimal. Nil when not applicable.
func roundedFast(_ x: Double, _ n: Int) -> Double? {
    guard n >= 0 && n <= 22, x.magnitude > 0x1p-900 else { return nil }
    let p = exactPowersOfTen[n]
    let y = x * p
    guard y.isFinite && y.magnitude < 0x1p52 else { return nil }
    let err = (-y).addingProduct(x, p)
    let f = y.rounded(.down)
    let r: Double
    if y - f == 0.5 {
        if err > 0 {
            r = f + 1
        } else if err < 0 {
            r = f
        } else {
            r = f.truncatingRemainder(dividingBy: 2) == 0 ? f : f + 1
        }
    } else {
        r = y.rounded(.toNearestOrEven)
    }
    if r == 0 { return x.sign == .minus ? -0.0 : 0.0 }
    return r / p
}
