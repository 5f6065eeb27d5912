import BigInt

/// The type name CPython reports (`type(x).__name__`).
func typeName(_ v: Value) -> String {
    switch v {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .undefined: return "NoneType"
    case .object(let o): return objectTypeName(o)
    }
}

func objectTypeName(_ o: PyObject) -> String {
    switch o.kind {
    case .str: return "str"
    case .bytes: return "bytes"
    case .bytearray: return "bytearray"
    case .bigint: return "int"
    case .list: return "list"
    case .tuple: return "tuple"
    case .dict: return "dict"
    case .set: return "set"
    case .frozenset: return "frozenset"
    case .range: return "range"
    case .slice: return "slice"
    case .function: return "function"
    case .builtinFunction, .boundMethod: return "builtin_function_or_method"
    case .cell: return "cell"
    case .iterator: return unsafeDowncast(o, to: PyIterator.self).typeName
    case .exception: return unsafeDowncast(o, to: PyException.self).type.name
    case .type: return "type"
    case .module: return "module"
    case .dictView:
        switch unsafeDowncast(o, to: PyDictView.self).which {
        case .keys: return "dict_keys"
        case .values: return "dict_values"
        case .items: return "dict_items"
        }
    case .message: return "Message"
    case .entity: return "Entity"
    case .multimap: return "MultiMap"
    case .native: return unsafeDowncast(o, to: PyNativeObject.self).nativeType.name
    case .other: return "object"
    }
}

/// Truth value testing.
func truthy(_ v: Value) throws -> Bool {
    switch v {
    case .none, .undefined: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .object(let o):
        switch o.kind {
        case .str: return unsafeDowncast(o, to: PyStr.self).count != 0
        case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
        case .tuple: return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty
        case .dict: return unsafeDowncast(o, to: PyDict.self).table.count != 0
        case .set, .frozenset: return unsafeDowncast(o, to: PySet.self).table.count != 0
        case .bytes, .bytearray: return !unsafeDowncast(o, to: PyBytes.self).bytes.isEmpty
        case .range: return unsafeDowncast(o, to: PyRange.self).count != 0
        case .dictView: return unsafeDowncast(o, to: PyDictView.self).dict.table.count != 0
        case .bigint: return true
        case .multimap: return hostLength(o) != 0
        case .native: return try unsafeDowncast(o, to: PyNativeObject.self).truthValue()
        default: return true
        }
    }
}

/// `repr(v)`.
func pyRepr(_ v: Value) throws -> String {
    var seen = Set<ObjectIdentifier>()
    let s = reprInner(v, &seen)
    if seen.contains(reprTooDeep) {
        throw PyException.make(.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
    }
    return s
}

/// Marks a repr that stopped at the nesting bound (containers nest deeper than the native stack allows).
private let reprTooDeep = ObjectIdentifier(PyType.recursionError)
/// Deepest container nesting `repr`, `==`, hashing and JSON follow before giving up.
let maxValueNesting = 1000

/// `str(v)`.
func pyStr(_ v: Value) throws -> String {
    if let s = v.asStr { return s.value }
    if case .object(let o) = v {
        if o.kind == .exception { return unsafeDowncast(o, to: PyException.self).message }
        if let s = hostStr(o) { return s }
        if let n = o.asNative { return n.str() }
    }
    return try pyRepr(v)
}

func reprInner(_ v: Value, _ seen: inout Set<ObjectIdentifier>) -> String {
    switch v {
    case .none, .undefined: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return pyFloatRepr(d)
    case .object(let o):
        switch o.kind {
        case .str: return strRepr(unsafeDowncast(o, to: PyStr.self).value)
        case .bigint: return unsafeDowncast(o, to: PyBigInt.self).value.description
        case .bytes: return bytesRepr(unsafeDowncast(o, to: PyBytes.self).bytes)
        case .bytearray: return "bytearray(" + bytesRepr(unsafeDowncast(o, to: PyBytes.self).bytes) + ")"
        case .list, .tuple, .dict, .set, .frozenset, .dictView:
            let id = ObjectIdentifier(o)
            if seen.contains(id) {
                return o.kind == .list ? "[...]" : o.kind == .dict ? "{...}" : "(...)"
            }
            if seen.count > maxValueNesting {
                seen.insert(reprTooDeep)
                return "..."
            }
            seen.insert(id)
            defer { seen.remove(id) }
            return containerRepr(o, &seen)
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            return "slice(\(reprInner(s.start, &seen)), \(reprInner(s.stop, &seen)), \(reprInner(s.step, &seen)))"
        case .function: return "<function \(unsafeDowncast(o, to: PyFunction.self).name)>"
        case .builtinFunction: return "<built-in function \(unsafeDowncast(o, to: PyBuiltinFunction.self).name)>"
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            return "<built-in method \(m.name) of \(typeName(m.receiver)) object>"
        case .exception:
            let e = unsafeDowncast(o, to: PyException.self)
            let args = e.args.map { reprInner($0, &seen) }
            return "\(e.type.name)(\(args.joined(separator: ", ")))"
        case .type: return "<class '\(unsafeDowncast(o, to: PyType.self).name)'>"
        case .module: return "<module '\(unsafeDowncast(o, to: PyModule.self).name)'>"
        case .iterator: return "<iterator object>"
        case .cell: return "<cell>"
        case .native: return unsafeDowncast(o, to: PyNativeObject.self).repr()
        default: return hostRepr(o, &seen)
        }
    }
}

private func containerRepr(_ o: PyObject, _ seen: inout Set<ObjectIdentifier>) -> String {
    switch o.kind {
    case .list:
        return "[" + unsafeDowncast(o, to: PyList.self).items.map { reprInner($0, &seen) }.joined(separator: ", ") + "]"
    case .tuple:
        let items = unsafeDowncast(o, to: PyTuple.self).items
        if items.count == 1 { return "(" + reprInner(items[0], &seen) + ",)" }
        return "(" + items.map { reprInner($0, &seen) }.joined(separator: ", ") + ")"
    case .dict:
        let t = unsafeDowncast(o, to: PyDict.self).table
        var parts: [String] = []
        parts.reserveCapacity(t.count)
        for s in 0..<t.slotCount where t.isLive(s) {
            parts.append(reprInner(t.key(at: s), &seen) + ": " + reprInner(t.value(at: s), &seen))
        }
        return "{" + parts.joined(separator: ", ") + "}"
    case .set, .frozenset:
        let t = unsafeDowncast(o, to: PySet.self).table
        let frozen = o.kind == .frozenset
        if t.count == 0 { return frozen ? "frozenset()" : "set()" }
        let inner = "{" + t.liveKeys.map { reprInner($0, &seen) }.joined(separator: ", ") + "}"
        return frozen ? "frozenset(" + inner + ")" : inner
    default:
        let v = unsafeDowncast(o, to: PyDictView.self)
        let t = v.dict.table
        var parts: [String] = []
        for s in 0..<t.slotCount where t.isLive(s) {
            switch v.which {
            case .keys: parts.append(reprInner(t.key(at: s), &seen))
            case .values: parts.append(reprInner(t.value(at: s), &seen))
            case .items: parts.append("(" + reprInner(t.key(at: s), &seen) + ", " + reprInner(t.value(at: s), &seen) + ")")
            }
        }
        return objectTypeName(o) + "([" + parts.joined(separator: ", ") + "])"
    }
}

/// CPython's `repr(str)`: prefers single quotes, escapes what is not printable.
func strRepr(_ s: String, asciiOnly: Bool = false) -> String {
    let hasSingle = s.utf8.contains(39)
    let hasDouble = s.utf8.contains(34)
    let quote: Character = hasSingle && !hasDouble ? "\"" : "'"
    var out = String(quote)
    out.reserveCapacity(s.utf8.count + 2)
    for u in s.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(u) == quote {
                out += "\\" + String(quote)
            } else if u.value < 0x20 || u.value == 0x7F {
                out += "\\x" + String(u.value, radix: 16).leftPad(2)
            } else if u.value < 0x7F {
                out.unicodeScalars.append(u)
            } else if asciiOnly || !isPrintable(u) {
                if u.value <= 0xFF {
                    out += "\\x" + String(u.value, radix: 16).leftPad(2)
                } else if u.value <= 0xFFFF {
                    out += "\\u" + String(u.value, radix: 16).leftPad(4)
                } else {
                    out += "\\U" + String(u.value, radix: 16).leftPad(8)
                }
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    out.append(quote)
    return out
}

/// Python's `str.isprintable` for one code point.
func isPrintable(_ u: Unicode.Scalar) -> Bool {
    if u == " " { return true }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default: return true
    }
}

func bytesRepr(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(39)
    let hasDouble = b.contains(34)
    let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
    var out = "b" + String(UnicodeScalar(quote))
    for c in b {
        switch c {
        case 92: out += "\\\\"
        case 10: out += "\\n"
        case 13: out += "\\r"
        case 9: out += "\\t"
        case quote: out += "\\" + String(UnicodeScalar(quote))
        case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
        default: out += "\\x" + String(c, radix: 16).leftPad(2)
        }
    }
    out += String(UnicodeScalar(quote))
    return out
}
