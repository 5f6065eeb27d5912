import BigInt

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `math` module.
enum MathModule {
    static func real(_ v: Value, _ fn: String) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint: return try bigToDouble(unsafeDowncast(o, to: PyBigInt.self).value)
        default:
            throw PyException.make(.typeError, "must be real number, not \(typeName(v))")
        }
    }

    static func integer(_ v: Value, _ fn: String) throws -> BigInt {
        switch v {
        case .int, .bool: return v.asBigInt ?? 0
        case .object(let o) where o.kind == .bigint: return unsafeDowncast(o, to: PyBigInt.self).value
        default: throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    static func unary(
        _ name: String, _ f: @escaping @Sendable (Double) -> Double, domain: @escaping @Sendable (Double) -> Bool = { _ in true }
    ) -> (String, Value) {
        (
            name,
            .object(
                PyBuiltinFunction(name) { _, a in
                    try a.expect(name, min: 1, max: 1)
                    let x = try real(a[0], name)
                    if !domain(x) { throw PyException.make(.valueError, "math domain error") }
                    let r = f(x)
                    if r.isNaN && !x.isNaN { throw PyException.make(.valueError, "math domain error") }
                    if r.isInfinite && x.isFinite { throw PyException.make(.overflowError, "math range error") }
                    return .float(r)
                })
        )
    }

    static func toIntegral(_ name: String, _ rule: FloatingPointRoundingRule) -> (String, Value) {
        (
            name,
            .object(
                PyBuiltinFunction(name) { _, a in
                    try a.expect(name, min: 1, max: 1)
                    switch a[0] {
                    case .int, .bool: return .int(Int(a[0].asBigInt ?? 0))
                    case .object(let o) where o.kind == .bigint: return a[0]
                    default: return try Convert.floatToInt(try real(a[0], name).rounded(rule))
                    }
                })
        )
    }

    static func fn(_ name: String, _ body: @escaping BuiltinFn) -> (String, Value) {
        (name, .object(PyBuiltinFunction(name, body)))
    }

    nonisolated(unsafe) static let module: Value = {
        var attrs: [String: Value] = [
            "pi": .float(Double.pi), "e": .float(M_E), "tau": .float(2 * Double.pi), "inf": .float(.infinity), "nan": .float(.nan),
        ]
        let entries: [(String, Value)] = [
            unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 || $0.isNaN }),
            unary("exp", { Glibc.exp($0) }),
            unary("expm1", { Glibc.expm1($0) }),
            unary("log10", { Glibc.log10($0) }, domain: { $0 > 0 || $0.isNaN }),
            unary("log2", { Glibc.log2($0) }, domain: { $0 > 0 || $0.isNaN }),
            unary("log1p", { Glibc.log1p($0) }, domain: { $0 > -1 || $0.isNaN }),
            unary("sin", { Glibc.sin($0) }, domain: { !$0.isInfinite }),
            unary("cos", { Glibc.cos($0) }, domain: { !$0.isInfinite }),
            unary("tan", { Glibc.tan($0) }, domain: { !$0.isInfinite }),
            unary("asin", { Glibc.asin($0) }, domain: { abs($0) <= 1 || $0.isNaN }),
            unary("acos", { Glibc.acos($0) }, domain: { abs($0) <= 1 || $0.isNaN }),
            unary("atan", { Glibc.atan($0) }),
            unary("sinh", { Glibc.sinh($0) }),
            unary("cosh", { Glibc.cosh($0) }),
            unary("tanh", { Glibc.tanh($0) }),
            unary("fabs", { abs($0) }),
            unary("degrees", { $0 * 180 / Double.pi }),
            unary("radians", { $0 * Double.pi / 180 }),
            unary("erf", { Glibc.erf($0) }),
            unary("erfc", { Glibc.erfc($0) }),
            unary("gamma", { Glibc.tgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) }),
            unary("lgamma", { Glibc.lgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) }),
            toIntegral("floor", .down),
            toIntegral("ceil", .up),
            toIntegral("trunc", .towardZero),
            fn("log") { _, a in
                try a.expect("log", min: 1, max: 2)
                func ln(_ v: Value) throws -> Double {
                    if let b = v.asBigInt, v.asObject?.kind == .bigint || v.asObject == nil, !(v.isFloat) {
                        if b.signum() <= 0 { throw PyException.make(.valueError, "math domain error") }
                        if b.bitWidth > 1000 {
                            let shift = b.bitWidth - 64
                            return Glibc.log(Double(b >> shift)) + Double(shift) * M_LN2
                        }
                        return Glibc.log(Double(b))
                    }
                    let x = try real(v, "log")
                    if x <= 0 && !x.isNaN { throw PyException.make(.valueError, "math domain error") }
                    return Glibc.log(x)
                }
                let n = try ln(a[0])
                if let b = a.at(1) {
                    let d = try ln(b)
                    if d == 0 { throw PyException.make(.zeroDivisionError, "float division by zero") }
                    return .float(n / d)
                }
                return .float(n)
            },
            fn("pow") { _, a in
                try a.expect("pow", min: 2, max: 2)
                let x = try real(a[0], "pow"), y = try real(a[1], "pow")
                if x == 0 && y < 0 { throw PyException.make(.valueError, "math domain error") }
                if x < 0 && y.isFinite && y != y.rounded() { throw PyException.make(.valueError, "math domain error") }
                let r = Glibc.pow(x, y)
                if r.isInfinite && x.isFinite && y.isFinite { throw PyException.make(.overflowError, "math range error") }
                return .float(r)
            },
            fn("atan2") { _, a in
                try a.expect("atan2", min: 2, max: 2)
                return .float(Glibc.atan2(try real(a[0], "atan2"), try real(a[1], "atan2")))
            },
            fn("fmod") { _, a in
                try a.expect("fmod", min: 2, max: 2)
                let x = try real(a[0], "fmod"), y = try real(a[1], "fmod")
                if y == 0 && !x.isNaN || x.isInfinite { throw PyException.make(.valueError, "math domain error") }
                return .float(Glibc.fmod(x, y))
            },
            fn("copysign") { _, a in
                try a.expect("copysign", min: 2, max: 2)
                return .float(Glibc.copysign(try real(a[0], "copysign"), try real(a[1], "copysign")))
            },
            fn("hypot") { _, a in
                var acc = 0.0
                for i in 0..<a.count {
                    let x = try real(a[i], "hypot")
                    acc = Glibc.hypot(acc, x)
                }
                return .float(acc)
            },
            fn("isnan") { _, a in
                try a.expect("isnan", min: 1, max: 1)
                return .bool(try real(a[0], "isnan").isNaN)
            },
            fn("isinf") { _, a in
                try a.expect("isinf", min: 1, max: 1)
                return .bool(try real(a[0], "isinf").isInfinite)
            },
            fn("isfinite") { _, a in
                try a.expect("isfinite", min: 1, max: 1)
                return .bool(try real(a[0], "isfinite").isFinite)
            },
            fn("isclose") { _, a in
                try a.expect("isclose", min: 2, max: 2, keywords: ["rel_tol", "abs_tol"])
                let x = try real(a[0], "isclose"), y = try real(a[1], "isclose")
                let rel = try a.keyword("rel_tol").map { try real($0, "isclose") } ?? 1e-9
                let absTol = try a.keyword("abs_tol").map { try real($0, "isclose") } ?? 0
                if rel < 0 || absTol < 0 { throw PyException.make(.valueError, "tolerances must be non-negative") }
                if x == y { return .bool(true) }
                if x.isInfinite || y.isInfinite { return .bool(false) }
                let diff = abs(y - x)
                return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
            },
            fn("gcd") { _, a in
                var g = BigInt(0)
                for i in 0..<a.count { g = g.greatestCommonDivisor(with: try integer(a[i], "gcd")) }
                return .bigint(BigInt(g.magnitude))
            },
            fn("lcm") { _, a in
                var l = BigInt(1)
                for i in 0..<a.count {
                    let x = try integer(a[i], "lcm")
                    if x.isZero { return .int(0) }
                    l = BigInt((l * x).magnitude) / l.greatestCommonDivisor(with: x)
                }
                return .bigint(BigInt(l.magnitude))
            },
            fn("factorial") { vm, a in
                try a.expect("factorial", min: 1, max: 1)
                if case .float = a[0] { throw PyException.make(.typeError, "'float' object cannot be interpreted as an integer") }
                let n = try integer(a[0], "factorial")
                if n.signum() < 0 { throw PyException.make(.valueError, "factorial() not defined for negative values") }
                guard let k = Int(exactly: n), k <= 20_000 else { throw LimitError.size(vm.limits.maxSize) }
                var r = BigInt(1)
                if k > 1 { for i in 2...k { r *= BigInt(i) } }
                return .bigint(r)
            },
            fn("comb") { _, a in
                try a.expect("comb", min: 2, max: 2)
                let n = try integer(a[0], "comb"), k = try integer(a[1], "comb")
                if n.signum() < 0 { throw PyException.make(.valueError, "n must be a non-negative integer") }
                if k.signum() < 0 { throw PyException.make(.valueError, "k must be a non-negative integer") }
                if k > n { return .int(0) }
                guard let kk = Int(exactly: min(k, n - k)), kk <= 100_000 else {
                    throw PyException.make(.overflowError, "min(n - k, k) must not exceed 9223372036854775807")
                }
                var r = BigInt(1)
                for i in 0..<kk { r = r * (n - BigInt(i)) / BigInt(i + 1) }
                return .bigint(r)
            },
            fn("perm") { _, a in
                try a.expect("perm", min: 1, max: 2)
                let n = try integer(a[0], "perm")
                let k = try a.at(1).map { $0.isNone ? n : try integer($0, "perm") } ?? n
                if n.signum() < 0 { throw PyException.make(.valueError, "n must be a non-negative integer") }
                if k.signum() < 0 { throw PyException.make(.valueError, "k must be a non-negative integer") }
                if k > n { return .int(0) }
                guard let kk = Int(exactly: k), kk <= 100_000 else { throw PyException.make(.overflowError, "k too large") }
                var r = BigInt(1)
                for i in 0..<kk { r *= n - BigInt(i) }
                return .bigint(r)
            },
            fn("isqrt") { _, a in
                try a.expect("isqrt", min: 1, max: 1)
                let n = try integer(a[0], "isqrt")
                if n.signum() < 0 { throw PyException.make(.valueError, "isqrt() argument must be nonnegative") }
                return .bigint(BigInt(n.magnitude.squareRoot()))
            },
            fn("prod") { vm, a in
                try a.expect("prod", min: 1, max: 1, keywords: ["start"])
                var acc = a.keyword("start") ?? .int(1)
                for v in try vm.iterateToArray(a[0]) { acc = try vm.binaryOp(.mul, acc, v) }
                return acc
            },
            fn("fsum") { vm, a in
                try a.expect("fsum", min: 1, max: 1)
                // Shewchuk's exact summation, as CPython's fsum.
                var partials: [Double] = []
                var special = 0.0
                var sawSpecial = false
                for v in try vm.iterateToArray(a[0]) {
                    var x = try real(v, "fsum")
                    if !x.isFinite {
                        // Infinities and NaNs are summed on their own (inf - inf is nan).
                        special = sawSpecial ? special + x : x
                        sawSpecial = true
                        continue
                    }
                    var i = 0
                    for var y in partials {
                        if abs(x) < abs(y) { swap(&x, &y) }
                        let hi = x + y
                        let lo = y - (hi - x)
                        if lo != 0 {
                            partials[i] = lo
                            i += 1
                        }
                        x = hi
                    }
                    partials.removeSubrange(i...)
                    partials.append(x)
                }
                var hi = 0.0
                if var n = partials.indices.last {
                    hi = partials[n]
                    var lo = 0.0
                    while n > 0 {
                        let x = hi
                        n -= 1
                        let y = partials[n]
                        hi = x + y
                        let yr = hi - x
                        lo = y - yr
                        if lo != 0 { break }
                    }
                    if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                        let y = lo * 2
                        let x = hi + y
                        if y == x - hi { hi = x }
                    }
                }
                if sawSpecial { return .float(special) }
                return .float(hi)
            },
            fn("remainder") { _, a in
                try a.expect("remainder", min: 2, max: 2)
                let x = try real(a[0], "remainder"), y = try real(a[1], "remainder")
                if y == 0 || x.isInfinite { throw PyException.make(.valueError, "math domain error") }
                return .float(Glibc.remainder(x, y))
            },
            fn("dist") { vm, a in
                try a.expect("dist", min: 2, max: 2)
                let p = try vm.iterateToArray(a[0]), q = try vm.iterateToArray(a[1])
                guard p.count == q.count else { throw PyException.make(.valueError, "both points must have the same number of dimensions") }
                var acc = 0.0
                for (x, y) in zip(p, q) { acc = Glibc.hypot(acc, try real(x, "dist") - real(y, "dist")) }
                return .float(acc)
            },
            fn("modf") { _, a in
                try a.expect("modf", min: 1, max: 1)
                let x = try real(a[0], "modf")
                if x.isInfinite { return .tuple([.float(Glibc.copysign(0, x)), .float(x)]) }
                let ip = x.rounded(.towardZero)
                return .tuple([.float(Glibc.copysign(x - ip, x)), .float(ip)])
            },
            fn("frexp") { _, a in
                try a.expect("frexp", min: 1, max: 1)
                let x = try real(a[0], "frexp")
                var e: Int32 = 0
                let m = Glibc.frexp(x, &e)
                return .tuple([.float(m), .int(Int(e))])
            },
            fn("ldexp") { _, a in
                try a.expect("ldexp", min: 2, max: 2)
                let x = try real(a[0], "ldexp")
                let e = try integer(a[1], "ldexp")
                let r = Glibc.scalbn(x, Int32(clamping: Int(clamping: e)))
                if r.isInfinite && x.isFinite { throw PyException.make(.overflowError, "math range error") }
                return .float(r)
            },
        ]
        for (k, v) in entries { attrs[k] = v }
        return .object(PyModule(name: "math", attributes: attrs))
    }()
}

extension Value {
    var isFloat: Bool {
        if case .float = self { return true }
        return false
    }
}
