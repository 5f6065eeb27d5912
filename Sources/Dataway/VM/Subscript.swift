import BigInt

/// Converts an index value to Int (`__index__` of builtin types).
func indexValue(_ v: Value, _ what: String? = nil) throws -> Int {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o.kind == .bigint:
        return unsafeDowncast(o, to: PyBigInt.self).value.signum() < 0 ? Int.min : Int.max
    default:
        guard let what else {
            throw PyException.make(.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
        }
        throw PyException.make(.typeError, "\(what) must be integers or slices, not \(typeName(v))")
    }
}

/// Resolved slice bounds (CPython's `PySlice_AdjustIndices`).
func sliceIndices(_ s: PySlice, count: Int) throws -> (start: Int, stop: Int, step: Int, length: Int) {
    func idx(_ v: Value) throws -> Int? {
        if v.isNone { return nil }
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigint:
            return unsafeDowncast(o, to: PyBigInt.self).value.signum() < 0 ? Int.min / 2 : Int.max / 2
        default:
            throw PyException.make(.typeError, "slice indices must be integers or None or have an __index__ method")
        }
    }
    let step = try idx(s.step) ?? 1
    if step == 0 { throw PyException.make(.valueError, "slice step cannot be zero") }
    var start: Int
    var stop: Int
    if let st = try idx(s.start) {
        start = st < 0 ? max(st + count, step < 0 ? -1 : 0) : min(st, step < 0 ? count - 1 : count)
    } else {
        start = step < 0 ? count - 1 : 0
    }
    if let sp = try idx(s.stop) {
        stop = sp < 0 ? max(sp + count, step < 0 ? -1 : 0) : min(sp, step < 0 ? count - 1 : count)
    } else {
        stop = step < 0 ? -1 : count
    }
    var length = 0
    if step > 0 {
        if start < stop { length = (stop - start - 1) / step + 1 }
    } else {
        if stop < start { length = (start - stop - 1) / (-step) + 1 }
    }
    return (start, stop, step, length)
}

func sliceElements<T>(_ a: [T], _ s: PySlice) throws -> [T] {
    let (start, _, step, length) = try sliceIndices(s, count: a.count)
    if step == 1 { return Array(a[start..<start + length]) }
    var out: [T] = []
    out.reserveCapacity(length)
    var i = start
    for _ in 0..<length {
        out.append(a[i])
        i += step
    }
    return out
}

extension VM {
    func getItem(_ container: Value, _ key: Value) throws -> Value {
        // A dict key or a list index, read in place (no reference counting but the result's).
        if let u = peekObject(container) {
            let kind = u._withUnsafeGuaranteedRef { $0.kind }
            if kind == .dict {
                let h = try hashKey(key)
                let found = u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyDict.self).table.getInPlace(key, hash: h) }
                if let found { return found }
            } else if kind == .list, case .int(let i) = key {
                let found: Value? = u._withUnsafeGuaranteedRef { o in
                    let l = unsafeDowncast(o, to: PyList.self)
                    let j = i < 0 ? i + l.items.count : i
                    return j >= 0 && j < l.items.count ? l.items[j] : nil
                }
                if let found { return found }
            }
        }
        return try getItemGeneral(container, key)
    }

    private func getItemGeneral(_ container: Value, _ key: Value) throws -> Value {
        guard case .object(let o) = container else {
            throw PyException.make(.typeError, "'\(typeName(container))' object is not subscriptable")
        }
        switch o.kind {
        case .list:
            let items = unsafeDowncast(o, to: PyList.self).items
            if case .int(var i) = key {
                if i < 0 { i += items.count }
                guard i >= 0 && i < items.count else { throw PyException.make(.indexError, "list index out of range") }
                return items[i]
            }
            if let s = key.object(ofKind: .slice) { return .list(try sliceElements(items, unsafeDowncast(s, to: PySlice.self))) }
            var i = try indexValue(key, "list indices")
            if i < 0 { i += items.count }
            guard i >= 0 && i < items.count else { throw PyException.make(.indexError, "list index out of range") }
            return items[i]
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            let h = try hashKey(key)
            if let v = d.table.getInPlace(key, hash: h) { return v }
            if d.starLists, let list = XMLValues.starList(d, key) { return list }
            throw PyRaise(PyException(type: .keyError, args: [key]))
        case .tuple:
            let items = unsafeDowncast(o, to: PyTuple.self).items
            if let s = key.object(ofKind: .slice) { return .tuple(try sliceElements(items, unsafeDowncast(s, to: PySlice.self))) }
            var i = try indexValue(key, "tuple indices")
            if i < 0 { i += items.count }
            guard i >= 0 && i < items.count else { throw PyException.make(.indexError, "tuple index out of range") }
            return items[i]
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            if let sl = key.object(ofKind: .slice) {
                let slice = unsafeDowncast(sl, to: PySlice.self)
                let (start, _, step, length) = try sliceIndices(slice, count: s.count)
                if step == 1 { return .object(s.slice(start..<start + length)) }
                let scalars = Array(s.value.unicodeScalars)
                var out = String.UnicodeScalarView()
                var i = start
                for _ in 0..<length {
                    out.append(scalars[i])
                    i += step
                }
                return .str(String(out))
            }
            guard Number(key) != nil, !key.isFloat else {
                throw PyException.make(.typeError, "string indices must be integers, not '\(typeName(key))'")
            }
            var i = try indexValue(key, "string indices")
            if i < 0 { i += s.count }
            guard i >= 0 && i < s.count else { throw PyException.make(.indexError, "string index out of range") }
            return .str(String(s.scalar(at: i)))
        case .bytes, .bytearray:
            let b = unsafeDowncast(o, to: PyBytes.self).bytes
            if let sl = key.object(ofKind: .slice) {
                return .object(PyBytes(try sliceElements(b, unsafeDowncast(sl, to: PySlice.self)), mutable: o.kind == .bytearray))
            }
            var i = try indexValue(key, "byte indices")
            if i < 0 { i += b.count }
            guard i >= 0 && i < b.count else {
                throw PyException.make(.indexError, o.kind == .bytes ? "index out of range" : "bytearray index out of range")
            }
            return .int(Int(b[i]))
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            if let sl = key.object(ofKind: .slice) {
                let (start, stop, step, _) = try sliceIndices(unsafeDowncast(sl, to: PySlice.self), count: r.count)
                return .object(PyRange(start: r.start + start * r.step, stop: r.start + stop * r.step, step: r.step * step))
            }
            var i = try indexValue(key, "range indices")
            if i < 0 { i += r.count }
            guard i >= 0 && i < r.count else { throw PyException.make(.indexError, "range object index out of range") }
            return .int(r.start + i * r.step)
        case .type:
            // `list[int]` style generic aliases: return the type itself.
            return container
        default:
            if let v = try hostGetItem(o, key) { return v }
            if let n = o.asNative, let v = try n.getItem(self, key) { return v }
            throw PyException.make(.typeError, "'\(objectTypeName(o))' object is not subscriptable")
        }
    }

    func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        // A dict entry, written in place.
        if let u = peekObject(container), u._withUnsafeGuaranteedRef({ $0.kind == .dict }) {
            let h = try hashKey(key)
            u._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyDict.self).table.set(key, hash: h, value: value) }
            return
        }
        guard case .object(let o) = container else {
            throw PyException.make(.typeError, "'\(typeName(container))' object does not support item assignment")
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let sl = key.object(ofKind: .slice) {
                let slice = unsafeDowncast(sl, to: PySlice.self)
                let newItems = try iterateToArray(value)
                let (start, stop, step, length) = try sliceIndices(slice, count: l.items.count)
                if step == 1 {
                    l.items.replaceSubrange(start..<max(start, stop), with: newItems)
                    try checkSize(l.items.count)
                } else {
                    guard newItems.count == length else {
                        throw PyException.make(
                            .valueError, "attempt to assign sequence of size \(newItems.count) to extended slice of size \(length)")
                    }
                    var i = start
                    for v in newItems {
                        l.items[i] = v
                        i += step
                    }
                }
                return
            }
            var i = try indexValue(key, "list indices")
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw PyException.make(.indexError, "list assignment index out of range") }
            l.items[i] = value
        case .dict:
            unsafeDowncast(o, to: PyDict.self).table.set(key, hash: try hashKey(key), value: value)
        case .bytearray:
            let b = unsafeDowncast(o, to: PyBytes.self)
            if let sl = key.object(ofKind: .slice) {
                let (start, stop, step, _) = try sliceIndices(unsafeDowncast(sl, to: PySlice.self), count: b.bytes.count)
                let newBytes = try bytesFromIterable(value)
                if step == 1 { b.bytes.replaceSubrange(start..<max(start, stop), with: newBytes) }
                return
            }
            var i = try indexValue(key, "bytearray indices")
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw PyException.make(.indexError, "bytearray index out of range") }
            guard case .int(let x) = value, (0...255).contains(x) else {
                throw PyException.make(.valueError, "byte must be in range(0, 256)")
            }
            b.bytes[i] = UInt8(x)
        default:
            if try hostSetItem(o, key, value) { return }
            throw PyException.make(.typeError, "'\(objectTypeName(o))' object does not support item assignment")
        }
    }

    func delItem(_ container: Value, _ key: Value) throws {
        guard case .object(let o) = container else {
            throw PyException.make(.typeError, "'\(typeName(container))' object does not support item deletion")
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let sl = key.object(ofKind: .slice) {
                let (start, _, step, length) = try sliceIndices(unsafeDowncast(sl, to: PySlice.self), count: l.items.count)
                var drop = Set<Int>()
                var i = start
                for _ in 0..<length {
                    drop.insert(i)
                    i += step
                }
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
            var i = try indexValue(key, "list indices")
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw PyException.make(.indexError, "list assignment index out of range") }
            l.items.remove(at: i)
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            if d.table.remove(key, hash: try hashKey(key)) == nil { throw PyRaise(PyException(type: .keyError, args: [key])) }
        case .bytearray:
            let b = unsafeDowncast(o, to: PyBytes.self)
            if let sl = key.object(ofKind: .slice) {
                let (start, _, step, length) = try sliceIndices(unsafeDowncast(sl, to: PySlice.self), count: b.bytes.count)
                let drop = Set(stride(from: start, to: start + length * step, by: step == 0 ? 1 : step).prefix(length))
                b.bytes = b.bytes.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
            var i = try indexValue(key, "bytearray indices")
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw PyException.make(.indexError, "bytearray index out of range") }
            b.bytes.remove(at: i)
        default:
            throw PyException.make(.typeError, "'\(objectTypeName(o))' object doesn't support item deletion")
        }
    }

    /// Bytes from an iterable of ints (or a bytes-like object).
    func bytesFromIterable(_ v: Value) throws -> [UInt8] {
        if case .object(let o) = v, o.kind == .bytes || o.kind == .bytearray { return unsafeDowncast(o, to: PyBytes.self).bytes }
        if v.asStr != nil { throw PyException.make(.typeError, "cannot convert 'str' object to bytes") }
        var out: [UInt8] = []
        for x in try iterateToArray(v) {
            guard case .int(let i) = x else {
                throw PyException.make(.typeError, "'\(typeName(x))' object cannot be interpreted as an integer")
            }
            guard (0...255).contains(i) else { throw PyException.make(.valueError, "bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return out
    }
}
