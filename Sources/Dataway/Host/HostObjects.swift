/// Script-visible behaviour of the host objects: `msg`, `Entity` and `MultiMap`.
enum HostTypes {
    // Immutable process-wide type objects.
    nonisolated(unsafe) static let entity = PyType(name: "Entity", base: .object, constructor: nil)
    nonisolated(unsafe) static let multiMap = PyType(name: "MultiMap", base: .object) { vm, a in
        try a.expect("MultiMap", min: 0, max: 1)
        let m = PyMultiMap(pairs: [])
        if let src = a.at(0) {
            if let d = src.asDict {
                for s in 0..<d.table.slotCount where d.table.isLive(s) {
                    m.pairs.append((try pyStr(d.table.key(at: s)), d.table.value(at: s)))
                }
            } else {
                for item in try vm.iterateToArray(src) {
                    let kv = try vm.iterateToArray(item)
                    guard kv.count == 2 else { throw PyException.make(.valueError, "MultiMap() items must be (key, value) pairs") }
                    m.pairs.append((try pyStr(kv[0]), kv[1]))
                }
            }
        }
        return .object(m)
    }
    nonisolated(unsafe) static let message = PyType(name: "Message", base: .object, constructor: nil)

    nonisolated(unsafe) static let byKind: [ObjectKind: PyType] = [.entity: entity, .multimap: multiMap, .message: message]
    nonisolated(unsafe) static let builtins: [String: Value] = ["Entity": .object(entity), "MultiMap": .object(multiMap)]

    nonisolated(unsafe) static let staticAttributes: [String: [String: Value]] = [
        "Entity": [
            "from_value": .object(
                PyBuiltinFunction("from_value") { vm, a in
                    try a.expect("from_value", min: 1, max: 3, keywords: ["value", "mime_type", "encoding"])
                    guard let v = a.argument(0, "value") else {
                        throw PyException.make(.typeError, "from_value() missing required argument 'value'")
                    }
                    let mime = try a.argument(1, "mime_type").map { try textArg($0, "mime_type") } ?? "application/json"
                    let enc = try a.argument(2, "encoding").map { try textArg($0, "encoding") } ?? "utf-8"
                    return .object(try PyEntity.fromValue(vm, v, mimeType: mime, encoding: enc))
                }),
            "from_bytes": .object(
                PyBuiltinFunction("from_bytes") { vm, a in
                    try a.expect("from_bytes", min: 2, max: 3, keywords: ["data", "mime_type", "encoding"])
                    guard let d = a.argument(0, "data"), let m = a.argument(1, "mime_type") else {
                        throw PyException.make(.typeError, "from_bytes() missing required arguments 'data' and 'mime_type'")
                    }
                    let enc = try a.argument(2, "encoding").map { try textArg($0, "encoding") } ?? "utf-8"
                    let bytes: [UInt8]
                    if let s = d.asStr {
                        bytes = try Codecs.encode(s.value, encoding: enc, errors: "strict")
                    } else if let o = d.asObject, o.kind == .bytes || o.kind == .bytearray {
                        bytes = unsafeDowncast(o, to: PyBytes.self).bytes
                    } else {
                        throw PyException.make(.typeError, "from_bytes() data must be bytes or str, not \(typeName(d))")
                    }
                    return .object(PyEntity(blob: bytes, mimeType: try textArg(m, "mime_type"), encoding: enc))
                }),
        ]
    ]

    static func textArg(_ v: Value, _ name: String) throws -> String {
        guard let s = v.asStr else { throw PyException.make(.typeError, "\(name) must be str, not \(typeName(v))") }
        return s.value
    }
}

func hostIterable(_ o: PyObject, items: Bool = false) throws -> [Value] {
    switch o.kind {
    case .multimap:
        let m = unsafeDowncast(o, to: PyMultiMap.self)
        return items ? m.pairs.map { .tuple([.str($0.0), $0.1]) } : m.distinctKeys.map { .str($0) }
    default:
        throw PyException.make(.typeError, "'\(objectTypeName(o))' object is not iterable")
    }
}

func hostEqual(_ x: PyObject, _ y: PyObject) -> Bool {
    switch (x.kind, y.kind) {
    case (.entity, .entity):
        let a = unsafeDowncast(x, to: PyEntity.self), b = unsafeDowncast(y, to: PyEntity.self)
        return a.blob == b.blob && a.mimeType == b.mimeType && a.encoding == b.encoding
    case (.multimap, .multimap):
        let a = unsafeDowncast(x, to: PyMultiMap.self).pairs, b = unsafeDowncast(y, to: PyMultiMap.self).pairs
        return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && valuesEqual($0.1, $1.1) }
    default: return false
    }
}

func hostStr(_ o: PyObject) -> String? {
    if o.kind == .entity {
        let e = unsafeDowncast(o, to: PyEntity.self)
        return (try? Codecs.decode(e.blob, encoding: e.encoding, errors: "replace"))
    }
    return nil
}

func hostRepr(_ o: PyObject, _ seen: inout Set<ObjectIdentifier>) -> String {
    switch o.kind {
    case .entity:
        let e = unsafeDowncast(o, to: PyEntity.self)
        return "Entity(mime_type=\(strRepr(e.mimeType)), encoding=\(strRepr(e.encoding)), \(e.blob.count) bytes)"
    case .multimap:
        let m = unsafeDowncast(o, to: PyMultiMap.self)
        return "MultiMap([" + m.pairs.map { "(\(strRepr($0.0)), \(reprInner($0.1, &seen)))" }.joined(separator: ", ") + "])"
    case .message:
        let m = unsafeDowncast(o, to: PyMessage.self)
        return "Message(" + PyMessage.names.map { "\($0)=\(reprInner(m.fields[$0] ?? .none, &seen))" }.joined(separator: ", ") + ")"
    default: return "<\(objectTypeName(o)) object>"
    }
}

func hostLength(_ o: PyObject) -> Int? {
    if o.kind == .multimap { return unsafeDowncast(o, to: PyMultiMap.self).distinctKeys.count }
    return nil
}

extension VM {
    func hostGetItem(_ o: PyObject, _ key: Value) throws -> Value? {
        switch o.kind {
        case .entity:
            let e = unsafeDowncast(o, to: PyEntity.self)
            if let k = key.asStr?.value {
                switch k {
                case "^blob": return .object(PyBytes(e.blob))
                case "^mime_type": return .str(e.mimeType)
                case "^encoding": return .str(e.encoding)
                case "^value": return try e.value(self)
                default: break
                }
            }
            if PyEntity.essence(e.mimeType) == "multipart/form-data" {
                return try EntityFormats.multipartItem(self, try e.value(self), key)
            }
            return try getItem(try e.value(self), key)
        case .multimap:
            let m = unsafeDowncast(o, to: PyMultiMap.self)
            guard let k = key.asStr?.value else { throw PyRaise(PyException(type: .keyError, args: [key])) }
            if k.hasPrefix("*") { return .list(m.all(String(k.dropFirst()))) }
            if let v = m.first(k) { return v }
            throw PyRaise(PyException(type: .keyError, args: [key]))
        default: return nil
        }
    }

    func hostSetItem(_ o: PyObject, _ key: Value, _ value: Value) throws -> Bool {
        guard o.kind == .multimap, let k = key.asStr?.value else { return false }
        let m = unsafeDowncast(o, to: PyMultiMap.self)
        m.pairs.removeAll { $0.0 == k }
        m.pairs.append((k, value))
        return true
    }

    func hostAttribute(_ o: PyObject, _ name: String) throws -> Value? {
        switch o.kind {
        case .message:
            let m = unsafeDowncast(o, to: PyMessage.self)
            if let v = m.fields[name] { return v }
        case .iterator:
            if case .hosted(let h) = unsafeDowncast(o, to: PyIterator.self).source { return try h.attribute(self, name) }
        default: break
        }
        return nil
    }

    func hostSetAttribute(_ o: PyObject, _ name: String, _ value: Value) throws -> Bool {
        guard o.kind == .message, PyMessage.names.contains(name) else { return false }
        unsafeDowncast(o, to: PyMessage.self).fields[name] = value
        return true
    }
}

func hostMethod(_ o: PyObject, _ name: String) -> MethodFn? {
    switch (o.kind, name) {
    case (.entity, "get"), (.multimap, "get"):
        return { vm, recv, a in
            try a.expect("get", min: 1, max: 2)
            do {
                return try vm.getItem(recv, a[0])
            } catch let e as PyRaise where e.exception.type.isSubtype(of: .lookupError) {
                return a.at(1) ?? .none
            }
        }
    case (.multimap, "getall"):
        return { _, recv, a in
            try a.expect("getall", min: 1, max: 1)
            guard let m = recv.object(ofKind: .multimap), let k = a[0].asStr else { return .list([]) }
            return .list(unsafeDowncast(m, to: PyMultiMap.self).all(k.value))
        }
    case (.multimap, "keys"):
        return { _, recv, _ in
            .list((recv.object(ofKind: .multimap).map { unsafeDowncast($0, to: PyMultiMap.self).distinctKeys } ?? []).map { .str($0) })
        }
    case (.multimap, "items"):
        return { _, recv, _ in
            guard let m = recv.object(ofKind: .multimap) else { return .list([]) }
            return .list(unsafeDowncast(m, to: PyMultiMap.self).pairs.map { .tuple([.str($0.0), $0.1]) })
        }
    case (.multimap, "values"):
        return { _, recv, _ in
            guard let m = recv.object(ofKind: .multimap) else { return .list([]) }
            return .list(unsafeDowncast(m, to: PyMultiMap.self).pairs.map(\.1))
        }
    default: return nil
    }
}

/// What `json.dumps` writes for a host object.
func hostJSONValue(_ o: PyObject) throws -> Value? {
    switch o.kind {
    case .multimap:
        let d = PyDict()
        for (k, v) in unsafeDowncast(o, to: PyMultiMap.self).pairs where d.get(k) == nil { d.set(k, v) }
        return .object(d)
    default: return nil
    }
}
