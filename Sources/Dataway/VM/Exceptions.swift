extension VM {
    /// Builds the exception for `raise X` / `raise X from Y`.
    func makeRaise(_ v: Value, cause: Value?) throws -> PyRaise {
        let exc = try exceptionInstance(v, forRaise: true)
        if let cause {
            if cause.isNone {
                exc.cause = nil
            } else {
                exc.cause = try exceptionInstance(cause, forRaise: false)
            }
        }
        return PyRaise(exc)
    }

    private func exceptionInstance(_ v: Value, forRaise: Bool) throws -> PyException {
        if case .object(let o) = v {
            if o.kind == .exception { return unsafeDowncast(o, to: PyException.self) }
            if o.kind == .type, unsafeDowncast(o, to: PyType.self).isSubtype(of: .baseException) {
                return PyException(type: unsafeDowncast(o, to: PyType.self), args: [])
            }
        }
        throw PyException.make(
            .typeError, forRaise ? "exceptions must derive from BaseException" : "exception causes must derive from BaseException")
    }

    /// `except T` matching: T is an exception class or a tuple of them.
    func exceptionMatches(_ exc: Value, _ t: Value) throws -> Bool {
        guard case .object(let eo) = exc, eo.kind == .exception else { return false }
        return try exceptionMatches(unsafeDowncast(eo, to: PyException.self).type, t)
    }

    private func exceptionMatches(_ raised: PyType, _ t: Value) throws -> Bool {
        guard case .object(let o) = t else {
            throw PyException.make(.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        if o.kind == .type {
            let ty = unsafeDowncast(o, to: PyType.self)
            // `raised` is an exception class, so matching it exactly proves `ty` is one too.
            if raised === ty { return true }
            guard ty.isSubtype(of: .baseException) else {
                throw PyException.make(.typeError, "catching classes that do not inherit from BaseException is not allowed")
            }
            return raised.isSubtype(of: ty)
        }
        if o.kind == .tuple {
            return try unsafeDowncast(o, to: PyTuple.self).items.withUnsafeBufferPointer { items in
                for item in items where try exceptionMatches(raised, item) { return true }
                return false
            }
        }
        throw PyException.make(.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }

    func unpack(_ v: Value, into dst: UnsafeMutablePointer<Value>, count: Int) throws {
        let items: [Value]
        if let t = v.asTuple {
            items = t.items
        } else if let l = v.asList {
            items = l.items
        } else {
            guard case .object = v else {
                throw PyException.make(.typeError, "cannot unpack non-iterable \(typeName(v)) object")
            }
            items = try iterateToArray(v)
        }
        if items.count != count {
            if items.count > count {
                throw PyException.make(.valueError, "too many values to unpack (expected \(count))")
            }
            throw PyException.make(.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        for i in 0..<count { dst[i] = items[i] }
    }

    func unpackStarred(_ v: Value, into dst: UnsafeMutablePointer<Value>, before: Int, after: Int) throws {
        guard case .object = v else {
            throw PyException.make(.typeError, "cannot unpack non-iterable \(typeName(v)) object")
        }
        let items = try iterateToArray(v)
        if items.count < before + after {
            throw PyException.make(.valueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        for i in 0..<before { dst[i] = items[i] }
        dst[before] = .list(Array(items[before..<items.count - after]))
        for i in 0..<after { dst[before + 1 + i] = items[items.count - after + i] }
    }

    func importModule(_ name: String) throws -> Value {
        if let m = Modules.named(name) { return m }
        throw PyException.make(
            .nameError, "import of '\(name)' is not allowed in Dataway (available: \(Modules.available.joined(separator: ", ")))")
    }
}

extension CodeObject {
    /// Records this frame (stopped at instruction `at`) in `exc`'s traceback and returns the
    /// innermost handler protecting `at`, if any.
    @inline(__always)
    func handler(at: Int, tracing exc: PyException) -> ExceptionHandler? {
        exc.appendTrace(TraceEntry(function: name, line: Int(lines[max(0, min(at, lines.count - 1))])))
        return handlers.withUnsafeBufferPointer { hs in
            for h in hs where h.start <= at && at < h.end { return h }
            return nil
        }
    }
}
