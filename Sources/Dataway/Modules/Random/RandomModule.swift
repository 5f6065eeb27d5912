import BigInt

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `random` module. Its functions use the run's own generator (seeded from the host's
/// `ScriptEnvironment.randomSeed`, or system entropy), so concurrent runs never share state;
/// `random.Random(seed)` makes an independent generator with the same methods.
enum RandomModule {
    // Immutable process-wide type object.
    nonisolated(unsafe) static let randomType = nativeType("Random") { _, a in
        try a.expect("Random", min: 0, max: 1)
        let r = PyRandom(MersenneTwister())
        if let s = a.at(0) { try r.seed(s) }
        return .object(r)
    }

    /// The run's generator, made on first use.
    static func state(_ vm: VM) -> PyRandom {
        if let r = vm.moduleState["random"] as? PyRandom { return r }
        let r = PyRandom(vm.environment.randomSeed.map { MersenneTwister(seed: BigInt($0)) } ?? MersenneTwister())
        vm.moduleState["random"] = r
        return r
    }

    nonisolated(unsafe) static let module: Value = {
        var attrs: [String: Value] = ["Random": .object(randomType)]
        for (name, m) in PyRandom.methods {
            attrs[name] = .object(PyBuiltinFunction(name) { vm, a in try m(vm, .object(state(vm)), a) })
        }
        return .object(PyModule(name: "random", attributes: attrs))
    }()
}

/// A generator: the module's per-run one or a `random.Random` instance.
final class PyRandom: PyNativeObject {
    var mt: MersenneTwister
    init(_ mt: MersenneTwister) {
        self.mt = mt
        super.init()
    }

    override var nativeType: PyType { RandomModule.randomType }
    override func repr() -> String { "<random.Random object>" }
    override func method(_ name: String) -> MethodFn? { PyRandom.methods[name] }

    /// `seed(a)` with CPython's version-2 rules.
    func seed(_ a: Value) throws {
        switch a {
        case .none: mt = MersenneTwister()
        case .int, .bool: mt.seed(a.asBigInt ?? 0)
        case .float(let d): mt.seed(BigInt(UInt64(bitPattern: Int64(hashFloat(d)))))
        case .object(let o):
            switch o.kind {
            case .bigint: mt.seed(unsafeDowncast(o, to: PyBigInt.self).value)
            case .str: mt.seed(bytes: Array(unsafeDowncast(o, to: PyStr.self).value.utf8))
            case .bytes, .bytearray: mt.seed(bytes: unsafeDowncast(o, to: PyBytes.self).bytes)
            default:
                throw PyException.make(.typeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
        case .undefined: mt = MersenneTwister()
        }
    }

    /// An integer argument of `randrange` (integral floats are accepted, as CPython 3.11 still does).
    static func rangeArg(_ v: Value, _ what: String) throws -> BigInt {
        if let b = v.asBigInt { return b }
        if case .float(let d) = v {
            if d.isFinite && d == d.rounded() { return BigInt(d) }
            if d.isNaN { throw PyException.make(.valueError, "cannot convert float NaN to integer") }
            if d.isInfinite { throw PyException.make(.overflowError, "cannot convert float infinity to integer") }
            throw PyException.make(.valueError, "non-integer \(what) for randrange()")
        }
        throw PyException.make(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
    }

    func randrange(_ start: Value, _ stop: Value?, _ step: Value?) throws -> Value {
        let istart = try PyRandom.rangeArg(start, "arg 1")
        guard let stop, !stop.isNone else {
            if step != nil { throw PyException.make(.typeError, "Missing a non-None stop argument") }
            if istart > 0 { return .bigint(mt.below(istart)) }
            throw PyException.make(.valueError, "empty range for randrange()")
        }
        let istop = try PyRandom.rangeArg(stop, "stop")
        let width = istop - istart
        let istep = try step.map { try PyRandom.rangeArg($0, "step") } ?? 1
        if istep == 1 {
            if width > 0 { return .bigint(istart + mt.below(width)) }
            throw PyException.make(.valueError, "empty range for randrange() (\(istart), \(istop), \(width))")
        }
        let n: BigInt
        if istep > 0 {
            n = PyRandom.floorDiv(width + istep - 1, istep)
        } else if istep < 0 {
            n = PyRandom.floorDiv(width + istep + 1, istep)
        } else {
            throw PyException.make(.valueError, "zero step for randrange()")
        }
        if n <= 0 { throw PyException.make(.valueError, "empty range for randrange()") }
        return .bigint(istart + istep * mt.below(n))
    }

    static func floorDiv(_ a: BigInt, _ b: BigInt) -> BigInt {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return (r != 0 && (r.signum() != b.signum())) ? q - 1 : q
    }

    /// Whether `v` is a sequence in the sense of `collections.abc.Sequence`.
    static func isSequence(_ v: Value) -> Bool {
        guard let o = v.asObject else { return false }
        return [.list, .tuple, .str, .range, .bytes, .bytearray].contains(o.kind)
    }

    func sample(_ vm: VM, _ population: Value, _ k: Int, counts: Value?) throws -> [Value] {
        guard PyRandom.isSequence(population) else {
            throw PyException.make(.typeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try length(population)
        if let counts, !counts.isNone {
            var cum: [Value] = []
            var acc: Value?
            for c in try vm.iterateToArray(counts) {
                acc = try acc.map { try vm.binaryOp(.add, $0, c) } ?? c
                cum.append(acc ?? c)
            }
            if cum.count != n { throw PyException.make(.valueError, "The number of counts does not match the population") }
            guard let total = cum.popLast()?.asBigInt, let t = Int(exactly: total) else {
                throw PyException.make(.typeError, "Counts must be integers")
            }
            if t <= 0 { throw PyException.make(.valueError, "Total of counts must be greater than zero") }
            let picks = try sample(vm, .object(PyRange(start: 0, stop: t, step: 1)), k, counts: nil)
            return try picks.map { s in try vm.getItem(population, .int(try bisectRight(vm, cum, s, 0, cum.count))) }
        }
        guard 0 <= k && k <= n else { throw PyException.make(.valueError, "Sample larger than population or is negative") }
        try vm.checkSize(k)
        var result = [Value](repeating: .none, count: k)
        var setsize = 21
        if k > 5 {
            let e = Int((log(Double(k * 3)) / log(4.0)).rounded(.up))
            setsize += 1 << (2 * e)
        }
        if n <= setsize {
            var pool = try vm.iterateToArray(population)
            for i in 0..<k {
                let j = mt.below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for i in 0..<k {
                var j = mt.below(n)
                while selected.contains(j) { j = mt.below(n) }
                selected.insert(j)
                result[i] = try vm.getItem(population, .int(j))
            }
        }
        return result
    }

    /// `bisect.bisect_right(a, x, lo, hi)`.
    func bisectRight(_ vm: VM, _ a: [Value], _ x: Value, _ lo: Int, _ hi: Int) throws -> Int {
        var lo = lo
        var hi = hi
        while lo < hi {
            let mid = (lo + hi) / 2
            if try vm.lessThan(x, a[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    func choices(_ vm: VM, _ population: Value, weights: Value?, cumWeights: Value?, k: Int) throws -> [Value] {
        let n = try length(population)
        try vm.checkSize(k)
        var cum: [Value]
        if let cw = cumWeights, !cw.isNone {
            if let w = weights, !w.isNone { throw PyException.make(.typeError, "Cannot specify both weights and cumulative weights") }
            cum = try vm.iterateToArray(cw)
        } else if let w = weights, !w.isNone {
            if w.asBigInt != nil, w.asObject == nil || w.object(ofKind: .bigint) != nil {
                throw PyException.make(.typeError, "The number of choices must be a keyword argument: k=\(try pyRepr(w))")
            }
            cum = []
            var acc: Value?
            for c in try vm.iterateToArray(w) {
                acc = try acc.map { try vm.binaryOp(.add, $0, c) } ?? c
                cum.append(acc ?? c)
            }
        } else {
            let nf = Double(n)
            return try (0..<max(0, k)).map { _ in try vm.getItem(population, .int(Int((mt.random() * nf).rounded(.down)))) }
        }
        if cum.count != n { throw PyException.make(.valueError, "The number of weights does not match the population") }
        guard let last = cum.last else { throw PyException.make(.indexError, "list index out of range") }
        let total = try Convert.toFloat(try vm.binaryOp(.add, last, .float(0)))
        if total <= 0 { throw PyException.make(.valueError, "Total of weights must be greater than zero") }
        if !total.isFinite { throw PyException.make(.valueError, "Total of weights must be finite") }
        return try (0..<max(0, k)).map { _ in
            try vm.getItem(population, .int(try bisectRight(vm, cum, .float(mt.random() * total), 0, n - 1)))
        }
    }
}
