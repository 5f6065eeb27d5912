/// The methods of `bytes` and `bytearray` (receiver kind `.bytes` or `.bytearray`). The
/// bytearray-only mutators raise AttributeError on a bytes receiver, as CPython has no such
/// attribute there. Implementations live in `BytesOps`.
let bytesMethods: [String: MethodFn] = [
    "decode": { vm, r, a in
        let p = try bindKeywords(a, "decode", ["encoding", "errors"])
        let o = try receiverBytes(r)
        let encoding = try codecArgument(p[0], "decode", "encoding") ?? "utf-8"
        let errors = try codecArgument(p[1], "decode", "errors") ?? "strict"
        try chargeWork(vm, o.bytes.count)
        return .str(try TextCodec.decode(o.bytes, encoding: encoding, errors: errors))
    },
    "hex": { vm, r, a in try BytesOps.hex(vm, try receiverBytes(r), a) },
    "fromhex": { _, r, a in try BytesOps.fromhex(a, mutable: try receiverBytes(r).kind == .bytearray) },
    "maketrans": { _, r, a in try BytesOps.maketrans(a, mutable: try receiverBytes(r).kind == .bytearray) },
    "translate": { _, r, a in try BytesOps.translate(try receiverBytes(r), a) },

    // Searching.
    "find": { vm, r, a in .int(try BytesOps.find(vm, try receiverBytes(r), a, "find", reverse: false)) },
    "rfind": { vm, r, a in .int(try BytesOps.find(vm, try receiverBytes(r), a, "rfind", reverse: true)) },
    "index": { vm, r, a in
        let i = try BytesOps.find(vm, try receiverBytes(r), a, "index", reverse: false)
        if i < 0 { throw PyException.make(.valueError, "subsection not found") }
        return .int(i)
    },
    "rindex": { vm, r, a in
        let i = try BytesOps.find(vm, try receiverBytes(r), a, "rindex", reverse: true)
        if i < 0 { throw PyException.make(.valueError, "subsection not found") }
        return .int(i)
    },
    "count": { vm, r, a in .int(try BytesOps.count(vm, try receiverBytes(r), a)) },
    "startswith": { _, r, a in try BytesOps.startsOrEnds(try receiverBytes(r), a, suffix: false) },
    "endswith": { _, r, a in try BytesOps.startsOrEnds(try receiverBytes(r), a, suffix: true) },

    // Splitting, joining, trimming, replacing.
    "split": { vm, r, a in try BytesOps.split(vm, try receiverBytes(r), a, reverse: false) },
    "rsplit": { vm, r, a in try BytesOps.split(vm, try receiverBytes(r), a, reverse: true) },
    "splitlines": { _, r, a in try BytesOps.splitlines(try receiverBytes(r), a) },
    "partition": { _, r, a in try BytesOps.partition(try receiverBytes(r), a, reverse: false) },
    "rpartition": { _, r, a in try BytesOps.partition(try receiverBytes(r), a, reverse: true) },
    "join": { vm, r, a in try BytesOps.join(vm, try receiverBytes(r), a) },
    "strip": { _, r, a in try BytesOps.strip(try receiverBytes(r), a, "strip", .both) },
    "lstrip": { _, r, a in try BytesOps.strip(try receiverBytes(r), a, "lstrip", .left) },
    "rstrip": { _, r, a in try BytesOps.strip(try receiverBytes(r), a, "rstrip", .right) },
    "removeprefix": { _, r, a in try BytesOps.affix(try receiverBytes(r), a, suffix: false) },
    "removesuffix": { _, r, a in try BytesOps.affix(try receiverBytes(r), a, suffix: true) },
    "replace": { vm, r, a in try BytesOps.replace(vm, try receiverBytes(r), a) },

    // Layout.
    "center": { vm, r, a in try BytesOps.justify(vm, try receiverBytes(r), a, .center) },
    "ljust": { vm, r, a in try BytesOps.justify(vm, try receiverBytes(r), a, .left) },
    "rjust": { vm, r, a in try BytesOps.justify(vm, try receiverBytes(r), a, .right) },
    "zfill": { vm, r, a in try BytesOps.zfill(vm, try receiverBytes(r), a) },
    "expandtabs": { vm, r, a in try BytesOps.expandtabs(vm, try receiverBytes(r), a) },

    // Case mapping.
    "upper": { _, r, a in try bytesMap(r, a, "upper") { $0.map(BytesOps.toUpper) } },
    "lower": { _, r, a in try bytesMap(r, a, "lower") { $0.map(BytesOps.toLower) } },
    "swapcase": { _, r, a in
        try bytesMap(r, a, "swapcase") { $0.map { BytesOps.isUpper($0) ? $0 + 32 : BytesOps.isLower($0) ? $0 - 32 : $0 } }
    },
    "capitalize": { _, r, a in try bytesMap(r, a, "capitalize", BytesOps.capitalize) },
    "title": { _, r, a in try bytesMap(r, a, "title", BytesOps.title) },

    // Predicates.
    "isalnum": { _, r, a in try bytesTest(r, a, "isalnum") { BytesOps.all($0) { BytesOps.isAlpha($0) || BytesOps.isDigit($0) } } },
    "isalpha": { _, r, a in try bytesTest(r, a, "isalpha") { BytesOps.all($0, BytesOps.isAlpha) } },
    "isdigit": { _, r, a in try bytesTest(r, a, "isdigit") { BytesOps.all($0, BytesOps.isDigit) } },
    "isspace": { _, r, a in try bytesTest(r, a, "isspace") { BytesOps.all($0, isASCIISpace) } },
    "isascii": { _, r, a in try bytesTest(r, a, "isascii") { $0.allSatisfy { $0 < 0x80 } } },
    "islower": { _, r, a in try bytesTest(r, a, "islower", BytesOps.isLowerText) },
    "isupper": { _, r, a in try bytesTest(r, a, "isupper", BytesOps.isUpperText) },
    "istitle": { _, r, a in try bytesTest(r, a, "istitle", BytesOps.isTitleText) },

    // bytearray mutators.
    "append": { _, r, a in
        let o = try BytesOps.mutable(r, "append")
        o.bytes.append(try BytesOps.byteValue(try oneArg(a, "bytearray.append")))
        return .none
    },
    "extend": { vm, r, a in
        let o = try BytesOps.mutable(r, "extend")
        try BytesOps.extend(vm, o, try oneArg(a, "bytearray.extend"))
        return .none
    },
    "pop": { _, r, a in try BytesOps.pop(try BytesOps.mutable(r, "pop"), a) },
    "insert": { vm, r, a in
        try BytesOps.insert(vm, try BytesOps.mutable(r, "insert"), a)
        return .none
    },
    "remove": { _, r, a in
        try BytesOps.remove(try BytesOps.mutable(r, "remove"), a)
        return .none
    },
    "clear": { _, r, a in
        let o = try BytesOps.mutable(r, "clear")
        try noArgs(a, "bytearray.clear")
        o.bytes.removeAll()
        return .none
    },
    "reverse": { _, r, a in
        let o = try BytesOps.mutable(r, "reverse")
        try noArgs(a, "bytearray.reverse")
        o.bytes.reverse()
        return .none
    },
    "copy": { _, r, a in
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
