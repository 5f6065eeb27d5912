extension VM {
    /// Binary operators on non-numbers: concatenation, repetition, set algebra, `%` formatting.
    func sequenceOp(_ op: BinOp, _ a: Value, _ b: Value, inplace: Bool) throws -> Value {
        if case .object(let x) = a {
            switch (x.kind, op) {
            case (.str, .add):
                guard let y = b.asStr else {
                    throw PyException.make(.typeError, "can only concatenate str (not \"\(typeName(b))\") to str")
                }
                let s = unsafeDowncast(x, to: PyStr.self)
                try checkSize(s.byteCount + y.byteCount)
                return .object(PyStr.concatenate(s, y))
            case (.str, .mul): return try repeatSequence(a, b)
            case (.str, .mod): return try percentFormat(unsafeDowncast(x, to: PyStr.self), b)
            case (.list, .add):
                guard let y = b.asList else {
                    throw PyException.make(.typeError, "can only concatenate list (not \"\(typeName(b))\") to list")
                }
                let l = unsafeDowncast(x, to: PyList.self)
                try checkSize(l.items.count + y.items.count)
                return .list(l.items + y.items)
            case (.list, .mul), (.tuple, .mul), (.bytes, .mul), (.bytearray, .mul): return try repeatSequence(a, b)
            case (.tuple, .add):
                guard let y = b.asTuple else {
                    throw PyException.make(.typeError, "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
                }
                return .tuple(unsafeDowncast(x, to: PyTuple.self).items + y.items)
            case (.bytes, .add), (.bytearray, .add):
                guard let y = b.asObject, y.kind == .bytes || y.kind == .bytearray else {
                    throw PyException.make(.typeError, "can't concat \(typeName(b)) to \(typeName(a))")
                }
                let r = unsafeDowncast(x, to: PyBytes.self).bytes + unsafeDowncast(y, to: PyBytes.self).bytes
                try checkSize(r.count)
                return .object(PyBytes(r, mutable: x.kind == .bytearray))
            case (.set, _), (.frozenset, _):
                if let y = b.asObject, y.kind == .set || y.kind == .frozenset {
                    if let r = try setAlgebra(op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self)) {
                        return .object(r)
                    }
                }
            case (.dict, .bitor):
                if let y = b.asDict {
                    let d = PyDict(unsafeDowncast(x, to: PyDict.self).table)
                    try dictMerge(d, .object(y), forCall: false)
                    return .object(d)
                }
            default: break
            }
        }
        if let r = try dictViewSetOp(op, a, b) { return r }
        if op == .mul, case .object(let y) = b, [.str, .list, .tuple, .bytes, .bytearray].contains(y.kind) {
            return try repeatSequence(b, a)
        }
        let symbol = op == .pow ? "** or pow()" : op.rawValue
        throw PyException.make(.typeError, "unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
    }

    func repeatSequence(_ seq: Value, _ times: Value) throws -> Value {
        let n: Int
        switch times {
        case .int(let i): n = max(0, i)
        case .bool(let b): n = b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            if unsafeDowncast(o, to: PyBigInt.self).value.signum() < 0 { n = 0 } else { throw LimitError.size(limits.maxSize) }
        default:
            throw PyException.make(.typeError, "can't multiply sequence by non-int of type '\(typeName(times))'")
        }
        guard case .object(let o) = seq else { return seq }
        switch o.kind {
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            let (total, over) = s.value.utf8.count.multipliedReportingOverflow(by: n)
            if over { throw LimitError.size(limits.maxSize) }
            try checkSize(total)
            return .str(String(repeating: s.value, count: n))
        case .list, .tuple:
            let items = o.kind == .list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
            let (total, over) = items.count.multipliedReportingOverflow(by: n)
            if over { throw LimitError.size(limits.maxSize) }
            try checkSize(total)
            var out: [Value] = []
            out.reserveCapacity(total)
            for _ in 0..<n { out += items }
            return o.kind == .list ? .list(out) : .tuple(out)
        default:
            let b = unsafeDowncast(o, to: PyBytes.self)
            let (total, over) = b.bytes.count.multipliedReportingOverflow(by: n)
            if over { throw LimitError.size(limits.maxSize) }
            try checkSize(total)
            var out: [UInt8] = []
            out.reserveCapacity(total)
            for _ in 0..<n { out += b.bytes }
            return .object(PyBytes(out, mutable: o.kind == .bytearray))
        }
    }

    func setAlgebra(_ op: BinOp, _ a: PySet, _ b: PySet) throws -> PySet? {
        var t = HashTable()
        switch op {
        case .bitor:
            t = a.table
            for s in 0..<b.table.slotCount where b.table.isLive(s) {
                t.set(b.table.key(at: s), hash: b.table.hash(atSlot: s), value: .none)
            }
        case .bitand:
            for s in 0..<a.table.slotCount where a.table.isLive(s) {
                let k = a.table.key(at: s)
                if b.table.find(k, hash: a.table.hash(atSlot: s)) != nil { t.set(k, hash: a.table.hash(atSlot: s), value: .none) }
            }
        case .sub:
            for s in 0..<a.table.slotCount where a.table.isLive(s) {
                let k = a.table.key(at: s)
                if b.table.find(k, hash: a.table.hash(atSlot: s)) == nil { t.set(k, hash: a.table.hash(atSlot: s), value: .none) }
            }
        case .bitxor:
            for s in 0..<a.table.slotCount where a.table.isLive(s) {
                let k = a.table.key(at: s)
                if b.table.find(k, hash: a.table.hash(atSlot: s)) == nil { t.set(k, hash: a.table.hash(atSlot: s), value: .none) }
            }
            for s in 0..<b.table.slotCount where b.table.isLive(s) {
                let k = b.table.key(at: s)
                if a.table.find(k, hash: b.table.hash(atSlot: s)) == nil { t.set(k, hash: b.table.hash(atSlot: s), value: .none) }
            }
        default: return nil
        }
        return PySet(t, frozen: a.kind == .frozenset)
    }

    /// Merges a mapping (or iterable of pairs) into `d`.
    func dictMerge(_ d: PyDict, _ other: Value, forCall: Bool) throws {
        if let o = other.asDict {
            for s in 0..<o.table.slotCount where o.table.isLive(s) {
                d.table.set(o.table.key(at: s), hash: o.table.hash(atSlot: s), value: o.table.value(at: s))
            }
            return
        }
        if case .object(let o) = other, o.kind == .multimap || o.kind == .entity || o.kind == .message {
            for pair in try hostIterable(o, items: true) {
                let kv = try iterateToArray(pair)
                d.table.set(kv[0], hash: try hashKey(kv[0]), value: kv[1])
            }
            return
        }
        if forCall { throw PyException.make(.typeError, "argument after ** must be a mapping, not \(typeName(other))") }
        var index = 0
        for item in try iterateToArray(other) {
            let kv: [Value]
            do {
                kv = try iterateToArray(item)
            } catch {
                // Only an element that cannot be iterated at all gets the message of its own.
                guard (try? makeIterator(item)) == nil else { throw error }
                throw PyException.make(.typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard kv.count == 2 else {
                throw PyException.make(.valueError, "dictionary update sequence element #\(index) has length \(kv.count); 2 is required")
            }
            d.table.set(kv[0], hash: try hashKey(kv[0]), value: kv[1])
            index += 1
        }
    }
}

extension VM {
    /// `keys() & other` and friends: key and item views act as sets.
    func dictViewSetOp(_ op: BinOp, _ a: Value, _ b: Value) throws -> Value? {
        guard op == .bitand || op == .bitor || op == .sub || op == .bitxor else { return nil }
        func isSetLike(_ v: Value) -> Bool {
            guard case .object(let o) = v else { return false }
            if o.kind == .dictView { return unsafeDowncast(o, to: PyDictView.self).which != .values }
            return o.kind == .set || o.kind == .frozenset
        }
        let aView = a.object(ofKind: .dictView) != nil
        let bView = b.object(ofKind: .dictView) != nil
        guard (aView && isSetLike(a)) || (bView && isSetLike(b)) else { return nil }
        let x = try Convert.toSet(self, a, frozen: false)
        let y = try Convert.toSet(self, b, frozen: false)
        return try setAlgebra(op, x, y).map { .object($0) }
    }
}
