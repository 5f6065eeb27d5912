/// The `json` module: `loads`, `dumps` and `JSONDecodeError`.
enum JSONModule {
    nonisolated(unsafe) static let module: Value = .object(
        PyModule(
            name: "json",
            attributes: [
                "loads": .object(PyBuiltinFunction("loads", loads)),
                "dumps": .object(PyBuiltinFunction("dumps", dumps)),
                "JSONDecodeError": .object(PyType.jsonDecodeError),
            ]))

    static let loads: BuiltinFn = { vm, a in
        try a.expect("loads", min: 1, max: 1, keywords: ["s"])
        guard let v = a.argument(0, "s") else { throw PyException.make(.typeError, "loads() missing 1 required positional argument: 's'") }
        let text: String
        if let s = v.asStr {
            text = s.value
        } else if let b = v.asObject, b.kind == .bytes || b.kind == .bytearray {
            text = try Codecs.decode(unsafeDowncast(b, to: PyBytes.self).bytes, encoding: "utf-8", errors: "strict")
        } else {
            throw PyException.make(.typeError, "the JSON object must be str, bytes or bytearray, not \(typeName(v))")
        }
        try vm.charge(text.utf8.count / 64)
        return try JSONParser.parse(text)
    }

    static let dumps: BuiltinFn = { vm, a in
        try a.expect(
            "dumps", min: 1, max: 1,
            keywords: [
                "obj", "indent", "separators", "sort_keys", "ensure_ascii", "default", "skipkeys", "allow_nan", "check_circular", "cls",
            ])
        guard let v = a.argument(0, "obj") else {
            throw PyException.make(.typeError, "dumps() missing 1 required positional argument: 'obj'")
        }
        var o = JSONEncoderOptions()
        if let ind = a.keyword("indent"), !ind.isNone {
            if let s = ind.asStr {
                o.indent = s.value
            } else {
                o.indent = String(repeating: " ", count: max(0, try indexValue(ind)))
            }
            o.itemSeparator = ","
        }
        if let sep = a.keyword("separators"), !sep.isNone {
            let parts = try vm.iterateToArray(sep)
            guard parts.count == 2, let i = parts[0].asStr, let k = parts[1].asStr else {
                throw PyException.make(.valueError, "separators must be a (item_separator, key_separator) tuple")
            }
            o.itemSeparator = i.value
            o.keySeparator = k.value
        }
        o.sortKeys = try a.keyword("sort_keys").map(truthy) ?? false
        o.ensureASCII = try a.keyword("ensure_ascii").map(truthy) ?? true
        o.allowNaN = try a.keyword("allow_nan").map(truthy) ?? true
        o.skipKeys = try a.keyword("skipkeys").map(truthy) ?? false
        o.defaultFn = a.keyword("default").flatMap { $0.isNone ? nil : $0 }
        var enc = PyJSONEncoder(options: o, vm: vm)
        try enc.encode(v, level: 0)
        return .str(String(decoding: enc.out, as: UTF8.self))
    }
}
