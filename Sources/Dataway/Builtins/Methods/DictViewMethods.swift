/// The methods of `dict_keys`, `dict_values` and `dict_items`.
let dictViewMethods: [String: MethodBox] = [
    "isdisjoint": MethodBox { vm, r, a in
        guard case .object(let o) = r, o.kind == .dictView else {
            throw PyException.make(.typeError, "descriptor 'isdisjoint' requires a dict view")
        }
        let view = unsafeDowncast(o, to: PyDictView.self)
        if view.which == .values {
            throw PyException.make(.attributeError, "'dict_values' object has no attribute 'isdisjoint'")
        }
        let other = try oneArg(a, "\(objectTypeName(view)).isdisjoint")
        // CPython iterates the other operand and tests membership in the view.
        for x in try vm.iterateToArray(other) where try vm.contains(r, x) { return .bool(false) }
        return .bool(true)
    }
]
