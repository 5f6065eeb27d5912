/// The methods of `range` (`count`, `index`). To be wired in `MethodTables.table(for:)` as
/// `case .range: return rangeMethods`.
let rangeMethods: [String: MethodBox] = [
    "count": MethodBox { vm, r, a in
        let x = try oneArg(a, "range.count")
        // Range elements are distinct, so the count is membership.
        return .int(try vm.contains(r, x) ? 1 : 0)
    },
    "index": MethodBox { vm, r, a in
        let x = try oneArg(a, "range.index")
        guard let range = r.object(ofKind: .range).map({ unsafeDowncast($0, to: PyRange.self) }) else {
            throw PyException.make(.typeError, "descriptor 'index' requires a 'range' object but received a '\(typeName(r))'")
        }
        let isInt = x.asBigInt != nil
        guard try vm.contains(r, x) else {
            if isInt { throw PyException.make(.valueError, "\(try pyRepr(x)) is not in range") }
            throw PyException.make(.valueError, "sequence.index(x): x not in sequence")
        }
        let value: Int
        switch x {
        case .int(let i): value = i
        case .bool(let b): value = b ? 1 : 0
        case .float(let d): value = Int(d)
        default:
            // Other equal values: find the position by scanning (ranges hold machine ints).
            var i = 0
            for v in stride(from: range.start, to: range.stop, by: range.step) {
                if valuesEqual(.int(v), x) { return .int(i) }
                i += 1
            }
            throw PyException.make(.valueError, "sequence.index(x): x not in sequence")
        }
        return .int((value - range.start) / range.step)
    },
]
