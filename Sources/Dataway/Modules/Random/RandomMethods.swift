import BigInt

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PyRandom {
    /// The generator's methods; the `random` module exposes each bound to the run's generator.
    static let methods: [String: MethodFn] = [
        "seed": nativeMethod(PyRandom.self) { _, r, a in
            try a.expect("seed", min: 0, max: 2, keywords: ["a", "version"])
            try r.seed(a.argument(0, "a") ?? .none)
            return .none
        },
        "random": nativeMethod(PyRandom.self) { _, r, a in
            try noArgs(a, "random")
            return .float(r.mt.random())
        },
        "getrandbits": nativeMethod(PyRandom.self) { vm, r, a in
            let k = try indexValue(try oneArg(a, "getrandbits"))
            if k < 0 { throw PyException.make(.valueError, "number of bits must be non-negative") }
            try vm.checkSize(k / 8)
            return .bigint(r.mt.bits(k))
        },
        "randbytes": nativeMethod(PyRandom.self) { vm, r, a in
            let n = try indexValue(try oneArg(a, "randbytes"))
            if n < 0 { throw PyException.make(.valueError, "negative argument not allowed") }
            try vm.checkSize(n)
            var v = r.mt.bits(n * 8).magnitude
            var out = [UInt8]()
            for _ in 0..<n {
                out.append(UInt8(truncatingIfNeeded: v & 0xFF))
                v >>= 8
            }
            return ModuleKit.bytesValue(out)
        },
        "randrange": nativeMethod(PyRandom.self) { _, r, a in
            try a.expect("randrange", min: 1, max: 3, keywords: ["start", "stop", "step"])
            return try r.randrange(a.argument(0, "start") ?? .none, a.argument(1, "stop"), a.argument(2, "step"))
        },
        "randint": nativeMethod(PyRandom.self) { vm, r, a in
            try a.expect("randint", min: 2, max: 2, keywords: ["a", "b"])
            guard let lo = a.argument(0, "a"), let hi = a.argument(1, "b") else {
                throw PyException.make(.typeError, "randint() missing 1 required positional argument: 'b'")
            }
            return try r.randrange(lo, try vm.binaryOp(.add, hi, .int(1)), nil)
        },
        "choice": nativeMethod(PyRandom.self) { vm, r, a in
            let seq = try oneArg(a, "choice")
            let n = try length(seq)
            if n == 0 { throw PyException.make(.indexError, "Cannot choose from an empty sequence") }
            return try vm.getItem(seq, .int(r.mt.below(n)))
        },
        "shuffle": nativeMethod(PyRandom.self) { vm, r, a in
            let x = try oneArg(a, "shuffle")
            if let l = x.asList {
                var i = l.items.count - 1
                while i >= 1 {
                    let j = r.mt.below(i + 1)
                    l.items.swapAt(i, j)
                    i -= 1
                }
                return .none
            }
            var i = try length(x) - 1
            while i >= 1 {
                let j = r.mt.below(i + 1)
                let xi = try vm.getItem(x, .int(i))
                let xj = try vm.getItem(x, .int(j))
                try vm.setItem(x, .int(i), xj)
                try vm.setItem(x, .int(j), xi)
                i -= 1
            }
            return .none
        },
        "sample": nativeMethod(PyRandom.self) { vm, r, a in
            try a.expect("sample", min: 1, max: 2, keywords: ["population", "k", "counts"])
            guard let pop = a.argument(0, "population"), let k = a.argument(1, "k") else {
                throw PyException.make(.typeError, "sample() missing 1 required positional argument: 'k'")
            }
            return .list(try r.sample(vm, pop, try indexValue(k), counts: a.keyword("counts")))
        },
        "choices": nativeMethod(PyRandom.self) { vm, r, a in
            try a.expect("choices", min: 1, max: 2, keywords: ["population", "weights", "cum_weights", "k"])
            guard let pop = a.argument(0, "population") else {
                throw PyException.make(.typeError, "choices() missing 1 required positional argument: 'population'")
            }
            let k = try a.keyword("k").map { try indexValue($0) } ?? 1
            return .list(try r.choices(vm, pop, weights: a.argument(1, "weights"), cumWeights: a.keyword("cum_weights"), k: k))
        },
        "uniform": nativeMethod(PyRandom.self) { vm, r, a in
            try a.expect("uniform", min: 2, max: 2, keywords: ["a", "b"])
            let lo = a.argument(0, "a") ?? .none
            let hi = a.argument(1, "b") ?? .none
            return try vm.binaryOp(.add, lo, try vm.binaryOp(.mul, try vm.binaryOp(.sub, hi, lo), .float(r.mt.random())))
        },
        "triangular": nativeMethod(PyRandom.self) { _, r, a in
            try a.expect("triangular", min: 0, max: 3, keywords: ["low", "high", "mode"])
            var low = try a.argument(0, "low").map(Convert.toFloat) ?? 0
            var high = try a.argument(1, "high").map(Convert.toFloat) ?? 1
            var u = r.mt.random()
            if high == low { return .float(low) }
            var c = try a.argument(2, "mode").flatMap { $0.isNone ? nil : $0 }.map { (try Convert.toFloat($0) - low) / (high - low) } ?? 0.5
            if u > c {
                u = 1 - u
                c = 1 - c
                swap(&low, &high)
            }
            return .float(low + (high - low) * (u * c).squareRoot())
        },
        "gauss": nativeMethod(PyRandom.self) { _, r, a in
            try a.expect("gauss", min: 0, max: 2, keywords: ["mu", "sigma"])
            let mu = try a.argument(0, "mu").map(Convert.toFloat) ?? 0
            let sigma = try a.argument(1, "sigma").map(Convert.toFloat) ?? 1
            var z: Double
            if let next = r.mt.gaussNext {
                z = next
                r.mt.gaussNext = nil
            } else {
                let x2pi = r.mt.random() * 2 * Double.pi
                let g2rad = (-2.0 * log(1.0 - r.mt.random())).squareRoot()
                z = cos(x2pi) * g2rad
                r.mt.gaussNext = sin(x2pi) * g2rad
            }
            return .float(mu + z * sigma)
        },
        "expovariate": nativeMethod(PyRandom.self) { _, r, a in
            let lambd = try Convert.toFloat(try oneArg(a, "expovariate"))
            if lambd == 0 { throw PyException.make(.zeroDivisionError, "float division by zero") }
            return .float(-log(1.0 - r.mt.random()) / lambd)
        },
    ]
}
