/// An iterator object: walks a container or produces values lazily.
final class PyIterator: PyObject {
    enum Source {
        case array([Value], Int)
        case list(PyList, Int)
        case str(PyStr, String.UnicodeScalarView.Index)
        case range(Int, Int, Int)
        case bytes([UInt8], Int)
        case dict(PyDict, Int, Int, PyDictView.Which)  // slot, expected count
        case set(PySet, Int, Int)
        case enumerate(PyIterator, Int)
        case zip([PyIterator], strict: Bool)
        case map(Value, [PyIterator])
        case filter(Value, PyIterator)
        /// A lazy generator expression: the element function applied to each source item.
        case generator(Value, PyIterator)
        /// A module's lazy iterator (`csv.reader`).
        case hosted(HostedIterator)
        case done
    }
    var source: Source
    /// A list iterator's list and next index. `source` owns the list; stepping touches only these,
    /// so it neither retains the list nor rebuilds `source` (a retain and a release per item).
    private var listRef: Unmanaged<PyList>?
    private var listIndex = 0

    init(_ source: Source) {
        self.source = source
        if case .list(let l, let i) = source {
            listRef = Unmanaged.passUnretained(l)
            listIndex = i
        }
        super.init(kind: .iterator)
    }

    deinit {
        // Iterators can wrap iterators (map of map of ...): release the chain without recursion.
        var rest: [Value]
        switch source {
        case .enumerate(let it, _): rest = [.object(it)]
        case .zip(let its, _): rest = its.map { .object($0) }
        case .map(let f, let its): rest = [f] + its.map { .object($0) }
        case .filter(let f, let it), .generator(let f, let it): rest = [f, .object(it)]
        case .array(let a, _): rest = a
        default: return
        }
        source = .done
        ReleaseQueue.release(&rest)
    }

    /// CPython's name for this kind of iterator.
    var typeName: String {
        switch source {
        case .array: return "tuple_iterator"
        case .list: return "list_iterator"
        case .str: return "str_ascii_iterator"
        case .range: return "range_iterator"
        case .bytes: return "bytes_iterator"
        case .dict(_, _, _, let which):
            switch which {
            case .keys: return "dict_keyiterator"
            case .values: return "dict_valueiterator"
            case .items: return "dict_itemiterator"
            }
        case .set: return "set_iterator"
        case .enumerate: return "enumerate"
        case .zip: return "zip"
        case .map: return "map"
        case .filter: return "filter"
        case .generator: return "generator"
        case .hosted(let h): return h.pyTypeName
        case .done: return "iterator"
        }
    }

    /// The next value, or nil when exhausted.
    func next(_ vm: VM) throws -> Value? {
        if let u = listRef {
            let i = listIndex
            let item: Value? = u._withUnsafeGuaranteedRef { l in i < l.items.count ? l.items[i] : nil }
            guard let item else {
                listRef = nil
                source = .done
                return nil
            }
            listIndex = i + 1
            return item
        }
        switch source {
        case .array(let a, let i):
            if i >= a.count {
                source = .done
                return nil
            }
            source = .array(a, i + 1)
            return a[i]
        case .list(let l, let i):
            if i >= l.items.count {
                source = .done
                return nil
            }
            source = .list(l, i + 1)
            return l.items[i]
        case .str(let s, let idx):
            let u = s.value.unicodeScalars
            if idx >= u.endIndex {
                source = .done
                return nil
            }
            source = .str(s, u.index(after: idx))
            return .str(String(u[idx]))
        case .range(let cur, let stop, let step):
            if step > 0 ? cur >= stop : cur <= stop {
                source = .done
                return nil
            }
            let (n, o) = cur.addingReportingOverflow(step)
            source = .range(o ? stop : n, stop, step)
            return .int(cur)
        case .bytes(let b, let i):
            if i >= b.count {
                source = .done
                return nil
            }
            source = .bytes(b, i + 1)
            return .int(Int(b[i]))
        case .dict(let d, var slot, let expected, let which):
            if d.table.count != expected {
                source = .done
                throw PyException.make(.runtimeError, "dictionary changed size during iteration")
            }
            while slot < d.table.slotCount && !d.table.isLive(slot) { slot += 1 }
            if slot >= d.table.slotCount {
                source = .done
                return nil
            }
            source = .dict(d, slot + 1, expected, which)
            switch which {
            case .keys: return d.table.key(at: slot)
            case .values: return d.table.value(at: slot)
            case .items: return .tuple([d.table.key(at: slot), d.table.value(at: slot)])
            }
        case .set(let s, var slot, let expected):
            if s.table.count != expected {
                source = .done
                throw PyException.make(.runtimeError, "Set changed size during iteration")
            }
            while slot < s.table.slotCount && !s.table.isLive(slot) { slot += 1 }
            if slot >= s.table.slotCount {
                source = .done
                return nil
            }
            source = .set(s, slot + 1, expected)
            return s.table.key(at: slot)
        case .enumerate(let it, let n):
            guard let v = try it.next(vm) else {
                source = .done
                return nil
            }
            source = .enumerate(it, n &+ 1)
            return .tuple([.int(n), v])
        case .zip(let its, let strict):
            var out: [Value] = []
            out.reserveCapacity(its.count)
            for (k, it) in its.enumerated() {
                guard let v = try it.next(vm) else {
                    source = .done
                    if strict {
                        if k > 0 {
                            throw PyException.make(
                                .valueError,
                                "zip() argument \(k + 1) is shorter than argument\(k == 1 ? "" : "s") 1\(k == 1 ? "" : "-\(k)")")
                        }
                        for (j, rest) in its.enumerated().dropFirst() where try rest.next(vm) != nil {
                            throw PyException.make(
                                .valueError, "zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")"
                            )
                        }
                    }
                    return nil
                }
                out.append(v)
            }
            if its.isEmpty {
                source = .done
                return nil
            }
            return .tuple(out)
        case .map(let f, let its):
            var args: [Value] = []
            for it in its {
                guard let v = try it.next(vm) else {
                    source = .done
                    return nil
                }
                args.append(v)
            }
            try vm.charge()
            return try vm.call(f, args)
        case .filter(let f, let it):
            while let v = try it.next(vm) {
                try vm.charge()
                let keep = f.isNone ? try truthy(v) : try truthy(vm.call(f, one: v))
                if keep { return v }
            }
            source = .done
            return nil
        case .generator(let f, let it):
            while let item = try it.next(vm) {
                let v = try vm.call(f, one: item)
                if !v.isUndefined { return v }
            }
            source = .done
            return nil
        case .hosted(let h):
            if let v = try h.next(vm) { return v }
            source = .done
            return nil
        case .done:
            return nil
        }
    }
}

extension VM {
    /// `iter(v)`.
    func makeIterator(_ v: Value) throws -> PyIterator {
        guard case .object(let o) = v else {
            throw PyException.make(.typeError, "'\(typeName(v))' object is not iterable")
        }
        switch o.kind {
        case .list: return PyIterator(.list(unsafeDowncast(o, to: PyList.self), 0))
        case .tuple: return PyIterator(.array(unsafeDowncast(o, to: PyTuple.self).items, 0))
        case .str:
            let s = unsafeDowncast(o, to: PyStr.self)
            return PyIterator(.str(s, s.value.unicodeScalars.startIndex))
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            return PyIterator(.range(r.start, r.stop, r.step))
        case .bytes, .bytearray: return PyIterator(.bytes(unsafeDowncast(o, to: PyBytes.self).bytes, 0))
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            return PyIterator(.dict(d, 0, d.table.count, .keys))
        case .dictView:
            let dv = unsafeDowncast(o, to: PyDictView.self)
            return PyIterator(.dict(dv.dict, 0, dv.dict.table.count, dv.which))
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            return PyIterator(.set(s, 0, s.table.count))
        case .iterator: return unsafeDowncast(o, to: PyIterator.self)
        case .multimap, .entity, .message:
            return PyIterator(.array(try hostIterable(o), 0))
        case .native:
            if let items = try unsafeDowncast(o, to: PyNativeObject.self).iterate(self) { return PyIterator(.array(items, 0)) }
            throw PyException.make(.typeError, "'\(typeName(v))' object is not iterable")
        default:
            throw PyException.make(.typeError, "'\(typeName(v))' object is not iterable")
        }
    }

    /// All values of an iterable, charging fuel per item and enforcing the size limit.
    func iterateToArray(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).items
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                try checkSize(r.count)
                try charge(r.count / 8)
                return Array(stride(from: r.start, to: r.stop, by: r.step).map { Value.int($0) })
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                return d.table.liveKeys
            default: break
            }
        }
        let it = try makeIterator(v)
        var out: [Value] = []
        while let x = try it.next(self) {
            out.append(x)
            if out.count & 0x3FF == 0 {
                try charge(64)
                try checkSize(out.count)
            }
        }
        return out
    }

    /// Validates the registers of a `for ... in range(...)` loop.
    func prepareRange(_ r: UnsafeMutablePointer<Value>) throws {
        for i in 0..<3 {
            switch r[i] {
            case .int: break
            case .bool(let b): r[i] = .int(b ? 1 : 0)
            case .object(let o) where o.kind == .bigint:
                throw PyException.make(.overflowError, "Python int too large to convert to C ssize_t")
            default:
                throw PyException.make(.typeError, "'\(typeName(r[i]))' object cannot be interpreted as an integer")
            }
        }
        if case .int(0) = r[2] { throw PyException.make(.valueError, "range() arg 3 must not be zero") }
    }
}
