/// The methods of `bytes` and `bytearray` (receiver kind `.bytes` or `.bytearray`). The
/// bytearray-only mutators raise AttributeError on a bytes receiver, as CPython has no such
/// attribute there. Implementations live in `BytesOps`.
let bytesMethods: [String: MethodBox] = [
    "decode": MethodBox { vm, r, a in
        let p = try bindKeywords(a, "decode", ["encoding", "errors"])
        let o = try receiverBytes(r)
        let encoding = try codecArgument(p[0], "decode", "encoding") ?? "utf-8"
        let errors = try codecArgument(p[1], "decode", "errors") ?? "strict"
        try chargeWork(vm, o.bytes.count)
        return .str(try TextCodec.decode(o.bytes, encoding: encoding, errors: errors))
    },
    "hex": MethodBox { vm, r, a in try BytesOps.hex(vm, try receiverBytes(r), a) },
    "fromhex": MethodBox { _, r, a in try BytesOps.fromhex(a, mutable: try receiverBytes(r).kind == .bytearray) },
    "maketrans": MethodBox { _, r, a in try BytesOps.maketrans(a, mutable: try receiverBytes(r).kind == .bytearray) },
    "translate": MethodBox { _, r, a in try BytesOps.translate(try receiverBytes(r), a) },

    // Searching.
    "find": MethodBox { vm, r, a in .int(try BytesOps.find(vm, try receiverBytes(r), a, "find", reverse: false)) },
    "rfind": MethodBox { vm, r, a in .int(try BytesOps.find(vm, try receiverBytes(r), a, "rfind", reverse: true)) },
    "index": MethodBox { vm, r, a in
        let i = try BytesOps.find(vm, try receiverBytes(r), a, "index", reverse: false)
        if i < 0 { throw PyException.make(.valueError, "subsection not found") }
        return .int(i)
    },
    "rindex": MethodBox { vm, r, a in
        let i = try BytesOps.find(vm, try receiverBytes(r), a, "rindex", reverse: true)
        if i < 0 { throw PyException.make(.valueError, "subsection not found") }
        return .int(i)
    },
    "count": MethodBox { vm, r, a in .int(try BytesOps.count(vm, try receiverBytes(r), a)) },
    "startswith": MethodBox { _, r, a in try BytesOps.startsOrEnds(try receiverBytes(r), a, suffix: false) },
    "endswith": MethodBox { _, r, a in try BytesOps.startsOrEnds(try receiverBytes(r), a, suffix: true) },

    // Splitting, joining, trimming, replacing.
    "split": MethodBox { vm, r, a in try BytesOps.split(vm, try receiverBytes(r), a, reverse: false) },
    "rsplit": MethodBox { vm, r, a in try BytesOps.split(vm, try receiverBytes(r), a, reverse: true) },
    "splitlines": MethodBox { _, r, a in try BytesOps.splitlines(try receiverBytes(r), a) },
    "partition": MethodBox { _, r, a in try BytesOps.partition(try receiverBytes(r), a, reverse: false) },
    "rpartition": MethodBox { _, r, a in try BytesOps.partition(try receiverBytes(r), a, reverse: true) },
    "join": MethodBox { vm, r, a in try BytesOps.join(vm, try receiverBytes(r), a) },
    "strip": MethodBox { _, r, a in try BytesOps.strip(try receiverBytes(r), a, "strip", .both) },
    "lstrip": MethodBox { _, r, a in try BytesOps.strip(try receiverBytes(r), a, "lstrip", .left) },
    "rstrip": MethodBox { _, r, a in try BytesOps.strip(try receiverBytes(r), a, "rstrip", .right) },
    "removeprefix": MethodBox { _, r, a in try BytesOps.affix(try receiverBytes(r), a, suffix: false) },
    "removesuffix": MethodBox { _, r, a in try BytesOps.affix(try receiverBytes(r), a, suffix: true) },
    "replace": MethodBox { vm, r, a in try BytesOps.replace(vm, try receiverBytes(r), a) },

    // Layout.
    "center": MethodBox { vm, r, a in try BytesOps.justify(vm, try receiverBytes(r), a, .center) },
    "ljust": MethodBox { vm, r, a in try BytesOps.justify(vm, try receiverBytes(r), a, .left) },
    "rjust": MethodBox { vm, r, a in try BytesOps.justify(vm, try receiverBytes(r), a, .right) },
    "zfill": MethodBox { vm, r, a in try BytesOps.zfill(vm, try receiverBytes(r), a) },
    "expandtabs": MethodBox { vm, r, a in try BytesOps.expandtabs(vm, try receiverBytes(r), a) },

    // Case mapping.
    "upper": MethodBox { _, r, a in try bytesMap(r, a, "upper") { $0.map(BytesOps.toUpper) } },
    "lower": MethodBox { _, r, a in try bytesMap(r, a, "lower") { $0.map(BytesOps.toLower) } },
    "swapcase": MethodBox { _, r, a in
        try bytesMap(r, a, "swapcase") { $0.map { BytesOps.isUpper($0) ? $0 + 32 : BytesOps.isLower($0) ? $0 - 32 : $0 } }
    },
    "capitalize": MethodBox { _, r, a in try bytesMap(r, a, "capitalize", BytesOps.capitalize) },
    "title": MethodBox { _, r, a in try bytesMap(r, a, "title", BytesOps.title) },

    // Predicates.
    "isalnum": MethodBox { _, r, a in try bytesTest(r, a, "isalnum") { BytesOps.all($0) { BytesOps.isAlpha($0) || BytesOps.isDigit($0) } }
    },
    "isalpha": MethodBox { _, r, a in try bytesTest(r, a, "isalpha") { BytesOps.all($0, BytesOps.isAlpha) } },
    "isdigit": MethodBox { _, r, a in try bytesTest(r, a, "isdigit") { BytesOps.all($0, BytesOps.isDigit) } },
    "isspace": MethodBox { _, r, a in try bytesTest(r, a, "isspace") { BytesOps.all($0, isASCIISpace) } },
    "isascii": MethodBox { _, r, a in try bytesTest(r, a, "isascii") { $0.allSatisfy { $0 < 0x80 } } },
    "islower": MethodBox { _, r, a in try bytesTest(r, a, "islower", BytesOps.isLowerText) },
    "isupper": MethodBox { _, r, a in try bytesTest(r, a, "isupper", BytesOps.isUpperText) },
    "istitle": MethodBox { _, r, a in try bytesTest(r, a, "istitle", BytesOps.isTitleText) },

    // bytearray mutators.
    "append": MethodBox { _, r, a in
        let o = try BytesOps.mutable(r, "append")
        o.bytes.append(try BytesOps.byteValue(try oneArg(a, "bytearray.append")))
        return .none
    },
    "extend": MethodBox { vm, r, a in
        let o = try BytesOps.mutable(r, "extend")
        try BytesOps.extend(vm, o, try oneArg(a, "bytearray.extend"))
        return .none
    },
    "pop": MethodBox { _, r, a in try BytesOps.pop(try BytesOps.mutable(r, "pop"), a) },
    "insert": MethodBox { vm, r, a in
        try BytesOps.insert(vm, try BytesOps.mutable(r, "insert"), a)
        return .none
    },
    "remove": MethodBox { _, r, a in
        try BytesOps.remove(try BytesOps.mutable(r, "remove"), a)
        return .none
    },
    "clear": MethodBox { _, r, a in
        let o = try BytesOps.mutable(r, "clear")
        try noArgs(a, "bytearray.clear")
        o.bytes.removeAll()
        return .none
    },
    "reverse": MethodBox { _, r, a in
        let o = try BytesOps.mutable(r, "reverse")
        try noArgs(a, "bytearray.reverse")
        o.bytes.reverse()
        return .none
    },
    "copy": MethodBox { _, r, a in
        let o = try BytesOps.mutable(r, "copy")
        try noArgs(a, "bytearray.copy")
        return .object(PyBytes(o.bytes, mutable: true))
    },
]

/// The names of the bytearray-only methods (absent from `bytes`).
let bytearrayOnlyMethods: Set<String> = ["append", "extend", "pop", "insert", "remove", "clear", "reverse", "copy"]

/// A no-argument method mapping the receiver's bytes to new bytes of the same type.
private func bytesMap(_ r: Value, _ a: Args, _ name: String, _ f: ([UInt8]) -> [UInt8]) throws -> Value {
    let o = try receiverBytes(r)
    try noArgs(a, BytesOps.qualified(o, name))
    return BytesOps.make(f(o.bytes), like: o)
}

/// A no-argument predicate over the receiver's bytes.
private func bytesTest(_ r: Value, _ a: Args, _ name: String, _ f: ([UInt8]) -> Bool) throws -> Value {
    let o = try receiverBytes(r)
    try noArgs(a, BytesOps.qualified(o, name))
    return .bool(f(o.bytes))
}
